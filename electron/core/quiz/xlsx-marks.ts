// Sheets with no answer column whose key is the option cell typed in red font, as teachers mark
// 党章党规 题库 kept in Excel. The cells' red runs are written in as Word's run marks are, and the
// same rules (word-table-keys.ts) decide: one kind of mark, the whole right cell red and nothing
// else in the row, the mark used so on two rows at least, a column red in every row no key.
import type ExcelJS from 'exceljs';
import { isRed, markedText, RED } from './word-run-marks.js';

type Font = Partial<ExcelJS.Font> | undefined;
const red = (font: Font) => isRed(font?.color?.argb?.slice(-6));

/** A cell's text with its red runs marked (a theme colour cannot be told from the file alone: unmarked). */
export function markedCellText(cell: ExcelJS.Cell, plain: (v: ExcelJS.CellValue) => string): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'richText' in v)
    return v.richText.map((t) => markedText(t.text, red(t.font ?? cell.font) ? RED : 0)).join('');
  return markedText(plain(v), red(cell.font) ? RED : 0);
}
