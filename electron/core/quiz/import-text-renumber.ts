// Item numbers written in ways the item reader (ITEM) does not take, rewritten as `N．` before the
// items are split (import-text.ts): 问题1：, items numbered by chapter (1-1．, 2-1．), a number
// alone on its line over the stem (a web exam copied as text) and a 题型 alone over each stem. Each
// is read only where the file numbers no item otherwise and every such item is certain: its answer
// line is under it.
import { ANSWER, ITEM } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';
import { OPTION_LINE } from './import-text-clean.js';

/** Whether an answer line comes under line `i` before the next line `starts` accepts. */
function answeredBelow(lines: string[], i: number, starts: (l: string) => boolean): boolean {
  for (let j = i + 1; j < lines.length && !starts(lines[j]!) && !SECTION.test(lines[j]!); j++)
    if (ANSWER.test(lines[j]!)) return true;
  return false;
}

/** The lines `start` accepts, where there are two at least, `runs` accepts their numbers, the file
 * numbers no other line as an item, and each has its own answer under it; else null. */
function numberedAt(lines: string[], start: RegExp, runs: (matches: RegExpExecArray[]) => boolean): number[] | null {
  if (lines.some((l) => ITEM.test(l))) return null;
  const at = lines.flatMap((l, i) => (start.test(l) ? [i] : []));
  if (at.length < 2 || !runs(at.map((i) => start.exec(lines[i]!)!))) return null;
  return at.every((i) => answeredBelow(lines, i, (l) => start.test(l))) ? at : null;
}

const inOrder = (ns: number[]) => ns.every((n, k) => n === k + 1);

/** 问题1：…, 题目 2．…: the word and its number as the item's number. */
const WORD_NUMBER = /^(?:问题|题目|试题)\s*(\d{1,4})\s*[:：.．、]\s*(?=\S)/;
/** 1-1．…, 2-3、…: chapter and item; the chapter's items run 1, 2, 3 and the next chapter starts at 1. */
const CHAPTER_NUMBER = /^(\d{1,2})\s*[-－—]\s*(\d{1,3})\s*[.．、](?!\d)\s*(?=\S)/;
/** A number alone on its line, the stem on the next. */
const NUMBER_ALONE = /^(\d{1,3})\s*[.．、]?$/;

const chapterRun = (ms: RegExpExecArray[]) =>
  ms.every((m, k) => {
    const [c, n] = [Number(m[1]), Number(m[2])];
    if (k === 0) return n === 1;
    const [pc, pn] = [Number(ms[k - 1]![1]), Number(ms[k - 1]![2])];
    return (c === pc && n === pn + 1) || (c === pc + 1 && n === 1);
  });

/** A 题型 alone on its line over each stem (学习强国 notes: 单选题 ↵ stem ↵ options ↵ 答案 A): every item
 * its own heading; read as the item's number and tag where each such heading has a stem and an answer. */
const TYPE_ALONE = /^(单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题$/;

/** √ 1．…, （×）2．…, ×3、…: a 判断 key typed before the item's number (ticked in the margin). */
const MARK_FIRST = /^(?:([√×])|[（(]\s*([√×])\s*[)）])\s*(\d{1,3}\s*[.．、](?!\d))\s*(?=\S)/;

export function numberItemsOtherwise(input: string[]): string[] {
  // Where two items at least are so keyed, each is read as `1．（√）…`, the mark before the stem; over
  // options or an answer line the mark is a grader's tick on a choice item, dropped.
  const choice = (i: number) => OPTION_LINE.test(input[i + 1] ?? '') || ANSWER.test(input[i + 1] ?? '');
  let lines =
    input.filter((l) => MARK_FIRST.test(l)).length >= 2
      ? input.map((l, i) => l.replace(MARK_FIRST, (_, a, b, n) => (choice(i) ? n : `${n}（${a ?? b}）`)))
      : input;
  const word = numberedAt(lines, WORD_NUMBER, (ms) => inOrder(ms.map((m) => Number(m[1]))));
  if (word) lines = lines.map((l, i) => (word.includes(i) ? l.replace(WORD_NUMBER, '$1．') : l));
  // Numbered on from 1 across the chapters: the chapter's own numbering is not kept.
  const chapter = numberedAt(lines, CHAPTER_NUMBER, chapterRun);
  if (chapter)
    lines = lines.map((l, i) => (chapter.includes(i) ? l.replace(CHAPTER_NUMBER, `${chapter.indexOf(i) + 1}．`) : l));
  const alone = numberedAt(lines, NUMBER_ALONE, (ms) => inOrder(ms.map((m) => Number(m[1]))));
  if (alone)
    lines = lines.flatMap((l, i) =>
      alone.includes(i) ? [] : alone.includes(i - 1) ? [`${NUMBER_ALONE.exec(lines[i - 1]!)![1]}．${l}`] : [l],
    );
  const typed = numberedAt(lines, TYPE_ALONE, () => true);
  // One item under each: a stem right under the 题型, one answer line before the next (a heading over
  // several items keyed one by one is a section, and its items are not numbered here).
  const one = (i: number, k: number) =>
    !ANSWER.test(lines[i + 1] ?? '') &&
    lines.slice(i + 1, typed![k + 1] ?? lines.length).filter((l) => ANSWER.test(l)).length === 1;
  if (typed && typed.every(one))
    lines = lines.flatMap((l, i) =>
      typed.includes(i)
        ? []
        : typed.includes(i - 1)
          ? [`${typed.indexOf(i - 1) + 1}．【${TYPE_ALONE.exec(lines[i - 1]!)![1]}题】${l}`]
          : [l],
    );
  return lines;
}
