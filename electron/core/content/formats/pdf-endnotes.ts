// The pages after a PDF's text that are no text: 尾注 (endnotes), and a slide deck's closing page.
// 尾注: Word and LibreOffice print them after the text's last line, often on a page of their own and
// in body type, each opening with the raised mark the text carries (`i`, `ii` by default, or `1`, `2`). They are
// the notes of a paper, not its text (a page's footnotes are `dropFootnotes`' job).
import { COURTESY } from './closing-slide.js';
import type { PdfLine } from './pdf-items.js';

type Removed = { reason: string; text: string }[];

/** Whether `text` opens with `mark` as a note does (`i县委党校…`, not `ii…` for `i`, not `1月5日` for `1`). */
const opensWith = (text: string, mark: string) =>
  text.startsWith(mark) && !/^[0-9a-z年月日号时点个万亿%．.、]/i.test(text.slice(mark.length));

/** The lines after the last line carrying a raised mark, from one opening with the first mark on, when every
 * mark of the text opens one of them in order: the endnotes, dropped. */
export function dropEndnotes(pages: PdfLine[][], removed: Removed): PdfLine[][] {
  const lines = pages.flat();
  const marks = lines.flatMap((l) => l.marks ?? []);
  if (!marks.length) return pages;
  let last = -1;
  lines.forEach((l, i) => {
    if (l.marks?.length) last = i;
  });
  const start = lines.findIndex((l, i) => i > last && opensWith(l.text.trim(), marks[0]!));
  if (start < 0) return pages;
  let k = 0;
  for (const l of lines.slice(start)) if (k < marks.length && opensWith(l.text.trim(), marks[k]!)) k++;
  if (k < marks.length) return pages;
  const notes = new Set(lines.slice(start));
  for (const l of notes) removed.push({ reason: '尾注', text: l.text });
  return pages.map((page) => page.filter((l) => !notes.has(l)));
}

/** A last page holding only a thank-you in type larger than the text's: a slide deck's closing slide (a speech's
 * `谢谢大家！` that spills onto a page of its own is in body type, and stays). */
export function dropClosingSlide(pages: PdfLine[][], body: number, removed: Removed): PdfLine[][] {
  const last = pages.at(-1);
  if (pages.length < 2 || last?.length !== 1) return pages;
  const l = last[0]!;
  if (l.size < body * 1.3 || !COURTESY.test(l.text.replace(/\s+/g, ''))) return pages;
  removed.push({ reason: '结束标记', text: l.text });
  return pages.slice(0, -1);
}
