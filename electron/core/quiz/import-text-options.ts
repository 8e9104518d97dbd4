// Option lines of numbered text banks (import-text.ts): marks A. A、 A： A) A。 (A) [A] 【A】, several to a line or
// run on after a stem, taken only in letter order, so a letter inside an option's text
// (D.以上A、B都对) stays text.
import { halfWidth } from '../text/normalize.js';

/** An option mark: A. A、 A： A) or (A) at the line's start, after a space, or run on after the last
 * option's text (A.实事求是B.群众路线: only marks in letter order are taken). */
const OPTION_MARK =
  /(?:^|[\s　]+|(?<=[\u4e00-\u9fff0-9%”’》）)。？?：:，,；;]))(?:([A-HＡ-Ｈ])\s*[.．、:：)）。]|[（(]([A-HＡ-Ｈ])[)）]|[[［【]([A-HＡ-Ｈ])[\]］】])\s*/g;
/** A mark of a later option inside an option's text: the options were not split where they should be. */
const LETTER_MARK_IN_TEXT = /(?<![A-Za-z])([A-H])\s*[.．、:：]/g;
const letterOf = (m: RegExpMatchArray) => halfWidth(m[1] ?? m[2] ?? m[3]!).charCodeAt(0) - 65;

/** The marks from `from` on that run in letter order from `next`; marks out of order are text
 * (D.以上A、B都对). */
function runFrom(marks: RegExpMatchArray[], from: number, next: number): RegExpMatchArray[] {
  const run: RegExpMatchArray[] = [];
  for (const m of marks.slice(from)) if (letterOf(m) === next + run.length) run.push(m);
  return run;
}

function textsOf(text: string, run: RegExpMatchArray[]): string[] {
  const end = (k: number) => (k + 1 < run.length ? run[k + 1]!.index! : text.length);
  const texts = run.map((m, k) => text.slice(m.index! + m[0].length, end(k)).trim());
  // A．三；B．四；C．五；D．六。: options parted by ； as items of a sentence, the last closing it.
  const parted = texts.length > 1 && texts.slice(0, -1).every((t) => /[；;]$/.test(t));
  return texts.map((t, k) => (parted && k === texts.length - 1 ? t.replace(/。$/, '') : t.replace(/[；;]$/, '')));
}

/** Options on a line, in letter order from `next` (A for the first line): null when the line does
 * not start with the next letter. */
export function optionsOnLine(line: string, next: number): string[] | null {
  const marks = [...line.matchAll(OPTION_MARK)];
  if (!marks.length || marks[0]!.index !== 0 || letterOf(marks[0]!) !== next) return null;
  return textsOf(line, runFrom(marks, 0, next));
}

/** “题干（ ）。A.甲B.乙C.丙” on one line: the longest run of options A, B, C… (the later one of
 * equal runs, so a stem's own “（A）” is not taken for option A). */
export function optionsInStem(stem: string): { stem: string; options: string[] } | null {
  const marks = [...stem.matchAll(OPTION_MARK)];
  let best: RegExpMatchArray[] = [];
  marks.forEach((m, i) => {
    const run = letterOf(m) === 0 ? runFrom(marks, i, 0) : [];
    if (run.length >= 2 && run.length >= best.length) best = run;
  });
  if (!best.length) return null;
  const options = textsOf(stem, best);
  const head = stem.slice(0, best[0]!.index).trim();
  return head && options.every(Boolean) ? { stem: head, options } : null;
}

/** The reason an option seems to hold the next one (C 改革创新 without its mark), or null. */
export function swallowedOption(options: string[]): string | null {
  const i = options.findIndex((o, at) =>
    [...o.matchAll(LETTER_MARK_IN_TEXT)].some((m) => m[1]!.charCodeAt(0) - 65 > at),
  );
  return i < 0
    ? null
    : `选项${'ABCDEFGH'[i]}“${options[i]!.slice(0, 30)}”中似乎含有后面的选项：请检查选项字母后是否有“.”或“、”`;
}
