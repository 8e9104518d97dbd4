// A newspaper 版面 printed to PDF whose text layer gives its two columns row by row (the left column's line, then
// the right column's on the same baseline, in turns), as some typesetting systems write a page: each such row is
// read as one line with a tab at the gutter (pdf-items.ts). Here the rows go back into the left column's lines, then
// the right column's, so each article reads column by column.
import type { PdfLine } from './pdf-items.js';

const median = (ns: number[]) => ns.sort((a, b) => a - b)[Math.floor(ns.length / 2)]!;
const twoCells = (l: PdfLine) => l.cellX !== undefined && l.cellEnd !== undefined && l.text.split('\t').length === 2;

/** The gutter of rows of two column lines: one tab, a right cell starting at the same x on four rows or more, and
 * both cells the width of a column of text (eight characters or more, within a quarter of each other). */
function gutterOf(lines: readonly PdfLine[]): number | null {
  const rows = lines.filter(twoCells);
  for (const x of rows.map((l) => l.cellX!).sort((a, b) => a - b)) {
    const at = rows.filter((l) => Math.abs(l.cellX! - x) <= l.size * 0.5);
    if (at.length < 4) continue;
    const left = median(at.map((l) => l.cellEnd! - l.x));
    const right = median(at.map((l) => l.xEnd - l.cellX!));
    if (left >= at[0]!.size * 8 && Math.abs(left - right) <= Math.max(left, right) * 0.25)
      return median(at.map((l) => l.cellX!));
  }
  return null;
}

/** The lines (of every page, in order) with each run of two-column rows read column by column. (One gutter for the
 * file, and a run goes on over a page break: an article's rows printed over two pages are its columns still.) */
export function splitRowColumns(lines: PdfLine[]): PdfLine[] {
  const gutter = gutterOf(lines);
  return gutter === null ? lines : splitRuns(lines, gutter);
}

/** A run is the rows holding both columns' lines and the lines lying wholly on one side of the gutter between them;
 * a line across the gutter (a headline, a centred byline) or in another size ends it. */
function splitRuns(lines: PdfLine[], gutter: number): PdfLine[] {
  // (A right cell opening a paragraph starts in by its 2-character indent.)
  const isRow = (l: PdfLine) => twoCells(l) && l.cellX! >= gutter - l.size * 0.5 && l.cellX! <= gutter + l.size * 3.5;
  const side = (l: PdfLine) =>
    isRow(l)
      ? 'both'
      : l.text.includes('\t')
        ? null
        : l.xEnd <= gutter - l.size * 0.5
          ? 'left'
          : l.x >= gutter - l.size
            ? 'right'
            : null;
  const out: PdfLine[] = [];
  let run: PdfLine[] = [];
  const flush = () => {
    if (run.filter(isRow).length < 2) out.push(...run);
    else {
      const left: PdfLine[] = [];
      const right: PdfLine[] = [];
      for (const l of run) {
        if (!isRow(l)) (side(l) === 'left' ? left : right).push(l);
        else {
          const [a, b] = l.text.split('\t') as [string, string];
          const { cellX, cellEnd, ...rest } = l;
          left.push({ ...rest, text: a, xEnd: cellEnd! });
          right.push({ ...rest, text: b, x: cellX! });
        }
      }
      out.push(...left, ...right);
    }
    run = [];
  };
  for (const l of lines) {
    if (side(l) && (run.length === 0 || run[0]!.size === l.size)) run.push(l);
    else {
      flush();
      out.push(l);
    }
  }
  flush();
  return out;
}
