// Page metadata from the whole HTML document, before the article is cut out: the headline (og:title,
// ArticleTitle, the on-page heading that matches <title>, else <title> without its site suffix), the
// 引题/副标题 beside it, the publication date (meta variants, JSON-LD, WeChat script values, the
// header line near the title) and the publisher (来源：, source metas, the WeChat account,
// og:site_name / SiteName, the site named in <title>, the footer).
import { confirmedShortYearDate, monthDayConfirmed } from './html-short-year.js';
import { findDate, findLabelledDate, parseDateValue, withoutOwnDates } from '../dates.js';
import { ISSUER } from '../title-patterns.js';
import { textOf, walk, type Doc, type El } from './html-dom.js';
import { outletLine, outletOverRelativeDay } from '../header-outlet.js';
import {
  cleanSource,
  expandTruncatedLinks,
  posterUnit,
  repostCardSource,
  sourceLogos,
  oneLineSource,
  SOURCE_LINE,
  unknownOrigin,
} from './html-source.js';
import { labelledAuthor, unlabelledPublisher } from './html-byline.js';
import {
  dropTitleBadges,
  findHeadline,
  headlineText,
  headlineElement,
  imageHeadlines,
  liftInfoFromHeadline,
  splitTitle,
  withoutBadge,
} from './html-headline.js';
import { NAME_DAY } from './html-info-line.js';
import { infoCells, infoTitle, isPolicyTable, tableSpeaker } from './html-info-table.js';
import {
  calendarBadgeDate,
  cmsPropertyDate,
  crumbDate,
  editionDateLine,
  editionPaper,
  labelledDateLine,
  timeElementDate,
} from './html-page-dates.js';
import { scriptData } from './html-script-data.js';
import { jsonLd, scriptTime, scriptVar } from './html-script-vars.js';
import {
  bannerTitlePart,
  bareSiteTitle,
  footerSite,
  publisherOfSite,
  spacedTitleSite,
  titleSiteOf,
} from './html-site.js';
import { pageUrl, urlDate, urlMonthDay } from './page-url.js';
import { metas } from './html-meta-tags.js';
import { headerLines, nearTitle } from './html-header-lines.js';

export interface PageMeta {
  title: string | null;
  titleEl: El | null;
  /** 引题 above and 副标题 below the headline, as printed. */
  kicker: string | null;
  subtitle: string | null;
  date: string | null;
  /** A policy page's 成文日期: the document's own date, not the page's. */
  signed: string | null;
  /** The publisher named under a 来源/稿源 label. */
  source: string | null;
  /** The account that published the page (WeChat 公众号, a platform byline): the publisher when no
   * 来源 line names another (a repost says `来源：微信公众号“新华网”`). */
  account: string | null;
  /** The one person named under a 作者 label in the header. */
  author: string | null;
  /** A 领导讲话 page's 讲话人 (its info table's cell). */
  speaker?: { name: string; role: string | null } | null;
  /** The site itself (weak: used when the text names no publisher). */
  site: string | null;
  /** The 来源 label says the text came from nowhere known (`来源：网络`): the site is no publisher either. */
  originUnknown: boolean;
  /** The source is the office a `发布者：` label names (who posted the page): a 来源 in the text beats it. */
  poster?: boolean;
}

/** A WeChat repost's card (`以下文章来源于某某 ，作者某某`): the account that first published the text. */
function repostCard(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const t = textOf(el);
    if (t.startsWith('以下文章来源于') && t.length <= 80) return repostCardSource(t);
  }
  return null;
}

/** `县卫生健康局　2024年5月14日` by the headline, unlabelled: the office that put the text up, and its day. */
function organDayLine(line: string): string | null {
  const m = NAME_DAY.exec(line.trim());
  return m && ISSUER.test(m[1]!) ? m[1]! : null;
}

export function readPageMeta(doc: Doc, html: string, url: string | null = null): PageMeta {
  const meta = metas(doc);
  const ld = jsonLd(html);
  dropTitleBadges(doc);
  imageHeadlines(doc);
  liftInfoFromHeadline(doc);
  sourceLogos(doc);
  expandTruncatedLinks(doc);
  const titleTag = withoutBadge(textOf(doc.querySelector('title')));
  const { head: titleHead, site: titleSite, edition } = splitTitle(titleTag);
  const info = infoCells(doc);
  // A 政府信息公开 page's info table names the document; its <title> often names only the portal
  // or the column (`政府信息公开_某某县人民政府`), which a heading over the table repeats.
  const tableTitle = infoTitle(info);
  const declared = [
    tableTitle,
    meta.get('articletitle'),
    meta.get('og:title'),
    meta.get('dc.title'),
    ld.headline,
    scriptVar(html, 'msg_title'),
  ]
    .filter((x): x is string => !!x)
    .map((x) => splitTitle(x).head);
  const titleEl = tableTitle
    ? headlineElement(doc, [tableTitle])
    : findHeadline(doc, declared, titleHead, titleTag, isPolicyTable(info));
  const title = titleEl ? withoutBadge(headlineText(titleEl, titleTag)) : (declared[0] ?? (titleHead || null));
  const kicker = nearTitle(titleEl, 'prev', /pre|yt|kicker|ytitle/, /^H[2-6]$/);
  const subtitle = nearTitle(titleEl, 'next', /sub|fbt|subtitle/, /^H[2-6]$/);

  const lines = headerLines(doc, titleEl, info);
  const data = scriptData(html, title);
  // A 生成日期 or 打印日期 says when the page was made, not when the text was published.
  const dateLines = lines.map(withoutOwnDates);
  const metaDate = [
    'article:published_time',
    'og:release_date',
    'publishdate',
    'pubdate',
    'publish_date',
    'firstpublishedtime',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'dcterms.issued',
    'datepublished',
    'date',
    'createdate',
    // 腾讯新闻 (`4/26/2021, 10:52:40 AM`).
    'apub:time',
    // 新浪 and pages made for sharing to 微博.
    'weibo: article:create_at',
  ]
    .map((k) => parseDateValue(meta.get(k)))
    .find(Boolean);
  // A policy document's date is the day it was signed (成文日期), not the day the site put it up.
  const signed = findDate(info.get('成文日期') ?? '') ?? null;
  // A repost's own line (`发布时间：… 来源：网络`) over the original's (`来源：某某日报　2023年06月05日`):
  // the original's date is the text's.
  const named = lines.some(unknownOrigin) ? dateLines.find((l) => cleanSource(SOURCE_LINE.exec(l)?.[1])) : null;
  const date =
    signed ??
    (named ? (findLabelledDate(named) ?? findDate(named)) : null) ??
    // The day the header prints under a publication label (`发布时间：…`) over a meta's that differs:
    // the reader sees the printed one, which the site's editors set.
    dateLines.map((l) => findLabelledDate(l, false)).find(Boolean) ??
    metaDate ??
    parseDateValue(ld.datePublished) ??
    cmsPropertyDate(html) ??
    data?.date ??
    parseDateValue(scriptTime(html)) ??
    // A publication label on any line before an update label (`更新时间：…` printed first).
    dateLines.map((l) => findLabelledDate(l, false)).find(Boolean) ??
    dateLines.map((l) => findLabelledDate(l)).find(Boolean) ??
    confirmedShortYearDate(dateLines, doc, url ?? pageUrl(doc, html)) ??
    dateLines.map(findDate).find(Boolean) ??
    // (An update time dates the page only where the printed day without a year is its day.)
    monthDayConfirmed(dateLines, meta) ??
    labelledDateLine(doc) ??
    editionDateLine(doc) ??
    // A 数字报 page's `<title>` that names the paper and the edition's day before the headline.
    parseDateValue(edition) ??
    timeElementDate(doc) ??
    calendarBadgeDate(doc) ??
    crumbDate(doc) ??
    // Last: the day the page's own address carries (the day it went up, as a 发布时间 says).
    urlDate(url ?? pageUrl(doc, html)) ??
    urlMonthDay(url ?? pageUrl(doc, html), textOf(doc.body)) ??
    null;

  // A WeChat article names its account in #js_name, or (older pages, whose visible name sits in
  // #post-user) only in `var nickname`; the script variable is read on WeChat pages alone.
  const wechat = doc.querySelector('#js_name,#js_content,#activity-name')
    ? textOf(doc.querySelector('#js_name')) || scriptVar(html, 'nickname')
    : null;
  const labelled = lines.map(oneLineSource).find(Boolean);
  const poster = labelled ? null : lines.map(posterUnit).find(Boolean);
  const source =
    labelled ??
    poster ??
    (wechat ? repostCard(doc) : null) ??
    cleanSource(meta.get('contentsource') ?? meta.get('source')) ??
    data?.source ??
    lines.map((l) => outletLine(l, true)?.source).find((s) => s && s !== wechat) ??
    outletOverRelativeDay(lines) ??
    lines.map(organDayLine).find(Boolean) ??
    null;
  // A headline given only in the metas (og:title over an app's share page): the byline opens the body.
  const unprinted = !titleEl && declared.length ? (doc.body?.firstElementChild ?? null) : null;
  const account = wechat || unlabelledPublisher(titleEl, unprinted);
  const ogSite = meta.get('og:site_name');
  const site =
    (ogSite && !/微信公众平台/.test(ogSite) ? ogSite : null) ??
    meta.get('sitename') ??
    meta.get('dc.publisher') ??
    ld.publisher ??
    titleSiteOf(titleTag, titleSite, title) ??
    bareSiteTitle(titleTag, title) ??
    spacedTitleSite(titleTag, title) ??
    bannerTitlePart(doc, titleTag) ??
    editionPaper(doc) ??
    footerSite(doc);
  const author = labelledAuthor(lines);
  const originUnknown = !source && lines.some(unknownOrigin);
  return {
    title,
    titleEl,
    kicker,
    subtitle,
    date,
    signed,
    source,
    account,
    author,
    speaker: tableSpeaker(info),
    // `某某日报数字报`, `某某日报电子版`: the paper's edition online is the paper.
    site: site ? publisherOfSite(site.trim()) || null : null,
    originUnknown,
    poster: !!poster && source === poster,
  };
}
