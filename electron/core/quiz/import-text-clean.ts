// The lines of a numbered text bank made ready to read (import-text.ts): one mark to a line, the
// same characters for the same marks, and nothing an exam system or a printout adds to an item.
import { halfWidth } from '../text/normalize.js';
import { closeOcrSpaces } from './import-text-ocr-spaces.js';
import { SECTION } from './import-text-sections.js';
import { resultTableKeys } from './import-text-result-table.js';
import { dropBlankAnswerCard } from './import-text-answer-card.js';
import { numberAppScreens } from './import-text-app-screens.js';
import { closePassages } from './import-text-material.js';
import { PICTURE } from './import-normalize.js';
import {
  chineseNumber,
  CHOICE_BOX,
  CANDIDATE,
  CANDIDATE_LINE,
  CHOICE_TRUTH,
  FURNITURE_LINE,
  AD_LINE,
  ITEM,
  LEAD_KEY,
  LEAD_TAG,
  META_LINE,
  MID_LINE_MARK,
  QUESTION_LIKE,
  RECORD_LINE,
  TYPE_TAG,
} from './import-text-lines.js';

/** The ticks and crosses of Word's 符号 menu and phone keyboards (✔ ✓ ✘ ✗ ╳ ✕ ✖, ✔️ with the emoji
 * selector, the emoji ✅ and ❌) as √ and ×: in a bank they only ever mean right and wrong, and every
 * key reader knows those two. */
export const foldTruthMarks = (line: string) => line.replace(/[✔✓✅]\uFE0F?/g, '√').replace(/[✘✗╳✕✖❌❎]\uFE0F?/g, '×');

/** Full-width digits and Latin letters (１．, Ａ．, 答案：Ｃ, as OCR and some input methods type
 * them) as ASCII; 答 案 typed with a space, （答案：C） after the options, A ．三 with a space
 * before the mark and 选项A： as the plain forms: numbers, option letters and keys then read alike. */
const foldWidth = (line: string) =>
  halfWidth(foldTruthMarks(line))
    .replace(/^答[\s　]+案/, '答案')
    // 〔答案〕C, 〖答案〗B, 〈解析〉: the bracketed marks as 【答案】 and 【解析】.
    .replace(/^[〔〖〈《]\s*((?:正确|参考|标准)?答案|解析)\s*[〕〗〉》]/, '【$1】')
    // （答案略）, 答案略 alone: the answer left out, said as 答案：略 (refused, never a key).
    .replace(/^[（(]?\s*答案\s*[:：]?\s*略\s*[)）]?$/, '答案：略')
    // 【答案：B】 alone or after the options, as 知识竞赛 papers print it: the same.
    .replace(/[（(【［[]\s*((?:正确|参考|标准)?答案\s*[:：][^()（）【】［］[\]]+?)\s*[)）】］\]]$/, '　$1')
    .replace(/(^|[\s　])([A-H]) +([.．、])/g, '$1$2$3')
    // 1．单选题：… (每日答题 notes): the 题型 after the number, as the tag TYPE_TAG reads (1．【单选题】…).
    .replace(
      /^(\d{1,3}\s*[.．、])\s*((?:单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题)\s*[:：]\s*(?=\S)/,
      '$1【$2】',
    )
    // Q1. …, Answer: B, Analysis: … (an app's export with English labels): 1．, 答案：, 解析：.
    .replace(/^Q\s*(\d{1,4})\s*[.．:：、]\s*(?=\S)/i, '$1．')
    .replace(/^(?:(?:correct|right)\s+)?answer\s*[:：]\s*/i, '答案：')
    .replace(/^(?:analysis|explanation)\s*[:：]\s*/i, '解析：')
    // 选项A：… (an exam system's export labels each option line): the option A：….
    .replace(/^[\s　]*选项\s*([A-H])\s*([:：.．、])/, '$1$2')
    // 正确答案：C　✗ in an exam record: the mark grades the candidate's answer beside it; a letter key
    // with a truth mark is never one key.
    .replace(/((?:正确|参考|标准)?答案\s*[:：]\s*[A-H]{1,8})[\s　]+[√×]$/, '$1')
    // 【答案】ABD【分值】2: the score after the key.
    .replace(/[\s　]*【\s*分值\s*】\s*\d{1,3}(?:\.\d)?\s*分?$/, '');

/** The lines, each mark (答案：, 解析：) on a line of its own, trimmed, without empty lines (but the one
 * closing a case's items), the
 * candidate's answer and score (RECORD_LINE), an export's 难度 / 知识点 fields (META_LINE) or the
 * choice boxes of a printed web test. */
/** A picture pasted as code into a text bank (<img src=…>, Markdown ![…](…)): the picture itself is not in the file. */
const PICTURE_CODE = /<img\b[^>]*>|!\[[^\]\n]*\]\([^)\n]*\)/gi;

export function cleanLines(lines: string[]): string[] {
  return resultTableKeys(
    dropBlankAnswerCard(
      closePassages(closeOcrSpaces(numberAppScreens(lines)))
        .map((l) => foldWidth(l).replace(LEAD_TAG, '$2$1').replace(LEAD_KEY, '$2$1').replace(PICTURE_CODE, PICTURE))
        .flatMap((l) => l.split(MID_LINE_MARK))
        .map((l) => l.replace(/^[\s　]+|[\s　]+$/g, '').replace(CHOICE_BOX, ''))
        // | 题号 | 1 | 2 |: a table pasted as Markdown reads as the same row typed with gaps; its
        // | --- | --- | rule is no text.
        .map((l) => (/^[|｜].*[|｜]$/.test(l) ? l.replace(/^[|｜][\s　]*|[\s　]*[|｜]$/g, '') : l))
        .map((l) => (CANDIDATE_LINE.test(l) ? CANDIDATE : l))
        .filter(
          (l) =>
            l &&
            !/^[\s　|｜:：-]+$/.test(l) &&
            !RECORD_LINE.test(l) &&
            !CHOICE_TRUTH.test(l) &&
            !FURNITURE_LINE.test(l) &&
            !AD_LINE.test(l) &&
            !META_LINE.test(l),
        )
        .flatMap((l) => {
          const gap = OPTION_LINE.test(l) ? KEY_AFTER_GAP.exec(l) : null;
          return gap ? [l.slice(0, gap.index), gap[1]!] : [l];
        })
        .map((l, i, all) => (i && OPTION_LINE.test(all[i - 1]!) && KEY_ALONE.test(l) ? `答案：${l}` : l)),
    ),
  );
}

/** （B）, (ABD) alone on the line under the options: the key typed where 答案： would stand. */
const KEY_ALONE = /^[（(]\s*[A-H](?:\s*[、,，.．]?\s*[A-H])*\s*[)）]$/;
/** D．六　　（C）: the same key in brackets after a wide gap at the end of the options line. */
const KEY_AFTER_GAP = /(?:[ \t]{2,}|　)[\s　]*([（(]\s*[A-H](?:\s*[、,，.．]?\s*[A-H])*\s*[)）])$/;
export const OPTION_LINE = /^(?:[A-H]\s*[.．、:：)）]|[（(][A-H][)）])/;

/** 题目：… over 选项：A.… B.… and 答案：…, no numbers (a 学习强国 题库 kept as blocks): each 题目：
 * numbered in turn, 选项： dropped, where the text has two such items at least and no numbered one.
 * 问：… over 答：… (争上游 collections) the same, where every 问： has its 答： and no other label is used.
 * A header line over the block (试题1【单选题】…) gives its 题型 and is no text. */
export function numberLabelledItems(lines: string[]): string[] {
  const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
  const asked = count(/^问\s*[:：]\s*\S/);
  const paired = asked >= 2 && asked === count(/^答\s*[:：]\s*\S/);
  const LABEL = paired ? /^问\s*[:：]\s*(?=\S)/ : /^(?:题目|题干|试题|问题)\s*[:：]\s*(?=\S)/;
  if (lines.some((l) => ITEM.test(l))) return lines;
  if (count(LABEL) < 2) return numberTaggedItems(lines);
  let n = 0;
  return lines.flatMap((l, i) => {
    // 试题1【单选题】【分值：1分】 over 题干：: the block's header; its 题型 goes with the stem.
    if (BLOCK_HEADER.test(l) && LABEL.test(lines[i + 1] ?? '')) return [];
    const type = BLOCK_HEADER.exec(lines[i - 1] ?? '')?.[1];
    if (LABEL.test(l)) return [`${++n}．${type ? `【${type}题】` : ''}${l.replace(LABEL, '')}`];
    return [l.replace(/^选项\s*[:：]\s*(?=[A-HＡ-Ｈ])/, '')];
  });
}
/** 【填空题】…（ ）。答案：… lines with no number (a 学习平台 export): each line opened by its 题型 tag and a stem
 * is an item, numbered in turn, where the text has two such lines at least and no numbered item. */
function numberTaggedItems(lines: string[]): string[] {
  const tagged = (l: string) => TYPE_TAG.test(l) && /\S/.test(l.replace(TYPE_TAG, ''));
  let n = 0;
  return lines.filter(tagged).length < 2 ? lines : lines.map((l) => (tagged(l) ? `${++n}．${l}` : l));
}
/** An exam system's header over a 题干： block: 试题1【单选题】【分值：1分】【难度：易】. */
const BLOCK_HEADER =
  /^(?:试题|题目)\s*\d{1,4}\s*(?:[【[（(]\s*(单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题?\s*[】\]）)])?(?:\s*[【[（(][^】\]）)]*[】\]）)])*$/;

/** 1 党的…（  ）: items numbered with a space only, as text copied from a PDF has them. Read as
 * numbered only where the file numbers no item otherwise and these lines run 1, 2, 3 …, each
 * with an answer line under it or asking something (a blank, a question mark) over options: a
 * page number before a running head (2 党史知识竞赛试题) does neither. */
export function numberSpacedItems(lines: string[]): string[] {
  const SPACED = /^(\d{1,3})[ 　]+(?=\S)/;
  if (lines.some((l) => ITEM.test(l))) return lines;
  const asks = (i: number) =>
    /^(?:答案|正确答案|【答案】)/.test(lines[i + 1] ?? '') ||
    (QUESTION_LIKE.test(lines[i]!) && /^[A-HＡ-Ｈ]\s*[.．、:：)）]/.test(lines[i + 1] ?? ''));
  const at = lines.flatMap((l, i) => (SPACED.test(l) && asks(i) ? [i] : []));
  const run = at.length >= 2 && at.every((i, k) => Number(SPACED.exec(lines[i]!)![1]) === k + 1);
  return run ? lines.map((l, i) => (at.includes(i) ? l.replace(SPACED, '$1．') : l)) : lines;
}

/** 一、中国共产党…（ ）。 over its options: a short quiz numbering its items 一、二、三 under a title,
 * with no section headings. Read as numbered only where the file numbers no item otherwise, has no
 * 题型 heading, and every such line runs 一, 二, 三 … and asks something (a blank, a question mark)
 * over options or has an answer line under it: a heading (一、党章知识) does neither. */
export function numberOrdinalItems(lines: string[]): string[] {
  const ORD = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(?=\S)/;
  if (lines.some((l) => ITEM.test(l) || SECTION.test(l))) return lines;
  const asks = (i: number) =>
    /^(?:答案|正确答案|【答案】)/.test(lines[i + 1] ?? '') ||
    (QUESTION_LIKE.test(lines[i]!) && /^[A-HＡ-Ｈ]\s*[.．、:：)）]/.test(lines[i + 1] ?? ''));
  const at = lines.flatMap((l, i) => (ORD.test(l) ? [i] : []));
  const run = at.length >= 2 && at.every((i, k) => asks(i) && chineseNumber(ORD.exec(lines[i]!)![1]) === k + 1);
  return run
    ? lines.map((l, i) => (at.includes(i) ? l.replace(ORD, (_, n: string) => `${chineseNumber(n)}．`) : l))
    : lines;
}
