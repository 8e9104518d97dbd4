// A PDF's lines back into paragraphs and its title. A PDF keeps no paragraphs, only lines: a line
// that runs to the right edge of its column goes on in the next line, unless that one is indented
// (the 2-character indent of Chinese paragraphs) or set in another size; this holds over a page
// break too. The title is the largest type at the top of the first page.
import { isProse } from '../../text/line-repair.js';
import { dateOnlyLine } from '../dates.js';
import { MONTH_ONLY } from '../header-credits.js';
import { SALUTATION } from '../header.js';
import { isIssueName } from '../issue-header.js';
import { isFrameHead } from '../official-frame.js';
import { NUMBERED } from '../outline.js';
import type { PdfLine } from './pdf-items.js';
import { joinBroken } from './word-lines.js';

/** The extent of the lines of the same size that overlap this one by more than half of either,
 * on its page and the pages next to it (the layout repeats; a long file stays linear); `alone` when
 * no other line is among them. */
function column(l: PdfLine, byPage: Map<number, PdfLine[]>): { left: number; right: number; alone: boolean } {
  let left = l.x;
  let right = l.xEnd;
  let alone = true;
  for (const p of [l.page - 1, l.page, l.page + 1])
    for (const o of byPage.get(p) ?? []) {
      // A line of tab-parted cells (a masthead's office and day over a text in columns) is no column's.
      if (Math.abs(o.size - l.size) > 0.5 || (o !== l && o.text.includes('\t'))) continue;
      const overlap = Math.min(o.xEnd, l.xEnd) - Math.max(o.x, l.x);
      if (overlap <= 0 || overlap < Math.min(o.xEnd - o.x, l.xEnd - l.x) * 0.5) continue;
      // A line that starts well inside this one and ends well past it (or the reverse), by more than an
      // indent on both sides, is no line of its column: a byline centred over two columns, across the gutter.
      const [lo, ro, indent] = [o.x - l.x, o.xEnd - l.xEnd, l.size * 4];
      if ((lo > indent && ro > indent) || (lo < -indent && ro < -indent)) continue;
      left = Math.min(left, o.x);
      right = Math.max(right, o.xEnd);
      if (o !== l) alone = false;
    }
  return { left, right, alone };
}

/** The usual distance between the baselines of two lines of a paragraph, per type size. */
function linePitch(lines: readonly PdfLine[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (!prev || prev.page !== l.page || prev.size !== l.size) return;
    const d = prev.y - l.y;
    if (!(d > 0 && d < l.size * 3)) return;
    if (!gaps.has(l.size)) gaps.set(l.size, []);
    gaps.get(l.size)!.push(d);
  });
  const out = new Map<number, number>();
  for (const [size, ds] of gaps) out.set(size, ds.sort((a, b) => a - b)[Math.floor(ds.length / 2)]!);
  return out;
}

/** A line that ends a sentence (a closing quote or bracket may follow the stop). */
const SENTENCE_DONE = /[。！？!?][”’」』）)]?$/;

/** Whether the text's paragraphs start flush with their column (no first-line indent): of the lines
 * after a line that stops short (a paragraph's certain start), none is indented and two or more
 * are flush; or no line that fills its column is indented (a short text of one-line paragraphs).
 * Then a line that fills the column gives no sign whether its paragraph goes on. */
function setFlush(lines: readonly PdfLine[], cols: readonly { left: number; right: number }[]): boolean {
  let flush = 0;
  let indented = 0;
  let indentedFull = false;
  lines.forEach((l, i) => {
    const c = cols[i]!;
    if (l.x > c.left + l.size * 1.5 && l.x <= c.left + l.size * 3 && l.xEnd >= c.right - l.size * 2.5)
      indentedFull = true;
    const prev = lines[i - 1];
    const pc = cols[i - 1];
    if (!prev || !pc || prev.page !== l.page || Math.abs(prev.size - l.size) > 0.5) return;
    // The line above stops short in the column (not a centred or right-aligned line) after a sentence
    // or a salutation's colon.
    const done = SENTENCE_DONE.test(prev.text) || /[：:]$/.test(prev.text);
    if (prev.x > pc.left + prev.size * 0.5 || prev.xEnd >= pc.right - prev.size * 2.5 || !done) return;
    if (l.x <= cols[i]!.left + l.size * 0.5) flush++;
    else if (l.x <= cols[i]!.left + l.size * 3) indented++;
  });
  return indented === 0 && (flush >= 2 || !indentedFull);
}

/** Printed lines per paragraph, over the runs of flush lines of one size in a column of 30 characters or more
 * that end in a line stopping short after a sentence (each a paragraph's certain end, its start unknown: a
 * run may hold several paragraphs, so this is an upper bound). A heading, a size or an indent breaks a run. */
function linesPerParagraph(lines: readonly PdfLine[], cols: readonly { left: number; right: number }[]): number {
  const runs: number[] = [];
  let run = 0;
  lines.forEach((l, i) => {
    const c = cols[i]!;
    const prev = lines[i - 1];
    const wide = c.right - c.left >= l.size * 30;
    if (!wide || l.x > c.left + l.size * 0.5 || (prev && run && Math.abs(prev.size - l.size) > 0.5)) run = 0;
    else if (l.xEnd >= c.right - l.size * 2.5) run++;
    else if (SENTENCE_DONE.test(l.text.trim())) {
      runs.push(run + 1);
      run = 0;
    } else run = 0;
  });
  // (One run tells nothing of a text's paragraphs: a short text's one-line paragraphs make one run too.)
  return runs.length >= 2 ? runs.reduce((a, b) => a + b, 0) / runs.length : 0;
}

/** How a flush paragraph of a speech or report often opens: an ordinal or a turn (`第二，`, `一是`, `首先，`). */
const PARAGRAPH_OPENER =
  /^(?:[●•◆■▪☆★]|第[一二三四五六七八九十]+[，,、是]|[一二三四五六七八九十]+是|首先|其次|再次|最后|此外|另外|同时|总之|同志们|各位)/;

/** How a 公文's title ends: the document's kind, no punctuation after it. */
const TITLE_END = /(?:报告|通知|意见|请示|决定|方案|办法|规定|批复|函)$/;

const WHOLE_BRACKET = /^[（(][^（）()]+[)）]$/;
/** Whether a paragraph so far leaves a bracket or a 书名号 open (`……（南政发`): it cannot end there. */
const leftOpen = (s: string) =>
  (s.match(/[（(]/g) ?? []).length > (s.match(/[）)]/g) ?? []).length ||
  (s.match(/《/g) ?? []).length > (s.match(/》/g) ?? []).length;
const LATIN_END = /[A-Za-z0-9,.;:%]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Paragraphs of the text: lines joined where the text runs on. */
export function paragraphs(lines: readonly PdfLine[]): string[] {
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    if (!byPage.has(l.page)) byPage.set(l.page, []);
    byPage.get(l.page)!.push(l);
  }
  const cols = lines.map((l) => column(l, byPage));
  const pitch = linePitch(lines);
  const flushSet = setFlush(lines, cols);
  const longParas = flushSet && linesPerParagraph(lines, cols) >= 3;
  const out: string[] = [];
  let opened = true;
  lines.forEach((l, i) => {
    const prev = i > 0 ? lines[i - 1]! : null;
    const col = cols[i]!;
    const pc = cols[i - 1];
    const mid = (x: PdfLine, c: { left: number; right: number }) =>
      Math.abs((x.x + x.xEnd) / 2 - (c.left + c.right) / 2) < x.size * 0.5;
    // A wide centred line (a subtitle) that wraps goes on in a centred line; an indented one-line
    // paragraph is off centre by its indent. Centred on the same axis as the line above: under a
    // text of short lines, the widest one is its own column and a right-aligned 落款 line its own.
    const centredWrap =
      prev !== null &&
      opened &&
      mid(prev, pc!) &&
      mid(l, col) &&
      mid(l, pc!) &&
      prev.xEnd - prev.x >= (pc!.right - pc!.left) * 0.75;
    // Line-breaking rules keep `：` or `）` off a line's start, so a full line may stop short.
    // (A right-aligned line, a 落款, starts far in: it is no paragraph's full line.)
    // A short line no other one lines up with (a byline centred over a text set in columns) is no
    // full line of the column under it, which is far wider.
    const full =
      prev !== null &&
      !(pc!.alone && prev.xEnd - prev.x < (l.xEnd - l.x) * 0.6) &&
      // Inside an open bracket the line may stop shorter: a `〔2022〕11号` that cannot be broken went down whole.
      // (The paragraph so far is counted only for a line that stops short, not once for every line.)
      (prev.xEnd >= pc!.right - prev.size * 2.5 ||
        (prev.xEnd >= pc!.right - prev.size * 6 && leftOpen(out.at(-1) ?? ''))) &&
      prev.x <= pc!.left + (pc!.right - pc!.left) * 0.25 &&
      l.x <= col.left + l.size * 0.5 &&
      // The next line starts where the line above's column does, or in a column right of it; a
      // right-aligned 落款 line (`主讲人：……`) under a text of short lines starts inside it.
      // (Not one starting left of that column: a line centred over columns is no paragraph's start.)
      ((l.x <= pc!.left + l.size * 0.5 && l.x >= pc!.left - l.size) || l.x > prev.xEnd);
    const runsOn =
      prev !== null &&
      Math.abs(prev.size - l.size) <= 0.5 &&
      (full || centredWrap) &&
      // Within a page, the next line sits right under it (not a block further down).
      // Paragraph spacing (Word's space after) parts paragraphs that have no indent.
      (prev.page !== l.page ||
        (prev.y - l.y > 0 && prev.y - l.y < (pitch.get(l.size) ?? l.size * 1.8) + l.size * 0.4) ||
        l.x > prev.xEnd) &&
      // A numbered heading after a finished sentence starts anew (a heading without indent).
      !(/[。！？；：:]$/.test(prev.text) && NUMBERED.test(l.text)) &&
      // Set flush, a full line that ends a sentence ends its paragraph: a break between two sentences loses
      // little, two paragraphs run into one lose their bounds. Where the paragraphs run long (a speech's),
      // a sentence ends at a line's end far more often inside one than one ends filling its last line:
      // there only a line opening a paragraph as a speech's do (`第二，`, `一是`, `同志们，`, `●`) starts anew.
      !(
        flushSet &&
        SENTENCE_DONE.test(prev.text.trim()) &&
        (!longParas || !isProse(prev.text) || PARAGRAPH_OPENER.test(l.text) || !/[，。；！？、,;]/.test(l.text))
      ) &&
      // A line that starts right of where a finished sentence ends, below it on the page, is set to the
      // right (a 落款), not the next column's first line.
      !(SENTENCE_DONE.test(prev.text.trim()) && l.page === prev.page && l.y < prev.y && l.x > prev.xEnd) &&
      !l.text.includes('\t') &&
      !prev.text.includes('\t') &&
      // A 公文's title that fills its line (`……情况的报告`) is not run into by the 主送 under it (`县委：`).
      !(TITLE_END.test(prev.text) && l.text.length <= 20 && SALUTATION.test(l.text)) &&
      // A 落款's day stands alone: neither its organ's line above nor a 附注 below runs into it.
      !dateOnlyLine(l.text) &&
      !dateOnlyLine(prev.text) &&
      // Nor does a cover's month (`2025年3月` under `主讲人：……`), centred as a wrapped line would be.
      !MONTH_ONLY.test(l.text.replace(/\s+/g, '')) &&
      // A paragraph that is one bracket (`（……会议通过）`, `（根据录音整理）` under a title) is a note
      // of its own, however wide: the text under it starts anew.
      !(opened && WHOLE_BRACKET.test(prev.text.trim()));
    if (runsOn) {
      const space = LATIN_END.test(out.at(-1)!) && LATIN_START.test(l.text) ? ' ' : '';
      out[out.length - 1] += space + l.text;
    } else out.push(l.text);
    opened = !runsOn;
  });
  return out;
}

/**
 * The title: the run of lines in the largest type (at least a fifth larger than the body's) among
 * the first lines of the first page; the 红头 issuer mark is not it. Returns the title and the
 * lines it took, or null when no line stands out.
 */
export function titleLines(lines: readonly PdfLine[], body: number): { title: string; lines: PdfLine[] } | null {
  const first = lines[0]?.page;
  const page = lines.filter((l) => l.page === first).slice(0, 12);
  // The title stands above the body: before its salutation, first sentence or first heading.
  const opens = page.findIndex((l) => isProse(l.text) || SALUTATION.test(l.text) || NUMBERED.test(l.text));
  const top = opens < 0 ? page : page.slice(0, opens);
  // (Read on into the next page: a cover page of two lines is known by the title after it.)
  const texts0 = lines.slice(0, page.length + 2).map((l) => l.text);
  // The 红头's mark and a 简报's name over its 期号 are set larger than any title.
  const mark = (l: PdfLine) => isFrameHead(texts0, page.indexOf(l)) || isIssueName(texts0, page.indexOf(l));
  const big = top.filter((l) => l.size >= body * 1.2 && !mark(l) && !l.text.includes('\t'));
  if (!big.length) return null;
  const size = Math.max(...big.map((l) => l.size));
  const start = top.findIndex((l) => big.includes(l) && Math.abs(l.size - size) <= 0.5);
  const run: PdfLine[] = [];
  for (let i = start; i < top.length && Math.abs(top[i]!.size - size) <= 0.5 && !mark(top[i]!); i++) run.push(top[i]!);
  // A title line that fills the text's width wrapped there (`……社会主义道路` + `前进 为……`);
  // a letter-spaced title (`关 于 做 好`) is read without its spaces.
  const text = lines.filter((l) => l.page === first && l.size <= body * 1.1);
  const left = Math.min(...text.map((l) => l.x));
  const right = Math.max(...text.map((l) => l.xEnd));
  const texts: string[] = [];
  run.forEach((l, i) => {
    const t = /^(?:\S[ \u3000]+)+\S$/.test(l.text) ? l.text.replace(/[ \u3000]+/g, '') : l.text;
    const prev = run[i - 1];
    if (prev && prev.xEnd >= right - l.size && prev.x <= left + l.size) texts[texts.length - 1] += t;
    else texts.push(t);
  });
  const parts = joinBroken(texts);
  if (parts.length !== 1 || parts[0]!.length > 80) {
    // Not one title: only the first line is, when it is one on its own.
    if (run.length < 2 || parts[0]!.length > 60) return null;
    return { title: run[0]!.text.trim(), lines: [run[0]!] };
  }
  return { title: parts[0]!, lines: run };
}
