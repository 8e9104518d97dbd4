// Keys a Word bank shows only by formatting (word-run-marks.ts): the options of a 选择题 in red,
// highlighted or bold while the others are not; a 判断's √ or × so marked (word-judge-marks.ts); a
// 填空 written as the full sentence with its answer words underlined, red or highlighted. A mark
// is a key only when the bank uses that kind of mark as the key on at least two items, never on a
// whole item; an item whose marks could mean more than one key gets a reason instead. Whether a
// typed key agrees is decided in import-text-row.ts.
import { optionsInStem } from './import-text-options.js';
import type { TextItem } from './import-text.js';
import type { MarkKey } from './import-text-row.js';
import { judgeTail } from './judge-tail.js';
import { readJudge } from './word-judge-marks.js';
import { cover, NAME, SIGNIFICANT, type Reading } from './word-mark-reading.js';
import { BOLD, HIGHLIGHT, RED, UNDERLINE } from './word-run-marks.js';
import { legendName } from './word-key-colour.js';

/** The marks a 选择 or 判断 key is shown by: the two are read together, a bank that keys its
 * options in red keys its √ and × in red. */
const CHOICE_MARKS = [RED, HIGHLIGHT, BOLD];
const FILL_MARKS = [UNDERLINE, RED, HIGHLIGHT];
const TYPED_BLANK = /_{2,}|＿{2,}|[（(]\s*[)）]/;

type Located = {
  stem: string;
  stemMarks: number[];
  options: string[];
  optionMarks: number[][];
  /** The marks of each option's letter (A．, （B）), 0 where the letter is not in the text. */
  letterMarks: number[];
};

/** The text of the whole bank and the marks of each of its characters. */
export interface MarkedText {
  text: string;
  marks: number[];
}

/** How far on from the last text found an item's stem may start (its number, a 题型 heading, a
 * page mark between), and each next line or option (its letter and spaces). */
const STEM_WITHIN = 300;
const NEXT_WITHIN = 80;

/** Finds each line of `s` in the bank, a little after `at.from`: the marks of `s` and where it
 * starts, or null. */
function locate(doc: MarkedText, s: string, at: { from: number }, within: number) {
  const out: number[] = [];
  let start = -1;
  for (const [i, part] of s.split('\n').entries()) {
    if (i) out.push(0);
    if (!part) continue;
    const found = doc.text.indexOf(part, at.from);
    if (found < 0 || found - at.from > (start < 0 ? within : NEXT_WITHIN)) return null;
    if (start < 0) start = found;
    out.push(...doc.marks.slice(found, found + part.length));
    at.from = found + part.length;
  }
  return { marks: out, start };
}

const LETTER_BEFORE = /([A-HＡ-Ｈ])\s*[.．、:：)）]\s*$/;

/** The marks of the option letter right before `at`, or 0. */
function letterMarks(doc: MarkedText, at: number): number {
  const before = doc.text.slice(Math.max(0, at - 4), at);
  const m = LETTER_BEFORE.exec(before);
  return m ? doc.marks[at - before.length + m.index]! : 0;
}

/** Finds the item's stem and options in the bank, in order, as import-text's toRaw will see them;
 * null when one is not found as written (an option wrapped onto the next line): no marks read. */
function locateItem(doc: MarkedText, item: TextItem, at: { from: number }): Located | null {
  let stem = item.stem.join('\n').trim();
  let options = item.options;
  const runOn = options.length ? null : optionsInStem(stem);
  if (runOn) ({ stem, options } = runOn);
  const stemFound = locate(doc, stem, at, STEM_WITHIN);
  if (!stemFound) return null;
  const optionMarks: number[][] = [];
  const letters: number[] = [];
  for (const o of options) {
    const found = locate(doc, o, at, NEXT_WITHIN);
    if (!found || found.start < 0) return null;
    optionMarks.push(found.marks);
    letters.push(letterMarks(doc, found.start));
  }
  // The answer and explanation lines too, where they stand right after.
  for (const line of [...item.answer, ...item.explanation]) locate(doc, line, at, NEXT_WITHIN);
  return { stem, stemMarks: stemFound.marks, options, optionMarks, letterMarks: letters };
}

/** The marked words of a sentence: maximal runs of the mark, trimmed of spaces. */
function spans(text: string, marks: number[], kind: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (!(marks[i]! & kind)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && marks[end]! & kind) end++;
    let [a, b] = [i, end];
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (SIGNIFICANT.test(text.slice(a, b))) out.push({ start: a, end: b });
    i = end;
  }
  return out;
}

/** 加粗的选项为正确答案, 红色字为答案: the paper says its marks are the key, so a 多选 whose every option is
 * marked has every option right (without it, every option marked may be emphasis or a slip). */
const LEGEND =
  /(?:加粗|粗体|红色|红字|标红|蓝色|绿色|突出显示|底纹|下划线)[^。，\n]{0,8}(?:为|是|表示|即为|代表)\s*(?:正确|参考|标准)?答案/;

function readChoice(item: TextItem, l: Located, kind: number, legend: boolean): Reading {
  const name = NAME[kind];
  let covers = l.options.map((o, i) => cover(o, l.optionMarks[i]!, kind));
  // Only the letters marked (C． in red, its text not): the letters are the marks. Where some
  // option's text is marked, marked letters are the letters' own style.
  if (covers.every((c) => c === 'none')) covers = l.letterMarks.map((m) => (m & kind ? 'all' : 'none'));
  const marked = covers.flatMap((c, i) => (c === 'all' ? [i] : []));
  const base = { kind, keyLike: false, sig: marked.join(',') };
  if (!marked.length && !covers.includes('some')) return base;
  if (covers.includes('some'))
    return { ...base, refuse: `选项中只有部分文字带有${name}标记，无法确定哪个选项是答案：请在答案行写明答案` };
  if (cover(l.stem, l.stemMarks, kind) !== 'none')
    return { ...base, refuse: `题干和选项都带有${name}标记，无法确定哪个是答案：请在答案行写明答案` };
  if (marked.length === l.options.length && !legend)
    return { ...base, refuse: `所有选项都带有${name}标记，无法确定哪个是答案：请在答案行写明答案` };
  if (/单选|单项/.test(item.section.type) && marked.length > 1)
    return { ...base, refuse: `单选题有 ${marked.length} 个选项带有${name}标记，无法确定答案：请核对` };
  return { ...base, keyLike: true, key: marked.map((i) => 'ABCDEFGH'[i]).join('') };
}

function readFill(l: Located, kind: number): Reading {
  const name = NAME[kind];
  const found = spans(l.stem, l.stemMarks, kind);
  const base = { kind, keyLike: false, sig: found.map((s) => `${s.start}-${s.end}`).join(',') };
  if (!found.length) return base;
  if (cover(l.stem, l.stemMarks, kind) === 'all')
    return { ...base, refuse: `整句都带有${name}标记，无法确定要填的词：请在答案行写明答案` };
  if (TYPED_BLANK.test(l.stem))
    return { ...base, refuse: `题中既有空白，又有带${name}标记的词，无法确定答案：请在答案行写明答案` };
  let stem = '';
  let last = 0;
  for (const s of found) {
    stem += `${l.stem.slice(last, s.start)}{{c1::${l.stem.slice(s.start, s.end)}}}`;
    last = s.end;
  }
  stem += l.stem.slice(last);
  const key = found.map((s) => l.stem.slice(s.start, s.end)).join('；');
  return { ...base, keyLike: true, key, stem };
}

/** The kinds of mark the bank uses as its key: used as one on at least two items; `same`: where two
 * kinds are, on the same options or words every time (red and bold together). */
function keyKinds(readings: Reading[][], kinds: number[]): { used: number[]; same: boolean } {
  const used = kinds.filter((k) => readings.filter((r) => r.find((x) => x.kind === k)?.keyLike).length >= 2);
  const same = readings.every((r) => new Set(used.map((k) => r.find((x) => x.kind === k)?.sig ?? '')).size <= 1);
  return { used, same };
}

/** Per item: the key its marks show, a reason they cannot, or undefined (no marks read). */
export function keysFromMarks(doc: MarkedText, items: TextItem[]): (MarkKey | undefined)[] {
  const at = { from: 0 };
  const legend = LEGEND.test(doc.text);
  const located = items.map((item) => locateItem(doc, item, at));
  const readings = items.map((item, i): Reading[] => {
    const l = located[i];
    if (!l) return [];
    if (l.options.length >= 2) return CHOICE_MARKS.map((k) => readChoice(item, l, k, legend));
    if (!l.options.length && /填空/.test(item.section.type)) return FILL_MARKS.map((k) => readFill(l, k));
    if (!l.options.length && (/判断|是非/.test(item.section.type) || (!item.section.type && judgeTail(l.stem))))
      return CHOICE_MARKS.map((k) => readJudge(l.stem, l.stemMarks, k));
    return [];
  });
  const choice = readings.filter((r) => r[0]?.kind === CHOICE_MARKS[0]);
  const fill = readings.filter((r) => r[0]?.kind === FILL_MARKS[0]);
  const kinds = { choice: keyKinds(choice, CHOICE_MARKS), fill: keyKinds(fill, FILL_MARKS) };
  // A paper whose legend names blue or green reads that colour as red (word-key-colour.ts): reasons name it.
  const colour = legendName(doc.text);
  const named = (k: MarkKey | undefined) =>
    colour && k && 'refuse' in k ? { ...k, refuse: k.refuse.replace(/红色/g, colour) } : k;
  return readings.map((r) => named(markKey(r)));
  function markKey(r: Reading[]): MarkKey | undefined {
    if (!r.length) return undefined;
    const { used, same } = r[0]!.kind === FILL_MARKS[0] ? kinds.fill : kinds.choice;
    const marked = r.filter((x) => x.keyLike || x.refuse);
    if (!marked.length) return undefined;
    if (!same)
      return {
        refuse: `本卷的答案标记不统一（${used.map((k) => NAME[k]).join('、')}标在不同的题上），无法确定哪种标记表示答案`,
      };
    const own = r.filter((x) => used.includes(x.kind));
    const refused = own.find((x) => x.refuse);
    if (refused) return { refuse: refused.refuse!, always: !refused.soft };
    const keyed = own.find((x) => x.keyLike);
    if (keyed) return { key: keyed.key!, stem: keyed.stem };
    // Marks of a kind the bank does not use as its key elsewhere: emphasis, or a key not certain.
    const stray = marked.find((x) => x.keyLike);
    if (stray)
      return {
        refuse: `只有个别题目的选项或词语带有${NAME[stray.kind]}标记，全卷并未用这种标记表示答案，无法确定答案`,
      };
    // A 判断 statement marked as a whole says why it has no key, whatever the bank's key marks are.
    const soft = marked.find((x) => x.soft);
    if (soft) return { refuse: soft.refuse! };
    return undefined;
  }
}
