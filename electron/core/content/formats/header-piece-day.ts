// A Word 讲话稿's day kept only in its page header or footer, beside the piece's own name
// (`全县三级干部大会讲话材料　2025年2月18日`) or the meeting's papers' (`全县经济工作会议材料　2024年12月20日`):
// offices set a speech's day there when its first page has none.
// A day alone there proves nothing (a DATE field prints the day the file was opened or printed), nor does
// a 印发 day or a unit's name beside it.
import { dateOnlyLine } from '../dates.js';
import { TRAILING_DATE } from '../header-dates.js';

// (A meeting's papers, `全县经济工作会议材料`, `全市三级干部大会材料之三`, are dated by the meeting's day as a
// speech's are: sites71d.)
const PIECE =
  /[\u4e00-\u9fff“”《》]{2,40}(?:(?:讲话|发言|致辞|报告|讲稿|党课)(?:稿|材料)?|会议?材料(?:之[一二三四五六七八九十]{1,3})?)$/;

/** The day of the first header or footer line naming a speech with a full day beside it, or null. */
export function headerPieceDay(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = TRAILING_DATE.exec(line.trim());
    if (m && PIECE.test(m[1]!.trim())) return dateOnlyLine(m[2]!);
  }
  return null;
}
