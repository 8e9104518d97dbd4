// 材料题 and 案例分析题: a passage (材料：…, 材料一：…, 【材料】…, 【案例】…) over the sub-questions that ask about it. A
// sub-question may not be answerable without its passage, so the passage goes in front of each
// sub-question's stem, up to the next passage, reading instruction, group or section heading.
import { ITEM, PASSAGE_END } from './import-text-lines.js';
import type { TextItem } from './import-text-types.js';
import { sharedPhrase } from '../knowledge/pair-repeats.js';

const PASSAGE =
  /^(?:【\s*(?:背景)?(?:材料|案例)[一二三四五六七八九十\d]{0,3}\s*】|(?:背景)?(?:材料|案例)[一二三四五六七八九十\d]{0,3}\s*[:：])\s*\S/;
/** 阅读下面的材料，回答第2～4题。 / （二）阅读材料，完成第3题。: the instruction over a passage; it
 * names item numbers of the paper and is no text of any item. */
export const READ_PASSAGE =
  /^(?:[（(][一二三四五六七八九十]{1,3}[)）]\s*)?(?:请\s*)?(?:认真\s*)?(?:阅读|根据)(?:下面|下列|以下|所给)?的?(?:材料|资料|案例|文字|短文|文段|段落|这段话|内容).{0,30}(?:回答|完成|作答|解答|答题)/;

/** Whether lines[at] is a passage line: labelled so, and followed (after more such lines, or sentences
 * going on with it: `材料：…。` over `居民参与…。`) by an item. */
export function isPassage(lines: readonly string[], at: number): boolean {
  if (!PASSAGE.test(lines[at]!)) return false;
  let next = at + 1;
  while (next < lines.length && (PASSAGE.test(lines[next]!) || plainSentence(lines[next]!))) next++;
  return next < lines.length && ITEM.test(lines[next]!);
}

/** A heading over passages (二、材料分析题, 三、案例分析题, 阅读理解): the lines under it, before its first
 * item, may be a passage with no 材料 label. */
export const PASSAGE_HEADING = /材料|案例|阅读/;

/** Whether lines[at], right under such a heading or a reading instruction, is a passage with no label:
 * a sentence (it ends as one, and is no item, option, key or heading) over more such lines and then an
 * item. A title or note under the heading ends no sentence or is followed by no item. */
export function isPlainPassage(lines: readonly string[], at: number): boolean {
  if (!plainSentence(lines[at]!)) return false;
  let next = at + 1;
  while (next < lines.length && plainSentence(lines[next]!)) next++;
  return next < lines.length && ITEM.test(lines[next]!);
}

/** A sentence of a passage: it ends as one, and is no item, option, key or heading. */
const plainSentence = (l: string) =>
  l.length >= 10 &&
  /[。！？”」]$/.test(l) &&
  !ITEM.test(l) &&
  !/^(?:[A-HＡ-Ｈ]\s*[.．、:：)）]|[（(【[]|(?:正确|参考|标准)?答案|解析)/.test(l);

/** Whether an item's answer is a whole key of letters or a truth mark: where a passage is open, a sentence
 * after it over the next item is no part of that key but the next passage (lines after a 简答's answer may be
 * that answer: never read so). */
export const keyedWhole = (item: Pick<TextItem, 'answer' | 'explanation'>) =>
  !item.explanation.length &&
  /^[（(]?\s*(?:[A-HＡ-Ｈ](?:[\s、,，]*[A-HＡ-Ｈ])*|[√×✓✗✔✘]|对|错|正确|错误)\s*[)）]?$/.test(
    item.answer.join('').trim(),
  );

/** 回答第1～2题, 完成1—3题: the items a passage says it serves. */
const SERVES = /(?:回答|完成|作答|解答)\s*第?\s*(\d{1,3})\s*(?:[～~—–－-]+|至|到)\s*(\d{1,3})\s*(?:小)?题/;

/** Whether the passage serves item `number`: any item, unless it names its items (an item after them
 * with no heading of its own is no part of the case). */
export function serves(material: readonly string[], number: number): boolean {
  const m = SERVES.exec(material.join('\n'));
  return !m || (number >= Number(m[1]) && number <= Number(m[2]));
}

/** The lines with PASSAGE_END for the blank line that closes a case: a passage over two items or more
 * typed with no blank line between them, then a blank line and a further item (a paper that parts
 * every item by a blank line parts no case so). */
export function closePassages(lines: string[]): string[] {
  const out = [...lines];
  for (let at = 0; at < lines.length; at++) {
    if (!PASSAGE.test(lines[at]!.trim())) continue;
    let end = at + 1;
    while (end < lines.length && lines[end]!.trim()) end++;
    let next = end;
    while (next < lines.length && !lines[next]!.trim()) next++;
    const items = lines.slice(at + 1, end).filter((l) => ITEM.test(l.trim())).length;
    if (items >= 2 && end < lines.length && next < lines.length && ITEM.test(lines[next]!.trim()))
      out[end] = PASSAGE_END;
  }
  return out;
}

/** How an item asks about a passage: by a person named in it (李某, 王某某), a word pointing back (这一做法,
 * 这说明), or the passage's own words (`党员干部到居住地社区报到，主要是为了`, `“村民说事”制度`). */
const POINTS_BACK = /材料|案例|上述|以上|上文|文中|本案|该|此|这|他|她|其/;
export const asksAbout = (material: readonly string[], stem: string) =>
  POINTS_BACK.test(stem) ||
  (material.join('').match(/[\u4e00-\u9fff]某/g) ?? []).some((who) => stem.includes(who)) ||
  repeats(material.join(''), stem);

/** Whether the stem repeats four Chinese characters in a row of the passage (a run of its words, not one
 * word of the Party's vocabulary the passage and any item share less often). */
function repeats(passage: string, stem: string): boolean {
  // (Runs across a gap hold its \n, which no passage line holds.)
  return sharedPhrase(stem.replace(/[^\u4e00-\u9fff]+/g, '\n'), passage, 4);
}

/** Whether an item is past a case typed with no blank line after its items: the passage has no heading
 * or reading instruction over it and names no items of its own, an item under it has asked about it,
 * and this one does not. */
export const pastCase = (material: readonly string[], stem: string, passage: { headed: boolean; asked: boolean }) =>
  !passage.headed && passage.asked && !SERVES.test(material.join('\n')) && !asksAbout(material, stem);
