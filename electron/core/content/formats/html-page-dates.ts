// Dates a page prints outside its header lines: a labelled 发布日期 line anywhere, a 数字报's edition
// line, an HTML <time> element's machine-readable day.
import { findDate, findLabelledDate, parseDateValue } from '../dates.js';
import { idClass, textOf, walk, type Doc } from './html-dom.js';
import { LOCATION } from './page-chrome.js';

/** A short `发布日期：2019-03-06  责任编辑：…` block anywhere on the page (some CMS print it under
 * the article): only the explicit publication labels count here, never a bare date. */
export function labelledDateLine(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (el.tagName === 'A') continue;
    let own = '';
    for (const n of el.childNodes) if (n.nodeType === 3) own += n.nodeValue ?? '';
    if (!/发布日期|发布时间|發布日期|發布時間|发稿时间/.test(own)) continue;
    const t = textOf(el);
    const d = t.length <= 100 ? findLabelledDate(t) : null;
    if (d) return d;
  }
  return null;
}

/** A 数字报 page's edition line (`2023年04月12日 第05版：理论周刊`): the day the paper carried it. */
export function editionDateLine(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const t = textOf(el);
    // A related-articles list may cite other editions: links and list items are not the page's.
    if (t.length > 80 || !EDITION.test(t) || el.closest('a,li,ul,ol')) continue;
    const d = findDate(t);
    if (d) return d;
  }
  return null;
}

const EDITION = /第\s*[A-Z]?\d{1,3}\s*版/;

/** The paper a 数字报 page's edition line names before its day (`临江日报　2026年03月06日　第A03版：县域`):
 * the paper that printed the article, before the footer's owner (`临江日报社`). */
export function editionPaper(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const t = textOf(el);
    if (t.length > 60 || !EDITION.test(t) || el.closest('a,li,ul,ol')) continue;
    const m = /^《?\s*([\u4e00-\u9fff]{2,10}报)\s*》?[\s\u3000]*[（(]?\s*(?:19|20)\d\d\s*[年.\-/]/.exec(t);
    if (m) return m[1]!;
  }
  return null;
}

/** `<time datetime="2024-03-05T10:21:00+08:00">3小时前</time>`: a page that prints only a relative
 * time (`3小时前`, `昨天`) keeps the day in the attribute. Outside lists, links and page furniture,
 * and one day only: several days belong to a list of other items, none of them the page's. */
export function timeElementDate(doc: Doc): string | null {
  const days = new Set<string>();
  for (const el of doc.querySelectorAll('time[datetime]')) {
    if (el.closest('a,li,ul,ol,aside,footer,nav')) continue;
    const d = parseDateValue(el.getAttribute('datetime'));
    if (d) days.add(d);
  }
  return days.size === 1 ? [...days][0]! : null;
}

/** 方正 (Founder) CMS pages carry the article's record in a comment at the top of the body
 * (`<!--enpproperty <articleid>…</articleid><date>2026-02-24 16:40:12.0</date>…/enpproperty-->`): its
 * `<date>` is the day the article was published, as a meta's would be. */
export function cmsPropertyDate(html: string): string | null {
  const m = /<!--\s*enpproperty\b[\s\S]{0,400}?<date>([^<]{8,30})<\/date>/i.exec(html);
  return m ? parseDateValue(m[1]) : null;
}

/** A calendar badge by the headline (`<div class="date"><p class="day">12</p><p class="ym">2026-03</p></div>`):
 * the day and the month set as two leaves of one block, in either order. Outside lists and links (a
 * related list sets its items' days so), and one badge only. */
export function calendarBadgeDate(doc: Doc): string | null {
  const days = new Set<string>();
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const kids = [...el.children];
    if (kids.length !== 2 || kids.some((k) => k.children.length) || el.closest('a,li,ul,ol,nav,footer')) continue;
    const [a, b] = kids.map(textOf);
    const day = [a, b].find((t) => /^\d{1,2}$/.test(t!));
    const month = [a, b].map((t) => BADGE_MONTH.exec(t!)).find(Boolean);
    if (!day || !month || textOf(el).length > 16) continue;
    const d = parseDateValue(`${month[1]}-${month[2]!.padStart(2, '0')}-${day.padStart(2, '0')}`);
    if (d) days.add(d);
  }
  return days.size === 1 ? [...days][0]! : null;
}

const BADGE_MONTH = /^((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})月?$/;

/** A date archive's trail (`首页 » 2026年 » 3月 » 10日 » 标题`, a blog theme's breadcrumb): the year, month and
 * day as crumbs of their own, one after another, in a block classed as the trail or opening on
 * `当前位置`. */
export function crumbDate(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const t = textOf(el);
    if (t.length > 200 || !(CRUMB_CLASS.test(idClass(el)) || LOCATION.test(t))) continue;
    const m = CRUMB_DAY.exec(t);
    if (m) return parseDateValue(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  }
  return null;
}

const CRUMB_CLASS = /crumb|location|position/;
const STEP = '\\s*[»>›/＞]\\s*';
const CRUMB_DAY = new RegExp(`(?:^|${STEP})((?:19|20)\\d\\d)年?${STEP}(\\d{1,2})月?${STEP}(\\d{1,2})日?(?=${STEP}|$)`);
