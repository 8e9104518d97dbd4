// Banks laid out as a table in a Word 97–2003 file (.doc). word-extractor gives a table as one line:
// each cell ends with a tab and each row with one more (a cell with nothing in it is an empty cell,
// so 题目⇥⇥⇥√ and a row's end look alike). A line is read as a table only where that cannot be
// mistaken: a header with a bank's fields and no empty cell gives the column count, and every row
// must end exactly where that count says (and, with a 序号 column, be numbered 1, 2, 3…).
import { fieldColumn } from './import-fields.js';

/** The rows of a table line, or null when the line is not one table of even rows. */
export function docTableRows(line: string): string[][] | null {
  const cells = line.split('\t').map((c) => c.trim());
  const width = cells.indexOf('');
  const header = cells.slice(0, width);
  if (width < 3 || fieldColumn(header, 'stem') < 0 || fieldColumn(header, 'answer') < 0) return null;
  // The last row's end marks were trimmed with the line.
  while (cells.length % (width + 1) !== width) {
    if (cells.length % (width + 1) === 0 || cells[cells.length - 1] !== '') return null;
    cells.pop();
  }
  const rows: string[][] = [];
  for (let at = 0; at < cells.length; at += width + 1) {
    if (at + width < cells.length && cells[at + width] !== '') return null;
    rows.push(cells.slice(at, at + width));
  }
  const number = rows[0]!.findIndex((c) => /^(?:序\s*号|题\s*号|编\s*号)$/.test(c));
  if (number >= 0 && rows.slice(1).some((r, i) => r[number] !== String(i + 1))) return null;
  return rows.length >= 2 ? rows : null;
}
