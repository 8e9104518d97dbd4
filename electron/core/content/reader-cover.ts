// A 学习读本's cover over the one text it holds: the book's kind (`党员干部学习读本`), maybe its title, the
// compiler (`中共某某市委党校　编`, `……编印`) and maybe its month. The book's, not the text's: neither title
// nor text, no date; the text's title is the first line after it. (A 汇编 with a 目录 is split by
// contents-split.ts; a 讲话 collection's cover by speech-heads.ts.)
import { isProse } from '../text/line-repair.js';
import { MONTH_ONLY } from './header-credits.js';
import { squeeze } from './header.js';

const BOOK_KIND = /(?:读本|学习手册|应知应会|口袋书)$/;
const COMPILER = /^[\u4e00-\u9fff（）()]{2,30}(?:编|编印|编著|主编|编写)$/;
const shortLine = (t: string) => t.length <= 40 && !/[。！？；：:]/.test(t) && !isProse(t);

/** How many lines at the start are such a cover, or 0. */
export function readerCover(lines: readonly string[]): number {
  const first = lines.slice(0, 4).findIndex((l) => BOOK_KIND.test(squeeze(l)));
  if (first < 0) return 0;
  const compiler = lines.findIndex((l, i) => i > first && i <= first + 3 && COMPILER.test(squeeze(l)));
  if (compiler < 0 || !lines.slice(0, compiler + 1).every((l) => shortLine(l.trim()))) return 0;
  const end = compiler + (MONTH_ONLY.test(squeeze(lines[compiler + 1] ?? '')) ? 2 : 1);
  // The text's title follows, then its text.
  const title = lines[end]?.trim() ?? '';
  return title && shortLine(title) && lines.slice(end + 1, end + 5).some(isProse) ? end : 0;
}
