// The lines by a page's headline that hold its date and source (info blocks, the blocks right
// after the headline, a policy table's cells), and the 引题/副题 beside it.
import { idClass, textLines, textOf, walk, type Doc, type El } from './html-dom.js';
import { closeSpacedLabels } from './html-source.js';
import { rowOf } from './html-headline.js';
import { chromeReason, RELATED_HEADING } from './page-chrome.js';

/** A date in the line (year and month): an info line, not a 引题 or 副题 (`——在2024年全国…会议上的讲话`
 * names only a year). */
const DATE_LIKE = /\d{4}\s*[-/.年]\s*\d{1,2}/;

export function nearTitle(el: El | null, dir: 'prev' | 'next', pattern: RegExp, tags: RegExp): string | null {
  const sib = el ? (dir === 'prev' ? el.previousElementSibling : el.nextElementSibling) : null;
  if (!sib) return null;
  const t = textOf(sib);
  // (A block classed `article-sub` may hold the credits, `临江新闻网　责编：某某`: chrome is no 副题.)
  const ok = pattern.test(idClass(sib)) || tags.test(sib.tagName);
  if (t.length >= 2 && t.length <= 60 && ok && !DATE_LIKE.test(t) && !chromeReason(t)) return t;
  return null;
}

const INFO_CLASS =
  /pubtime|pub_time|publish|time|date|info|source|sou\b|ly\b|fbsj|m-con|pages-date|meta|laiyuan|ly_|author|appellation|headtitle|h-info/;

/** An element's text with its blocks apart: `<div class="fl">来源：人民网－人民日报</div><div
 * class="fr">分享到：</div>` must not read `人民网－人民日报分享到：`. */
const blockText = (el: El) => closeSpacedLabels(textLines(el, true).join(' '));

/** Text blocks near the headline that hold date and source (header lines), in document order. */
export function headerLines(doc: Doc, titleEl: El | null, cells: Map<string, string>): string[] {
  const out: string[] = [];
  const info: El[] = [];
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (!INFO_CLASS.test(idClass(el)) || el.children.length > 12) continue;
    const t = textOf(el);
    if (t.length >= 6 && t.length <= 200) info.push(el);
  }
  // Innermost blocks first: a wrapper's text runs the source into its neighbours (`来源：新华网` +
  // `57人参与` → `新华网57人参与`), the inner line holds only the info.
  const set = new Set(info);
  const wrappers = new Set<El>();
  for (const el of info) for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) wrappers.add(up);
  for (const el of [...info.filter((e) => !wrappers.has(e)), ...info.filter((e) => wrappers.has(e))])
    out.push(blockText(el));
  // The few blocks following the headline, whatever their class.
  // A short article's text and a ranking list may follow as closely: the list's dates are other
  // articles'.
  // A headline set deep in a table cell (`<tr><td><font><b>…`) is followed by the next row.
  const row = titleEl ? rowOf(titleEl) : null;
  let sib = row?.nextElementSibling ?? titleEl?.parentElement?.nextElementSibling ?? null;
  for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) {
    const t = blockText(sib);
    if (t.length <= 200 && !linkList(sib)) out.push(t);
  }
  for (const key of ['发布日期', '发布时间']) if (cells.has(key)) out.push(`${key}：${cells.get(key)}`);
  // A 来源 cell (`<td>信息来源：</td><td>新华社</td>`) after the header lines: a policy page's
  // 来源 is the issuer's website, its 发文机关 comes first.
  const from = cells.get('来源') ?? cells.get('信息来源') ?? cells.get('稿件来源');
  if (from) out.push(`来源：${from}`);
  // The issuing body of a policy document is its publisher (政府信息公开 pages say 发布机构).
  // Joint issuers are listed with spaces (`商务部 国家发展改革委`): all of them are the source.
  const organ = (cells.get('发文机关') ?? cells.get('发布机构'))?.replace(/[\s\u3000]+/g, '、');
  if (organ) out.unshift(`来源：${organ}`);
  return out;
}

/** A list of other articles: under a 相关新闻/热点排行 heading, or items that are links. */
function linkList(el: El): boolean {
  if (RELATED_HEADING.test(textLines(el)[0] ?? '')) return true;
  const items = [...el.querySelectorAll('li')];
  return items.length >= 2 && items.every((li) => li.querySelector('a'));
}
