// The publisher a 来源 label names (`来源：人民网－人民日报`, `（来源：共产党员网）`, a 公众号), and the
// labels that name none: `来源：网络` says the page copied the text from somewhere it does not know,
// so neither the value nor the reposting site is its publisher.
import type { Doc } from './dom-types.js';
import { textOf } from './dom-text.js';
import { REPOST_OUTLET, simplifiedHan } from './page-chrome.js';
import { ISSUER } from '../title-patterns.js';
import { englishInfo } from './english-info.js';

/** `网络`, `互联网`, `网友投稿`, `转载`: the origin is unknown (not the site that reposted it). */
const UNKNOWN = /^(?:网络|互联网|网上|网友投稿|网友上传|转载|网络转载|转自网络|来自网络|网络整理|网络资料)$/;

/** A platform's channel of accounts (`澎湃号`, `网易号`, `百家号`): its name says where an account posted. */
const SELF_MEDIA =
  /(?:澎湃号|网易号|百家号|头条号|企鹅号|搜狐号|大鱼号|一点号|新浪号)(?:[·・.\s]*[\u4e00-\u9fff]{1,4})?$/;

/** `澎湃新闻·澎湃号·政务`, with or without its `来源：` label. */
export const selfMedia = (value: string) =>
  SELF_MEDIA.test(simplifiedHan(value.replace(/^(?:来源|來源)\s*[:：]\s*/, '').trim()));

/** `来源：…` and its other words (`转自：学习时报`, or before a quoted name with no colon:
 * `本文转自“临江发布”微信公众号`; not a photo's `图片来源：`); `供稿：` only before a
 * unit's name (`供稿：镇党建办`), not a person's; an exported WeChat article's `公众号：…` (not a call to
 * `关注公众号：…`). An English page's outlet is its capitalised words
 * (`Source: Linjiang Daily | Updated: …`), up to the next item's label. */
const UNIT_END = '(?:办|部|局|委|室|中心|院|所|站|队|科|处|组|会|社|报|网|台|校|馆)';
export const SOURCE_LINE =
  /(?<!图片?)(?:来源于?|來源|稿源|信息来源|转自|转载自|轉自|(?<!关注|搜索|添加)(?:微信)?公众号|供稿单位|供稿(?=\s*[:：]\s*[\u4e00-\u9fff]{1,20}(?:办|部|局|委|室|中心|院|所|站|队|科|处|组|会|社|报|网|台|校|馆)(?![\u4e00-\u9fff])))\s*(?:[:：]|[丨|｜](?=\s*[\u4e00-\u9fff])|(?<=转自|转载自)(?=[“"「『]))\s*((?:[A-Z][A-Za-z'’.&-]*)(?: (?!(?:Updated|Editor|Date|Time|Print|Author|By|Share|Font|Close|Release|Published|Views?)\b)[A-Z][A-Za-z'’.&-]*)+|[^\s|｜丨　,，]{2,40})/;

/** The one publisher a header block's 来源 labels name; a block naming two (a short 大事记's entries, each closing
 * on its own office's `来源：`) names none of them as the page's. */
export function oneLineSource(block: string): string | null {
  const names = new Set(
    [...block.matchAll(new RegExp(SOURCE_LINE.source, 'g'))].map((m) => cleanSource(m[1])).filter(Boolean),
  );
  return names.size === 1 ? [...names][0]! : null;
}

/** A CMS's `发布者：` (博达, WebPlus) names the office that posted the page when it is a unit
 * (`发布者：党委宣传部`, `发布：某某镇文明实践所`), not a person or an account (`发布者：管理员`); a 来源 beside it names the publisher.
 * A 信箱 reply's `答复单位：`/`回复单位：` names the office that wrote the reply.
 * (Spans set without spaces run the next label on: `发布者：党委宣传部发布时间：…`.) */
const POSTER_LINE = new RegExp(
  `(?:发布者|发布单位|发布部门|答复单位|回复单位|(?<![\\u4e00-\\u9fff])发布)\\s*[:：]\\s*([\\u4e00-\\u9fff]{1,20}${UNIT_END})(?=$|[^\\u4e00-\\u9fff]|发布|来源|时间|日期|浏览|点击|作者|编辑|审核|回复|答复)`,
);

export function posterUnit(line: string): string | null {
  return cleanSource(POSTER_LINE.exec(line)?.[1]);
}

/** Other words for 来源 on a page's info line (`發布單位：`, `公告單位：`, `資料來源：`), read in simplified form. */
const UNIT_LINE = /(?:发布单位|公告单位|资料来源|消息来源)\s*[:：]\s*([^\s|｜　,，]{2,40})/;

/** The value under a 来源 label or one of its other words in a copied info line, as printed. */
export function labelledSource(line: string): string | null {
  const m = SOURCE_LINE.exec(line);
  if (m) return cleanSource(m[1]);
  const folded = simplifiedHan(line);
  const u = folded.length === line.length ? UNIT_LINE.exec(folded) : null;
  return u ? cleanSource(line.slice(u.index + u[0].length - u[1]!.length, u.index + u[0].length)) : null;
}

/** `（转自《光明日报》）`: the outlet a repost note names in title marks, as the note prints it
 * without them (as origin-note.ts reads `原载《…》`). */
export function repostOutlet(line: string): string | null {
  const m = REPOST_OUTLET.exec(line.trim());
  return m ? cleanSource(m[1]) : null;
}

/** `文章来源：人民网` among the text's last lines (a note, not a sentence): where the text came from. */
export function tailSource(lines: readonly string[]): string | null {
  for (const line of lines.slice(-3)) {
    const t = line.trim();
    if (t.length <= 40 && /^[（(]?(?:文章|稿件|信息)?来源[:：]/.test(t) && !/[。！？]/.test(t))
      return labelledSource(t);
  }
  return null;
}

/** The card WeChat sets over an article another account first published: `以下文章来源于人民日报评论 ，作者李某`. */
export const REPOST_CARD = /^以下文章来源于\s*(.{2,30}?)\s*(?:[，,]\s*作者.{0,30})?$/;

/** The account a WeChat repost card names (the text's publisher), or null. */
export function repostCardSource(line: string): string | null {
  const m = REPOST_CARD.exec(line.trim());
  return m ? cleanSource(m[1]) : null;
}

/** The name a 来源 value gives, without the label, brackets, account words and what follows it. */
function sourceValue(raw: string): string {
  return (
    raw
      .replace(/^(?:来源|來源)\s*[:：]\s*/, '')
      // The end of a bracketed line: `（来源：共产党员网）`.
      .replace(/^([^（(]*)[）)]$/, '$1')
      // `微信公众号“新华网”（ID：newsxinhua）` names the account 新华网.
      .replace(/^(?:微信)?公众号\s*[:：]?\s*/, '')
      .replace(/[（(]\s*(?:微信号|ID|id)\s*[:：][^）)]*[）)]/g, '')
      .replace(/^[“"「『]([^”"」』]+)[”"」』](?:微信)?(?:公众号|客户端|网站|微博)?$/, '$1')
      // Counters printed beside the name: `新华网57人参与11评论`.
      .replace(/\d+\s*(?:人参与|人评论|条评论|评论|人阅读|次阅读|次浏览).*$/, '')
      // The next item of the line, run into the name when the CMS sets them in spans without spaces
      // (`新华社分享到：微信`, `人民日报打印本页`, `某某局发布日期：2025-05-12`, `市发展改革委访问量：1,208`).
      .replace(
        /\s*(?:作者|责任编辑|编辑|责编|审核|校对|记者|发布时间|发布日期|发稿|录入|时间|日期|浏览|访问|阅读|点击|字号|字体|分享|打印|关闭|收藏|[【】\]]).*$/,
        '',
      )
      // (With the bracket it opens: `《某某党建》2025年第5期（2025年3月1日出版）`.)
      .replace(/\s*[（(]?\s*(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}.*$/, '')
      .trim()
  );
}

export function cleanSource(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = sourceValue(raw);
  // `本站原创`, `本网`, a paper's own `本报` name this site without naming it: the site's own name
  // applies. `网络`, `转载`, `综合` name no publisher at all.
  // Read in simplified form, so a traditional page's `本網`, `網絡` mean the same.
  const simple = simplifiedHan(v);
  if (/^(?:本站|本网|本台|本报|本刊|原创)|^(?:综合(?:整理|报道)?)$/.test(simple) || UNKNOWN.test(simple)) return null;
  // `来源：澎湃新闻·澎湃号·政务`: the platform that hosts the account's page, not who published it.
  if (selfMedia(simple)) return null;
  // `来源：政府工作报告`: the document the text is taken from, not who published it. (A 公报 is named by
  // what it reports, `统计公报`: `大公报` is a paper.)
  if (/(?:报告|讲话|决议|意见|通知|纲要|条例|[\u4e00-\u9fff]{2}公报)》?$/.test(simple)) return null;
  return v.length >= 2 && v.length <= 40 ? v : null;
}

/** Whether a header line's 来源 label says the origin is unknown (`来源：网络`). */
export function unknownOrigin(line: string): boolean {
  const m = SOURCE_LINE.exec(line);
  return !!m && UNKNOWN.test(simplifiedHan(sourceValue(m[1]!)));
}

/** `来源：<img alt="新华网" src="/sources/xinhua.png">`: a portal that prints the source as the outlet's
 * logo names it in the image's alt text, which becomes the line's text. */
export function sourceLogos(doc: Doc): void {
  for (const img of [...doc.querySelectorAll('img[alt]')]) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const up = img.parentElement;
    const target = up?.tagName === 'A' && !textOf(up) ? up : img;
    let before = '';
    for (const n of target.parentElement?.childNodes ?? []) {
      if (n === target) break;
      before += n.textContent ?? '';
    }
    if (!/(?:来源|來源|稿源)\s*[:：]\s*$/.test(before) || !cleanSource(alt)) continue;
    const name = doc.createElement('span');
    name.textContent = alt;
    target.replaceWith(name);
  }
}

/** (An English line's `Source:` and days are read as `来源：` and `2026-03-12` first: english-info.ts.)
 * A two-character label spaced out to a four-character one's width (`来　　源：`, `作　　者：`), as info
 * lines set them: the label closed up, so `来源：` is read. A bilingual page's label carries its English
 * between the Chinese and the colon (`来源 Source：`, `发布时间 Date：`): the Chinese label is read. */
export function closeSpacedLabels(line: string): string {
  return englishInfo(line)
    .replace(/(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[\s\u3000]+([\u4e00-\u9fff])[\s\u3000]*(?=[:：])/g, '$1$2')
    .replace(/([\u4e00-\u9fff]{2,4})[\s\u3000]*[A-Za-z][A-Za-z ]{1,18}?[\s\u3000]*(?=[:：])/g, '$1');
}

/** A link the CMS cut to fit (`南岭县乡村振兴局（南岭县...`) whose title attribute holds the whole name it
 * begins: the whole name. */
export function expandTruncatedLinks(doc: Doc): void {
  for (const a of [...doc.querySelectorAll('a[title]')]) {
    const shown = textOf(a);
    const full = (a.getAttribute('title') ?? '').trim();
    const cut = /^(.{2,}?)\s*(?:\.{2,}|…+)$/.exec(shown)?.[1];
    if (cut && full.length > cut.length && full.startsWith(cut) && !a.children.length) a.textContent = full;
  }
}

/** The one element classed as the source (`source`, `ly`, `laiyuan`) that holds an office's name alone
 * (澳門's `<div class="source">新聞局</div>` under the text): no label, but the class and an organ's
 * name say who issued the page. */
export function classedSource(doc: Doc): string | null {
  const names = new Set<string>();
  for (const el of [...doc.querySelectorAll('[class]')]) {
    if (el.children.length || !/(?:^|\s)(?:source|ly|laiyuan)(?:\s|$)/i.test(el.className)) continue;
    const t = textOf(el);
    if (/^[\u4e00-\u9fff]{2,20}$/.test(t) && ISSUER.test(t)) names.add(t);
  }
  return names.size === 1 ? [...names][0]! : null;
}
