// Why a saved page gave no article, in words a user can act on: a page a script fills after loading,
// a page that only frames a PDF, or a page that is a list of other articles' titles and abstracts.
// Read only when the page's text is too short to import (pipeline.ts), so it never refuses an article.
import type { Removed } from './html-body.js';

/** The reason html-teasers.ts gives a removed list of abstracts. */
export const ABSTRACT_LIST = '摘要列表';

const SCRIPT_RENDERED =
  '网页正文由脚本加载（如学习强国），按“网页，仅 HTML”保存时没有正文，未收录。请在浏览器中等正文显示后，另存为“网页，单个文件（*.mht）”或“网页，全部”再导入。';
const PDF_ONLY =
  '网页只是一个 PDF 阅读框，正文在所附的 PDF 文件里，网页本身没有正文，未收录。请下载该 PDF 后直接导入。';
const LIST_ONLY =
  '网页是文章列表（多篇文章的标题和摘要），不是一篇文章，未收录。请打开要收录的那一篇文章，保存后再导入。';

/** A frame, embed or object showing a PDF (`viewer.html?file=….pdf`, `<embed src="….pdf">`). */
const PDF_FRAME =
  /<(?:iframe|embed)\b[^>]*\bsrc\s*=\s*["']?[^"'>\s]*(?:\.pdf\b|viewer\.html\?file=)|<object\b[^>]*\bdata\s*=\s*["']?[^"'>\s]*\.pdf\b/i;

/** A page whose text a script puts in after loading (学习强国, many single-page apps): saved as
 * "HTML only", it holds the scripts and an empty mount point, no text. */
function scriptRendered(html: string, lines: string[]): boolean {
  if (lines.join('').length >= 40 || !/<script[^>]+\bsrc\s*=/i.test(html)) return false;
  return !lines.length || /<div[^>]*\bid\s*=\s*["']?(?:root|app)\b[^>]*>\s*<\/div>/i.test(html);
}

export function emptyPageReason(html: string, lines: string[], removed: Removed[]): string | undefined {
  if (scriptRendered(html, lines)) return SCRIPT_RENDERED;
  if (PDF_FRAME.test(html)) return PDF_ONLY;
  if (removed.some((r) => r.reason === ABSTRACT_LIST)) return LIST_ONLY;
  return undefined;
}
