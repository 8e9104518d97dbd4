// The headline of a page: the on-page element matching og:title / ArticleTitle / <title>, else the
// first <title> part printed as a block of its own, else (when <title> names only the column) the
// heading over the info line. (`标题_栏目_站名` titles are split in html-title-split.ts.)
import { closeSpacedLabels } from './html-source.js';
import { dateOnlyLine, findDate } from '../dates.js';
import { ISSUER, SPEECH_TITLE } from '../title-patterns.js';
import { isBylineName } from '../../knowledge/byline-name.js';
import { isByline } from '../header.js';
import { idClass, textLines, textOf, walk, type Doc, type El } from './html-dom.js';
import { chromeReason } from './page-chrome.js';
import { dropToolBars, withoutTools } from './page-tools.js';
import { SITE_WORD, TITLE_SEP, splitTitle } from './html-title-split.js';
import { headingOverText, headingUnderInfoLine } from './html-headline-nearby.js';
import { INFO_WORD, isInfoLine, NAME_DAY } from './html-info-line.js';
import { editedHeading, fullerHeading, headingsBlockH1, inBanner, soleH1, styledHead } from './html-headline-place.js';

export { TITLE_SEP, splitTitle, isInfoLine, NAME_DAY };

/** A label a site sets before a headline (`【原创】`, `[独家]`, `<span class="tag">原创</span>`): not
 * words of the title. */
const BADGE_WORD = '原创|独家|首发|置顶|推荐|热门|重磅|快讯|视频|图文|专题';
const BADGE = new RegExp(`^\\s*[【\\[](?:${BADGE_WORD})[】\\]]\\s*`);
const BADGE_ALONE = new RegExp(`^(?:${BADGE_WORD})$`);

/** A column's name set in 【】 or [] before a headline (`【党员教育】小岗村：……`, a TV site's
 * `[临江新闻]标题`): 2–8 characters, no digit (`【2019年11月学习材料】` alone is a headline), and a
 * headline after it. */
const COLUMN_TAG = /^\s*(?:【[\u4e00-\u9fff·]{2,8}】|\[[\u4e00-\u9fff·]{2,8}\])\s*(?=(?:\S\s?){6})/;

export const withoutBadge = (title: string) => withoutTools(title.replace(BADGE, '').replace(COLUMN_TAG, ''));

/** Removes a badge element leading a heading (`<h1><span class="label">原创</span>标题</h1>`). */
export function dropTitleBadges(doc: Doc): void {
  for (const el of [...doc.querySelectorAll('h1,h2,h3')]) {
    const first = [...el.childNodes].find((n) => n.nodeType === 1 || (n.nodeValue ?? '').trim());
    if (first?.nodeType === 1 && BADGE_ALONE.test(textOf(first as El)) && textOf(el).length > 8) (first as El).remove();
  }
}

/** A headline set as an image (`<div class="art-title"><img src="…png" alt="标题"></div>`): the
 * heading or title block holding that image alone reads as its alt text. A site's logo (a link, or
 * an alt that names a site or column) is no headline. */
export function imageHeadlines(doc: Doc): void {
  for (const el of [...doc.querySelectorAll('h1,h2,h3,div,p,td')]) {
    if (!/^H[1-3]$/.test(el.tagName) && !/title|tit\b|bt|headline|biaoti/.test(idClass(el))) continue;
    const imgs = el.querySelectorAll('img');
    if (imgs.length !== 1 || textOf(el) || el.closest('a') || imgs[0]!.closest('a')) continue;
    const alt = (imgs[0]!.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    if (alt.length >= 6 && alt.length <= 80 && !/[。！？]$/.test(alt) && !columnLike(alt)) el.textContent = alt;
  }
}

/** `<div class="zsy_cotitle">标题<p>文章来源：…　发布时间：…</p></div>`: an info line set inside the
 * headline's block is moved out after it, so that the block holds the headline alone and the line is
 * read as the header's. */
export function liftInfoFromHeadline(doc: Doc): void {
  // (A tool bar set in the block, `【字号 大 中 小】【打印】【关闭】`, goes first: neither headline nor info.)
  dropToolBars(doc);
  for (const el of [...doc.querySelectorAll('h1,h2,h3,div,td')]) {
    if (!/^H[1-3]$/.test(el.tagName) && !/title|tit\b|bt|headline|biaoti/.test(idClass(el))) continue;
    for (const child of [...el.children]) {
      const t = textOf(child);
      // An info line, or the day alone set in the heading (`<h1>标题<span class="date">2024-04-03</span></h1>`).
      const info = (INFO_WORD.test(t) && !!findDate(t)) || !!dateOnlyLine(t);
      if (!/^(?:P|DIV|SPAN|EM|I|SMALL|TIME)$/.test(child.tagName) || t.length > 120 || !info) continue;
      const own = textOf(el).replace(t, '').trim();
      if (own.length >= 4) el.after(child);
    }
  }
}

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[“”"]/g, '"');
const unsplit = (key: string) => key.replace(/[_|｜]/g, '');

/** The on-page element carrying the headline: a heading or title-classed block matching a reference. */
export function headlineElement(doc: Doc, refs: string[]): El | null {
  const keys = refs.map(norm).filter((r) => r.length >= 4);
  let best: El | null = null;
  let bestLen = 0;
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (!/^H[1-6]$/.test(el.tagName) && !/title|tit\b|bt|headline|heading|biaoti/.test(idClass(el)) && !styledHead(el))
      continue;
    const t = norm(textOf(el));
    // A 副题 (`——写在……之际`) is never the headline, though <title> may hold it.
    if (t.length < 4 || t.length > 120 || t.length <= bestLen || /^[—－]/.test(t)) continue;
    // A bilingual page's English heading under the Chinese one translates it.
    if (!/[\u4e00-\u9fff]/.test(t) && /[\u4e00-\u9fff]/.test(keys.join(''))) continue;
    // `<h1>【视频】标题</h1>` under a <title> that leaves the badge out.
    const bare = norm(withoutBadge(textOf(el)));
    if (keys.some((k) => matchesKey(k, t) || (bare !== t && bare.length >= 4 && matchesKey(k, bare)))) {
      // A block of headings alone, 主题 <h1> and 副题 <h2>, whose text <title> runs together (`主题 副题_站名`).
      best = headingsBlockH1(el) ?? el;
      bestLen = t.length;
    }
  }
  return best;
}

/** A heading's text `t` against a declared title or <title> `k` (both normalised). */
function matchesKey(k: string, t: string): boolean {
  return (
    k === t ||
    (k.startsWith(t) && t.length >= k.length * 0.5) ||
    (t.startsWith(k) && k.length >= t.length * 0.8) ||
    // `标题_栏目_站名` whose site part reads as no site (`云溪党建`): the part before the first separator.
    (k.startsWith(t) && t.length >= 6 && /^(?:_|\||｜)/.test(k.slice(t.length))) ||
    // `全国两会｜标题`: a column set before the headline in <title>.
    (k.endsWith(t) && t.length >= 8 && /(?:_|\||｜|—|-|－)$/.test(k.slice(0, k.length - t.length))) ||
    // `主题——副题`: <title> joins the headline and the 副题 printed under it.
    (k.startsWith(t) && t.length >= 6 && /^(?:——|—|－－|--)/.test(k.slice(t.length))) ||
    // `一图读懂《某办法》_政策解读`: the page prints the words around the column's separator as one
    // headline (`《某办法》政策解读`).
    (t.length >= 8 && unsplit(k).includes(t) && t.length >= unsplit(k).length * 0.6)
  );
}

/** A heading followed by its info line (`发布时间：2019-05-18 来源：…`, or a newspaper article's
 * `作者：…` line): the headline of a page whose <title> names only the column or the paper
 * (`新闻动态--某学会官网`, a 数字报's `学习时报`). Empty blocks and the heading's 副题 (a lesser
 * heading: <h1> then <h2>, or a block opening on `——`) may stand between them, the latter only when
 * no heading has its info line right under it (`<h3>首页 - 新闻动态</h3><h5>标题</h5><div>发布时间…`). */
function headingOverInfoLine(
  doc: Doc,
  overSubtitle = false,
  emphasis = false,
  skip: (el: El) => boolean = () => false,
): El | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    // Last: an old table layout's headline set only in bold or a larger font (`<td><font size="4"><b>…`),
    // the whole of its row.
    if (
      emphasis
        ? !/^(?:B|STRONG|FONT)$/.test(el.tagName) || el.closest('a')
        : !/^H[1-6]$/.test(el.tagName) && !/title|tit\b|bt|headline|biaoti/.test(idClass(el))
    )
      continue;
    const t = textOf(el);
    // A 副题 (`——在某会议上的讲话`) is never the headline, nor a print view's button bar (`<div class="print_btn">
    // 【打印】【关闭】`, classed as `bt` would be).
    if (t.length < 6 || t.length > 120 || findDate(t) || /^[—－-]/.test(t) || skip(el) || chromeReason(t)) continue;
    let sib = rowOf(el).nextElementSibling;
    for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) {
      // (`时　间：…　来　源：…`: labels spaced out to a longer one's width.)
      const st = closeSpacedLabels(textOf(sib));
      if (isInfoLine(st)) return mainHeading(el);
      // A speech's byline (`县委书记　王建国`) may stand between its title and the day or the info line.
      // (A speech's speaker may stand under it by name alone: `赵志刚`.)
      if ((isByline(st) || (SPEECH_TITLE.test(t) && isBylineName(st))) && !/^H[1-6]$/.test(sib.tagName)) continue;
      // A 来源 or 作者 line of its own may stand over the day's (学习强国: `来源：…`, then `2026-03-10`).
      if (LABEL_ONLY.test(st) && !/^H[1-6]$/.test(sib.tagName)) continue;
      if (st && !(overSubtitle && (lesserHeading(el, sib) || DASH_SUBTITLE.test(st)))) break;
    }
  }
  return overSubtitle ? null : headingOverInfoLine(doc, true, emphasis, skip);
}

/** The page's one <h1> over its info line; on a page with no <h1>, the title block over it (a 专题's
 * page setting the headline in `<div class="art_title">`), unless that block is the site's banner. */
function onlyH1OverInfo(doc: Doc): El | null {
  const h1s = [...doc.querySelectorAll('h1')];
  if (h1s.length > 1) return null;
  const el = headingOverInfoLine(doc);
  return el && (h1s.length === 0 ? !inBanner(el) : el === h1s[0]) ? el : null;
}

/** A <title> the page prints nowhere, naming another text (a 政策解读 page whose CMS titles it by the 文件 it
 * reads): the page's one <h1> over its info line (sites71). Not when one holds the other (a headline with a
 * `（来源：…）` tail under a bare <title>). */
function otherH1OverInfo(doc: Doc, titleHead: string): El | null {
  const el = onlyH1OverInfo(doc);
  const [a, b] = [el ? textOf(el) : '', titleHead].map((t) => t.replace(/[\s\u3000]+/g, ''));
  return el && a && b && !a.includes(b) && !b.includes(a) ? el : null;
}

/** `来源：某某日报`, or its cells run together with the author's (`来源：某某日报作者：某某`, 学习强国's spans),
 * with no day: the day's line may follow. */
const LABEL_ONLY = /^(?:(?:来源|来自|作者|稿源|文章来源|信息来源)\s*[:：]\s*[^\d:：]{2,30}?\s*)+$/;

/** A title block that sets 引题, 主题 and 副题 as headings of their own (`<div class="tit"><h2>引题</h2>
 * <h1>主题</h1><h2>副题</h2></div>`): the headline is its one <h1>. */
function mainHeading(el: El): El {
  if (/^H[1-6]$/.test(el.tagName)) return el;
  const h1s = [...el.querySelectorAll('h1')];
  return h1s.length === 1 && el.querySelector('h2,h3,h4') ? h1s[0]! : el;
}

/** A 副题 set as a block of its own under the headline (`——某某县推行“党建+网格”治理纪实`). */
const DASH_SUBTITLE = /^[—－-]{1,2}[^。！？]{2,60}$/;

/** The block that holds the heading alone: a table layout's cell (`<td class="biaoti"><b>标题</b></td>`)
 * has its info line in the next row. */
export function rowOf(el: El): El {
  let row = el;
  while (!row.nextElementSibling && row.parentElement && textOf(row.parentElement) === textOf(el))
    row = row.parentElement;
  return row;
}
const lesserHeading = (head: El, sub: El) =>
  /^H[1-6]$/.test(head.tagName) && /^H[1-6]$/.test(sub.tagName) && sub.tagName > head.tagName;

/** `标题-栏目` whose column is no site word (`中华人民共和国监察法-纪检`): the first part is the
 * headline when the page prints it as a block of its own (in any element: many CMS templates put
 * the headline in a styled <span> or <td>). The innermost such element is returned. */
function printedTitlePart(doc: Doc, titleTag: string): El | null {
  const parts = titleTag.split(TITLE_SEP);
  const key = norm(parts[0] ?? '');
  // The part must be most of the title (not `“十四五”规划` of `“十四五”规划—新征程-某网`).
  if (parts.length < 2 || key.length < 4 || key.length < 0.6 * norm(titleTag).length) return null;
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (norm(textOf(el)) !== key) continue;
    let inner = el;
    for (
      let c = [...inner.children].find((k) => norm(textOf(k)) === key);
      c;
      c = [...c.children].find((k) => norm(textOf(k)) === key)
    )
      inner = c;
    // A link with the same words is navigation, not the printed headline.
    if (inner.closest('a')) continue;
    return inner;
  }
  return null;
}

/** A <title> head too short or generic to be a headline: a column or site name, or a department's
 * name alone (`南岭省发展和改革委员会`, the site of a 委/厅/局 titling every page with it). */
const columnLike = (head: string) =>
  head.length <= 8 || (head.length <= 16 && SITE_WORD.test(head)) || (head.length <= 20 && ISSUER.test(head));

/** The first <h1>, else the first other heading or title-classed block, that reads as a headline
 * (short, no sentence ending, not a link). */
function firstHeading(doc: Doc): El | null {
  const root = doc.body ?? doc.documentElement;
  const ok = (el: El) => {
    const t = textOf(el);
    return t.length >= 4 && t.length <= 80 && !/[。]$/.test(t) && !el.closest('a');
  };
  for (const el of walk(root)) if (el.tagName === 'H1' && ok(el)) return el;
  for (const el of walk(root))
    if ((/^H[2-3]$/.test(el.tagName) || /title|headline/.test(idClass(el))) && ok(el)) return el;
  return null;
}

/** The headline element for the declared titles (metas, JSON-LD) and the <title> tag, or null. */
export function findHeadline(
  doc: Doc,
  declared: string[],
  titleHead: string,
  titleTag: string,
  policyPage = false,
): El | null {
  const el = headlineElement(doc, [...declared, titleHead, titleTag]);
  // The site's or a 专题's name set as the page's banner (`<div class="header"><h1>某某县教育局</h1>`,
  // `<div class="zt-banner"><h1>专题名</h1>`), which <title> repeats: the article's headline is the
  // heading over the info line.
  if (el && inBanner(el)) {
    const over = headingOverInfoLine(doc, false, false, inBanner);
    if (over) return over;
  }
  // A column's name as the page's <h1> (`<h1>领导讲话</h1>`, which <title> repeats) over the article's own
  // heading and its info line (`<h2>在……上的讲话</h2>`, the speaker's line, the day): that heading.
  if (el && columnLike(textOf(el)) && !el.closest('article,main')) {
    const over = headingOverInfoLine(doc);
    if (over) return over;
  }
  if (el) return el;
  // (<title> and og:title agreeing on a line the page prints nowhere, a 话题, 专题 or SEO line: the page's
  // one <h1>, or with none its title block, over its info line is the headline.)
  if (declared.length) return fullerHeading(doc, declared) ?? onlyH1OverInfo(doc);
  // A page saved without its <head> (a WeChat article copied as its body): its first heading.
  if (!titleTag.trim()) return firstHeading(doc);
  return (
    printedTitlePart(doc, titleTag) ??
    (columnLike(titleHead)
      ? // A 政府信息公开 page titled by its column (`政府信息公开_某某县人民政府`) whose info table has no 标题:
        // the document's heading, the page's first.
        (headingOverInfoLine(doc) ??
        soleH1(doc, titleTag) ??
        (policyPage ? firstHeading(doc) : null) ??
        headingOverInfoLine(doc, false, true) ??
        headingUnderInfoLine(doc) ??
        headingOverText(doc))
      : null) ??
    editedHeading(doc, titleHead) ??
    otherH1OverInfo(doc, titleHead)
  );
}

/** A headline's text. One set over two lines with <br> is read as <title> prints it: two phrases
 * apart when <title> sets them apart (`坚持稳中求进<br>推动高质量发展`, `坚持稳中求进 推动高质量发展`), else
 * one line run on (`临江市召开2026年<br>全市组织工作会议`). */
export function headlineText(el: El, titleTag: string): string {
  const parts = textLines(el)
    .map((t) => t.trim())
    .filter(Boolean);
  const apart = parts.length >= 2 && titleTag.replace(/[\s\u3000]+/g, ' ').includes(parts.join(' '));
  return apart ? parts.join(' ') : textOf(el);
}
