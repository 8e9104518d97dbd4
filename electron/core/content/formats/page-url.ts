// The page's own address, as the saved file keeps it (the browser's `<!-- saved from url=(0062)… -->`
// note, the `url:` line of SingleFile's note, Save Page WE's `savepage-url` meta, a canonical link, og:url,
// the foot of a printed page), and the day it carries: news and
// government CMS write the posting day into the path (`/2023-06/05/c_…`, `/202306/t20230605_…`, `/art/2023/6/5/art_…`).
// Links inside the page (related articles) are other pages' addresses and are never read.
import { datelineInMonth, parseDateValue } from '../dates.js';
import type { Doc } from './html-dom.js';

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i;
/** SingleFile's note at the top: `<!--\n Page saved with SingleFile \n url: https://… \n saved date: … -->`
 * (the saved date is the day of saving, never the article's). */
const SINGLE_FILE = /<!--\s*Page saved with SingleFile\s[^>]*?\burl:\s*(\S+)/i;

export function pageUrl(doc: Doc, html: string): string | null {
  const head = html.slice(0, 2000);
  const saved =
    SAVED_FROM.exec(head)?.[1] ??
    SINGLE_FILE.exec(head)?.[1] ??
    doc.querySelector('meta[name="savepage-url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return saved ?? canonical ?? og ?? null;
}

/** Path forms that are a date by the CMS's own scheme (a bare 8-digit number may be an id). */
const URL_DATES = [
  /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//, // 新华网, 人民网: /2023-06/05/
  /\/((?:19|20)\d\d)-(\d\d)-(\d\d)\/\d+\.s?html?$/, // a day's folder: /zwdt/bmdt/2023-06-05/1685951234567.html
  /\/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+\.s?html?/, // TRS: /202306/t20230605_4567890.html
  /\/art\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})\/art_/, // 大汉 (Hanweb): /art/2023/6/5/art_1229_1.html
  /\/n\d?\/((?:19|20)\d\d)\/(\d\d)(\d\d)\/c\d+-\d+\.html/, // 人民网: /n1/2023/0605/c1001-40000000.html
  /\/((?:19|20)\d\d)\/(\d\d)(\d\d)\/c\d+a\d+\/page\.(?:htm|psp)/, // 博达 WebPlus (universities): /2023/0605/c1234a56789/page.htm
  /\/a\/((?:19|20)\d\d)(\d\d)(\d\d)(?:\/\d+\.s?html?|[A-Z]\w{6,})/, // 腾讯新闻: /a/20230605/012345.htm, /rain/a/20230605A01ABC00
  /\/omn\/((?:19|20)\d\d)(\d\d)(\d\d)\/\1\2\3[A-Z]\w{6,}\.html/, // 腾讯新闻 (to 2021): /omn/20210605/20210605A03XYZ00.html
  // 央视网, 共产党员网: /2023/06/05/ARTIabc123.shtml; 央视网's video (新闻联播) and picture pages: VIDE…, VIDA…, PHOA….
  /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\/(?:ARTI|VIDE|VIDA|PHOA)\w+\.shtml/,
  /\/((?:19|20)\d\d)\/(\d\d)-(\d\d)\/\d+\.shtml/, // 中国新闻网: /gn/2023/06-05/10019145.shtml
  /\/((?:19|20)\d\d)-(\d\d)-(\d\d)\/doc-\w+\.shtml/, // 新浪: /c/2023-06-05/doc-imyabcde1234567.shtml
  /\/((?:19|20)\d\d)(\d\d)(\d\d)\/[0-9a-f]{16,32}\/c\.html/, // 新华网 (news.cn): /local/20240305/8c1f3a2b9d4e4f6a/c.html
  // A month's folder, then the day's: 中国日报 /a/202403/05/WS65e6b8a5….html, 人民日报 and 经济日报's
  // 数字报 /pc/content/202403/05/content_30012345.html.
  /\/((?:19|20)\d\d)(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/(?:WS[0-9a-f]{12,}|content_\d+)\.s?html?/,
  /\/((?:19|20)\d\d)(\d\d)(\d\d)\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html/, // 国际在线: /20240305/<uuid>.html
  // A year's folder, then the month and day as one (动易, PHPCMS: /html/2026/0312/5678.html).
  /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\/\d+\.s?html?$/,
  // Year, month and day folders, then a numbered page: 大众网 /system/2026/03/08/030456789.shtml, a 县融媒's
  // /news/2025/03/12/87654.html.
  /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d+\.s?html?$/,
];

/** A 数字报 reader's address names the edition's day in its query (`?paperName=jfjb&paperDate=2026-03-10`). */
const QUERY_DATE = /[?&]paperdate=((?:19|20)\d\d)-(\d\d)-(\d\d)(?:&|$)/i;

export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  for (const re of URL_DATES) {
    const m = re.exec(path);
    if (m) return parseDateValue(`${m[1]}-${m[2]}-${m[3]}`);
  }
  const q = QUERY_DATE.exec(url);
  return q ? parseDateValue(`${q[1]}-${q[2]}-${q[3]}`) : null;
}

/** A month's folder right before the file (中国政府网 `/202611/content_7012345.htm`). */
const URL_MONTH = /\/((?:19|20)\d\d)-?(0[1-9]|1[0-2])\/[A-Za-z_]*\d+\.s?html?$/;

/** The day of a page whose address names only its month, from the wire's dateline in its text when the
 * dateline is of that month (`新华社北京11月28日电` under `/202611/`); null otherwise. */
export function urlMonthDay(url: string | null, text: string): string | null {
  const m = url ? URL_MONTH.exec(url.replace(/[?#].*$/, '')) : null;
  return m ? datelineInMonth(text.slice(0, 20000), Number(m[1]), Number(m[2])) : null;
}
