// The last step of the Word and web-page bank readers: text lines whose runs carry mark characters
// (red, highlight, bold, underline: word-run-marks.ts) go to the numbered-text reader, the marks to
// the keys they may show (word-key-marks.ts); tables with a bank's header are read as spreadsheets.
import type { Parsed } from './import-json.js';
import { parseTextBank } from './import-text.js';
import { foldTruthMarks } from './import-text-clean.js';
import { sheetsToBank } from './import-table.js';
import { keysFromMarks, type MarkedText } from './word-key-marks.js';
import { readMarks } from './word-run-marks.js';
import { REFUSED } from './word-table-keys.js';
import type { Doc, El } from '../content/formats/html-dom.js';
import { PICTURE } from './import-normalize.js';

/** An emoji or icon drawn as a picture (WeChat's emoji, a bullet before each item): no question's content. */
const ICON = /emoji|icon|face|smiley|bullet/i;
const tiny = (img: El) =>
  ['width', 'height'].some((a) => Number(img.getAttribute(a)) > 0 && Number(img.getAttribute(a)) < 30);

/** Each picture written as [图片] where it stands: a picture inside an item is part of the question,
 * so the item is refused rather than imported without it (logos and banners stand outside items). */
export function markPictures(doc: Doc, root: El): void {
  for (const img of [...root.querySelectorAll('img')]) {
    if (tiny(img) || ICON.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`)) {
      img.remove();
      continue;
    }
    const mark = doc.createElement('span');
    mark.textContent = PICTURE;
    img.replaceWith(mark);
  }
}

/** A bank laid out as a table with a header row (题目 … 答案), read as a spreadsheet; or null. */
export function tableBank(tables: { name: string; table: string[][] }[], format: string): Parsed | null {
  try {
    const parsed = sheetsToBank(tables, format);
    // A row whose red cells cannot be its key (word-table-keys.ts) is refused with the reason.
    const rows = parsed.rows.map((r) =>
      typeof r !== 'string' && r.answer.startsWith(REFUSED) ? r.answer.slice(REFUSED.length) : r,
    );
    return rows.length ? { ...parsed, rows } : null;
  } catch {
    return null; // no table has a bank's header
  }
}

/** Numbered items of the marked lines, then the rows of the bank tables; null if neither. */
export function bankFromMarkedLines(lines: string[], table: Parsed | null): Parsed | null {
  // Ticks and crosses folded before the marks are read, so the marked text is the text read.
  const read = lines.map((l) => readMarks(foldTruthMarks(l)));
  const doc: MarkedText = {
    text: read.map((l) => l.text).join('\n'),
    marks: read.flatMap((l, i) => (i ? [0, ...l.marks] : l.marks)),
  };
  const parsed = doc.text.trim() ? parseTextBank(doc.text, (items) => keysFromMarks(doc, items)) : null;
  // Numbered items and items in bank tables, as the document has them (the tables after).
  if (parsed && table) return { format: parsed.format, rows: [...parsed.rows, ...table.rows] };
  if (parsed) return parsed;
  if (table && table.rows.length >= 2) return table;
  return null;
}
