// Why a saved page gave no article, in words a user can act on: a page a script fills after loading,
// a page that only frames a PDF or another page, a page that is a list of other articles' titles and abstracts (or of
// titles and days alone), a
// site map, a 信息公开 page whose text is only its attachment's link, a 数字报's 版面 page, a video with no transcript,
// or pictures with no text (一图读懂).
// Read only when the page's text is too short to import (pipeline.ts), so it never refuses an article.
import type { Removed } from './html-body.js';
import { TITLE_LIST } from './html-title-lists.js';

/** The reason html-teasers.ts gives a removed list of abstracts. */
export const ABSTRACT_LIST = '摘要列表';

const SCRIPT_RENDERED =
  '网页正文由脚本加载（如学习强国），按“网页，仅 HTML”保存时没有正文，未收录。请在浏览器中等正文显示后，另存为“网页，单个文件（*.mht）”或“网页，全部”再导入。';
const PDF_ONLY =
  '网页只是一个 PDF 阅读框，正文在所附的 PDF 文件里，网页本身没有正文，未收录。请下载该 PDF 后直接导入。';
const FRAMED =
  '网页正文在内嵌框架（iframe）里，保存的网页只有外框，没有正文，未收录。请在浏览器中右键正文，选“在新标签页中打开框架”（或“显示框架”），把打开的页面另存后再导入。';
const SITE_MAP = '网页是网站地图（各栏目的链接），不是一篇文章，未收录。请打开要收录的那一篇文章，保存后再导入。';
const EDITION_PAGE =
  '网页是数字报的版面页（本版各篇文章的标题），不是一篇文章，未收录。请点开要收录的那一篇文章，保存后再导入。';
const VIDEO_ONLY =
  '网页是视频页，只有视频和一两句简介，没有文字稿，未收录。如有文字稿，请复制文字稿保存为文本文件后再导入。';
const ATTACHMENT_ONLY =
  '网页正文只有附件链接（PDF、Word 等文件），文件的内容在附件里，网页本身没有正文，未收录。请下载附件后直接导入。';
const PICTURES_ONLY =
  '网页正文是图片（如“一图读懂”“图解”），图片里的字读不出来，未收录。请找到同一内容的文字版（政策原文或文字解读页）保存后再导入。';
/** A picture that is no site furniture (`<img src="./W020230413_1.png">`; not a logo, icon, banner or QR code). */
const PICTURE = /<img\b(?![^>]*(?:logo|icon|banner|qr|ewm|erweima|share|weixin|wechat|search))[^>]*\bsrc\s*=/i;
/** A link to an attached file (`<a href="./P020220815.pdf">附件：某某年度决算公开.pdf</a>`). */
const ATTACHMENT_LINK = /<a\b[^>]*\bhref\s*=\s*["']?[^"'>\s]*\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar)["'>\s]/i;
const TITLES_ONLY =
  '网页是标题列表（多篇文章或文件的标题和日期，如信息公开目录、公众号合集），不是一篇文章，未收录。请打开要收录的那一篇，保存后再导入。';
const LIST_ONLY =
  '网页是文章列表（多篇文章的标题和摘要），不是一篇文章，未收录。请打开要收录的那一篇文章，保存后再导入。';

/** A frame, embed or object showing a PDF (`viewer.html?file=….pdf`, `<embed src="….pdf">`). */
const PDF_FRAME =
  /<(?:iframe|embed)\b[^>]*\bsrc\s*=\s*["']?[^"'>\s]*(?:\.pdf\b|viewer\.html\?file=)|<object\b[^>]*\bdata\s*=\s*["']?[^"'>\s]*\.pdf\b/i;

/** A frame showing another page of the site (`<iframe src="./content_1.html">`): the text is that page's. */
const PAGE_FRAME = /<iframe\b[^>]*\bsrc\s*=\s*["']?[^"'>\s]*\.(?:s?html?|jsp|aspx?|php)\b/i;

/** A site map: `<title>` or a heading that says so (`网站地图 - 某某县人民政府`, `<h2>站点地图</h2>`). */
const SITE_MAP_NAME =
  /^[\s\u3000]*(?:网站地图|站点地图|網站地圖|站點地圖|网站导航|站点导航|site\s*map)[\s\u3000]*(?:$|[-_|｜—－:：])/i;
function siteMap(html: string): boolean {
  const heads = html.matchAll(/<(title|h[1-3])\b[^>]*>([^<]{2,40})<\/\1>/gi);
  return [...heads].some((m) => SITE_MAP_NAME.test(m[2]!));
}

/** A 数字报's 版面 page: `<title>` names an edition (`临江日报-2026年03月10日-第02版：综合新闻`). */
const EDITION_TITLE = /<title\b[^>]*>[^<]*第\s*[A-Z]?\d{1,3}\s*版[^<]*<\/title>/i;

/** A video player (`<video>`, an `.mp4`/`.m3u8` address, a player box). */
const VIDEO = /<video\b|\.(?:mp4|m3u8)\b|\b(?:class|id)\s*=\s*["'][^"']*player/i;

/** An inline script that writes the text in (`el.innerHTML = data.content`, `document.write(…)`). */
const INLINE_FILL = /<script\b[^>]*>(?:(?!<\/script>)[\s\S]){0,20000}?(?:\.innerHTML\s*=|document\.write\s*\()/i;

/** A page whose text a script puts in after loading (学习强国, many single-page apps): saved as
 * "HTML only", it holds the scripts and an empty mount point, no text. */
function scriptRendered(html: string, lines: string[]): boolean {
  if (lines.join('').length >= 40 || !(/<script[^>]+\bsrc\s*=/i.test(html) || INLINE_FILL.test(html))) return false;
  return !lines.length || /<div[^>]*\bid\s*=\s*["']?(?:root|app)\b[^>]*>\s*<\/div>/i.test(html);
}

export function emptyPageReason(html: string, lines: string[], removed: Removed[]): string | undefined {
  if (scriptRendered(html, lines)) return SCRIPT_RENDERED;
  if (PDF_FRAME.test(html)) return PDF_ONLY;
  if (PAGE_FRAME.test(html)) return FRAMED;
  if (removed.some((r) => r.reason === ABSTRACT_LIST)) return LIST_ONLY;
  if (removed.some((r) => r.reason === TITLE_LIST)) return TITLES_ONLY;
  if (siteMap(html)) return SITE_MAP;
  if (EDITION_TITLE.test(html)) return EDITION_PAGE;
  // (What is left is a field or two, no sentence: the text is the attachment's.)
  if (ATTACHMENT_LINK.test(html) && !lines.some((l) => /[。！？]/.test(l))) return ATTACHMENT_ONLY;
  if (VIDEO.test(html)) return VIDEO_ONLY;
  // (No sentence is left, and the page shows pictures: the 解读 or report was drawn, not written.)
  if (PICTURE.test(html) && !lines.some((l) => /[。！？]/.test(l))) return PICTURES_ONLY;
  return undefined;
}
