// A form's text cell in a PDF (a 会议记录's `会议内容` cell): the row's first line holds the label, a tab and
// the cell's first line; the cell's further lines start where that one did, right of the label column.
// Read as page lines they look indented (each would be a paragraph) and the first runs into its label,
// so the cell is read on its own: the label a line of its own, the cell's lines joined where one fills
// the cell's width and does not finish a sentence (form cells set their paragraphs flush).
import { NUMBERED } from '../outline.js';
import type { PdfLine } from './pdf-items.js';

/** A short form label (`会议内容`, `会议记录`; `内　　容` spaced so wide that the reader parts it by a tab), then
 * the cell's text. */
const LABEL_ROW = /^([\u4e00-\u9fff](?:[\t\u3000 ]*[\u4e00-\u9fff]){1,5})\t([^\t]{10,})$/;
const SENTENCE_DONE = /[。！？][”’」』）)]?$/;

/** The lines with each text cell's lines joined into its paragraphs. */
export function mergeCellLines(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const row = LABEL_ROW.exec(l.text);
    const x = l.cellX;
    if (!row || x === undefined) {
      out.push(l);
      continue;
    }
    // The cell's lines: on the same page, starting where its first line does, each right under the last.
    const cell: PdfLine[] = [{ ...l, text: row[2]!, x }];
    while (i + 1 < lines.length) {
      const n = lines[i + 1]!;
      const last = cell.at(-1)!;
      if (n.page !== l.page || n.text.includes('\t') || Math.abs(n.x - x) > n.size * 0.5) break;
      if (!(last.y - n.y > 0 && last.y - n.y < n.size * 2.5)) break;
      cell.push(n);
      i++;
    }
    if (cell.length < 2) {
      out.push(l);
      continue;
    }
    // (Its tab stays at its end: a line with a tab runs into no other, as a table row's does.)
    out.push({ ...l, text: `${row[1]!.replace(/[\t\u3000 ]+/g, '　')}\t`, xEnd: x - l.size, cellX: undefined });
    const right = Math.max(...cell.map((c) => c.xEnd));
    let para: PdfLine = cell[0]!;
    for (const c of cell.slice(1)) {
      const runsOn = para.xEnd >= right - c.size * 2.5 && !SENTENCE_DONE.test(para.text) && !NUMBERED.test(c.text);
      if (runsOn) para = { ...para, text: para.text + c.text, xEnd: c.xEnd, y: c.y };
      else {
        out.push(para);
        para = c;
      }
    }
    out.push(para);
  }
  return out;
}
