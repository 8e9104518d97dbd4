// The lines that start a key list (参考答案, 二、填空题答案：1．人民　2．共产主义, a 题号 | 答案 table's rows) and what
// follows such a heading on its line.
import { entriesOf, TYPED_INLINE, writtenRun } from './key-list-entries.js';

/** A key written as a table (题号 | 1 | 2 | 3 over 答案 | C | A | B, or 正确答案), in Word or as text. */
// A cell is a number or a range of numbers (1-5 over ABCDA, as a long paper's key table is typed); one
// range cell alone is a table too.
export const TABLE_NUMBERS =
  /^题\s*号\s*[:：]?((?:[\s　|｜]*\d{1,4}[-－~～—–]\d{1,4}|(?:[\s　|｜]*\d{1,4}(?:[-－~～—–]\d{1,4})?)(?:[\s　|｜]+\d{1,4}(?:[-－~～—–]\d{1,4})?)+))[\s　|｜]*$/;
/** The header row of a key table one item to a row (题号 | 正确答案, or pairs 题号 | 答案 | 题号 | 答案). */
export const TABLE_HEADER =
  /^题\s*号[\s　|｜]+(?:参考|标准|正确)?答\s*案(?:[\s　|｜]+题\s*号[\s　|｜]+(?:参考|标准|正确)?答\s*案)*[\s　|｜]*$/;

/** 本部分答案, 本大题参考答案: the key of the section above, as a paper names it after each one. */
const PART = '(?:本部分|本大题|本题组|本节|本章)?';
const HEADING = new RegExp(
  `^${PART}(?:(?:参考|标准)?答案(?:速查|卷|解析|(?:及|与|和)(?:解析|评分(?:标准|细则|参考|说明)))?|答题卡|[【[［]\\s*(?:参考|标准)答案\\s*[】\\]］])\\s*[:：]?$`,
);
/** 二、填空题答案, 简答题参考答案: a key list named by the 题型 it answers (never an item section's heading). */
const TYPED_HEADING =
  /^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:单项选择|单选|多项选择|多选|不定项(?:选择)?|判断|填空|简答|问答|论述)题?的?(?:参考|标准)?答案\s*[:：]?$/;
// 参考答案：1-3 BAC, and 【参考答案】1-3：BAC as a paper puts it after each section; 本题答案：1．B　2．A too
// (two entries or more, isKeyHeading: one item's own answer is never so numbered).
const INLINE_HEADING = new RegExp(
  `^(?:(?:${PART}|本题)(?:参考|标准)?答案\\s*[:：]|[【[［]\\s*${PART}(?:参考|标准)?答案\\s*[】\\]］]\\s*[:：]?)\\s*(?=[（(]?\\d)`,
);

/** A line that starts the key list: a heading alone, or 参考答案： followed by two or more entries. `inKey`:
 * inside a key list, where a 题号 row or a typed run (二、判断题答案：1-2 √×) is the list's own line. */
export function isKeyHeading(line: string, inKey = false): boolean {
  if (inKey && (/^题\s*号/.test(line) || TYPED_INLINE.test(line))) return false;
  if (HEADING.test(line) || TYPED_HEADING.test(line) || TABLE_NUMBERS.test(line) || TABLE_HEADER.test(line))
    return true;
  const rest = keyHeadingRest(line);
  // 二、判断题答案：3．√ after a section of one item: the paper's own section number names it a key, however few.
  const least = TYPED_INLINE.test(line) && /^[一二三四五六七八九十]+\s*[、.．]/.test(line) ? 1 : 2;
  return (
    !!writtenRun(line, rest) ||
    ((INLINE_HEADING.test(line) || TYPED_INLINE.test(line)) && entriesOf(rest).length >= least)
  );
}

/** What follows a key list's heading on its line (参考答案：1.A 2.C → 1.A 2.C); the line itself
 * where the heading has no mark to end it. */
export function keyHeadingRest(line: string): string {
  const inline = INLINE_HEADING.exec(line);
  return inline ? line.slice(inline[0].length) : line.replace(/^[^:：]*[:：]/, '');
}
