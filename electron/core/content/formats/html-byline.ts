// The publisher named without a label in the line under a headline. Self-media platforms print
// `<span>原创</span> <span>南方都市报</span> <span>2019-09-09 16:01:46</span>`: no 来源：, just the
// account that published the piece beside its date. Read only in that exact shape (separate short
// items, one of them a date, one a name that is not a person's), so a prose line or an author's
// byline never becomes the source. And the one person a header's 作者 label names.
import { isPersonName } from '../../knowledge/person-name.js';
import { idClass, textOf, type El } from './html-dom.js';
import { selfMedia } from './html-source.js';
import { ISSUER } from '../title-patterns.js';

/** The day (a mobile page's `05-06 10:20` gives the month and day with the time only). */
const DATE_ITEM =
  /^(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2})$/;
const MARKER = /^(?:原创|独家|转载|首发|置顶|头条|推荐)$/;
/** The page's buttons beside the date (`举报`, `分享`, `打印本页`, `关闭窗口`, `大字版`) are no publisher. */
const ACTION =
  /^\+?(?:举报|分享|收藏|评论|关注|打印|纠错|我要纠错|投诉|点赞|转发|关闭|返回顶部|返回列表|返回首页|大字版|无障碍|繁体|简体|繁體)(?:本页|本文|此文|文章|窗口|到)?$/;
/** A credit beside the date (`本报记者 张三`, `记者 王某`, `责任编辑 李四`, `作者：张三`) names a person, not
 * the publisher. */
const CREDIT =
  /^(?:本报|本台|本刊|本网|本站|特约)|^(?:记者|作者|编辑|责编|责任编辑|通讯员|摄影|撰稿|校对|审核|审校|编审|主编|文|图)(?:[\s\u3000/／:：]|$)/;
const SEPARATOR = /^[·•・|｜/／—-]$/;
const DAY_LABEL = /^[\u4e00-\u9fff]{0,6}(?:时间|日期)$/;
/** A view or like counter beside the date (`阅读 123`, `浏览 1.2万`, `2,345 阅读`) is no publisher. */
const COUNTER =
  /^(?:阅读|浏览|点击|播放|评论|点赞|在看)(?:量|数|次数)?\s*[:：]?\s*[\d,.]+\s*(?:万|w|W|k|K)?\+?$|^[\d,.]+\s*(?:万|w|W|k|K)?\+?\s*(?:人|次)?(?:阅读|浏览|点击|播放|评论|点赞|在看)$/;
/** Where the account posted from, which platforms print beside the date (`湖南`, `发布于北京`,
 * `IP属地：浙江`): a province-level region, never a publisher. */
const PLACE =
  /^(?:发布于|发表于|IP属地\s*[:：]?\s*|来自)?\s*(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$/;
/** A piece of the date set in items of its own (`发布时间：03-15` beside `10:21`, `3月12日 20:10`, `昨天`, `3小时前`). */
const DATE_PIECE =
  /^(?:(?:发布时间|发布日期|发布于|时间|日期)\s*[:：]?\s*)?(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?|昨天|今天|前天|刚刚|\d{1,2}(?:分钟|小时|天)前)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
// (A 政务 account is a place and its sector: `云溪交通`, `南岭教育`, `临江文旅`, `桐溪应急`; no one's name.)
const OUTLET_END =
  /(?:发布|融媒|日报|晚报|新闻|组工|党建|在线|之声|头条|政务|宣传|网|观察|视点|时评|之窗|资讯|微讯|快报|客户端|频道|交通|教育|文旅|公安|应急|税务|卫健|检察|法院|司法|人社|民政|生态环境|水利|市场监管|团委|妇联|工会|纪检|清风)$/;
const SOURCE_CLASS = /source|media|laiyuan|publisher/i;
/** An item classed as the IP location (`bjh-ip`, `ip-location`, `ipLoc`) names the place posted from, whatever
 * the place (a city, which PLACE does not list). */
const IP_CLASS = /(?:^|[\s_-])ip(?:$|[\s_-]|Loc|loc|[A-Z])/;
const placeItem = (el: El) => PLACE.test(textOf(el)) || IP_CLASS.test(idClass(el));
/** An item classed as the writer's (`<span class="author">周某</span>`) names a person. */
const PERSON_CLASS = /author|writer|editor|reporter/i;
const NAME = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·・ ]{1,19}$/;
/** A site and the paper or channel it carries, joined by a dash (`人民网－人民日报`, `人民网－理论频道`). */
const JOINED_OUTLET = /^[\u4e00-\u9fff]{2,8}[－-][\u4e00-\u9fff]{2,10}$/;

/** `start`: where the header begins when the page prints no headline (an app's share page titled
 * only by og:title): its body's first block. */
export function unlabelledPublisher(titleEl: El | null, start: El | null = null): string | null {
  // The headline may be alone in its wrapper (百家号's `<div class="article-title"><h2>…</h2></div>`):
  // the header line follows the wrapper.
  let head = titleEl;
  for (let i = 0; head && !head.nextElementSibling && i < 2; i++) head = head.parentElement;
  let block = head?.nextElementSibling ?? start;
  while (block && !textOf(block)) block = block.nextElementSibling;
  const found = block ? publisherIn(block) : null;
  // Some portals set the line over the headline (澳門's `新聞 <time>… 新聞局` above the `<h2>`).
  const above = head?.previousElementSibling;
  return found ?? (above ? publisherIn(above) : null);
}

function publisherIn(block: El): string | null {
  // The line may sit inside the header's wrappers (新浪's top bar: `div.top-bar-wrap > … >
  // div.date-source`, beside its tool links): the first element under the headline in that shape,
  // before the text begins (a related list's `<li><a>标题</a><span>日期</span></li>` is no header).
  for (const line of [block, ...Array.from(block.querySelectorAll('*'))].slice(0, 40)) {
    if (/[。！？]/.test(ownText(line))) break;
    if (line.closest('li,ul,ol')) continue;
    const name = publisherLine(line);
    if (name !== null) return name;
  }
  return null;
}

const ownText = (el: El) => {
  let t = '';
  for (const n of el.childNodes) if (n.nodeType === 3) t += n.nodeValue ?? '';
  return t;
};

/** An item that wraps just the account's link, however deep (今日头条's `<span class="name"><a>新华社</a></span>`,
 * 凤凰's `<span itemprop="publisher"><span itemprop="name"><a>新华网</a></span></span>`). */
function linkOrLeaf(item: El): boolean {
  let el = item;
  let link = false;
  // 澎湃's `<div class="ant-space-item"><a><div class="index_author">账号</div></a></div>`: through the link.
  while (el.children.length === 1) {
    link ||= el.tagName === 'A';
    el = el.children[0]!;
  }
  // 百家号's `<div class="authorTxt"><p class="authorName">账号</p></div>`: a wrapper of the one leaf the class
  // names as the account's.
  const named = PERSON_CLASS.test(idClass(el)) || SOURCE_CLASS.test(idClass(el));
  return el.children.length === 0 && (el === item || link || el.tagName === 'A' || named);
}

function publisherLine(line: El): string | null {
  // The date may be the line's own text before the publisher's element (新浪's older
  // `<span id="navtimeSource">2017年03月27日09:03 <span><span><a>新华网</a></span></span></span>`).
  const own = ownText(line)
    .split(/\s+/)
    .filter((t) => t && !SEPARATOR.test(t))
    .join(' ');
  const dated = DATE_ITEM.test(own);
  if (own && !dated) return null;
  const count = line.children.length + (dated ? 1 : 0);
  // (今日头条 sets five items: `原创`, the day, the account, a dot and the province.)
  const alone = count === 1 && line.children.length === 1 && SOURCE_CLASS.test(idClass(line.children[0]!));
  if ((count < 2 && !alone) || line.children.length > 5 || textOf(line).length > 60) return null;
  let date = dated;
  // The channel beside a name (`青岚发布　澎湃号·政务`) says the name is the account's, as a day would.
  let channel = false;
  const names: string[] = [];
  const marked: string[] = [];
  for (const item of line.children) {
    // 凤凰网's `<span class="source">来自<a>临江日报</a></span>`: the word before the name is no part of it.
    // (学习强国's resource cell names the platform before the outlet: `学习强国 · 人民日报`.)
    const t = textOf(item).replace(/^(?:来自|学习强国\s*[·・])\s*(?=[\u4e00-\u9fff]{2})/, '');
    if (!t) continue;
    // The date set apart in a block of its own under the account's name (百家号: `<a>账号</a>
    // <div><span>2024-01-09 10:21</span><span>湖南</span></div>`).
    if (!linkOrLeaf(item)) {
      if (!datePieces(item)) return null;
      date = true;
      continue;
    }
    if (MARKER.test(t) || SEPARATOR.test(t) || ACTION.test(t) || COUNTER.test(t) || CREDIT.test(t) || placeItem(item))
      continue;
    // A form's label cell of the day beside it (党建云's `<td>会议时间</td><td>2025-03-28 14:30</td>`) is no name.
    if (DAY_LABEL.test(t)) continue;
    // The platform's channel the account posted in (`来源：澎湃新闻·澎湃号·政务`), alone or after the day.
    const pieces = t.split(/\s+/).filter(Boolean);
    if (pieces.some(selfMedia) && pieces.every((p) => selfMedia(p) || DATE_PIECE.test(p))) {
      date ||= pieces.some((p) => DATE_PIECE.test(p));
      channel = true;
      continue;
    }
    // Platforms class the account's name as the author's (百家号's `authorName`, `author-name`):
    // only a person's name there is a writer.
    if (PERSON_CLASS.test(idClass(item)) && !SOURCE_CLASS.test(idClass(item)) && personal(t)) continue;
    // (A piece of the day alone stands for it too, as in a block of its own: `<span>2天前</span>`.)
    if (DATE_ITEM.test(t) || DATE_PIECE.test(t)) date = true;
    else if ((NAME.test(t) || JOINED_OUTLET.test(t)) && !/[:：]/.test(t)) {
      names.push(t);
      if (SOURCE_CLASS.test(idClass(item))) marked.push(t);
    } else return null;
  }
  // Beside a channel name (腾讯's `<span class="a_catalog">国内</span>`), the item whose class
  // says source is the publisher.
  // Beside a channel name (澳門's `新聞 <time>… 新聞局`), the one organ's name (an office's word ends
  // it, so it is no person's, whatever its first character).
  const organs = names.filter((n) => ISSUER.test(n));
  if (!marked.length && names.length > 1 && organs.length === 1 && date) return organs[0]!;
  // An outlet's name beside a person's, unlabelled (`人民日报客户端南岭频道　刘某某　2026-03-11 10:05`): the
  // person wrote it, the outlet published it.
  const outlets = names.filter((n) => OUTLET_END.test(n));
  if (
    !marked.length &&
    names.length === 2 &&
    date &&
    outlets.length === 1 &&
    names.some((n) => isPersonName(n) && !OUTLET_END.test(n))
  )
    return outlets[0]!;
  const name = marked.length === 1 ? marked[0]! : names.length === 1 ? names[0]! : null;
  // An item classed as the source alone in its block (新浪's `div.date-source > a.source` when a
  // script prints the day elsewhere) needs no day beside it.
  if (!(date || channel || (alone && marked.length === 1)) || !name) return null;
  // A person's name there is the author, not the publisher; an outlet's word ends an account's
  // name whose place the segmenter does not know (`云溪融媒`, `某某发布`).
  return personal(name) ? null : name;
}

const personal = (name: string) => isPersonName(name) && !OUTLET_END.test(name);

/** A block of leaves that are only the date's pieces and the place posted from, or the platform's
 * channel the account posted in (`来源：澎湃新闻·澎湃号·政务`). */
function datePieces(block: El): boolean {
  const leaves = Array.from(block.querySelectorAll('*')).filter((e) => !e.children.length && textOf(e));
  if (!leaves.length || leaves.length > 4 || ownText(block).trim()) return false;
  return (
    leaves.some((e) => DATE_PIECE.test(textOf(e))) &&
    leaves.every((e) => DATE_PIECE.test(textOf(e)) || placeItem(e) || selfMedia(textOf(e)))
  );
}

const AUTHOR = /(?:^|[\s|｜])作者\s*[:：]\s*([^|｜\n]{1,30})/;

/** The one person a header's `作者：` label names (求是 prints `作者：习近平` over his articles): the
 * author whose words the page holds. A collective (`求是编辑部`, `本报评论员`), a reporter line
 * (`本报记者 张三`) or several names give none. */
export function labelledAuthor(lines: string[]): string | null {
  for (const line of lines) {
    const m = AUTHOR.exec(line);
    if (!m) continue;
    // The next label on the same line ends the value (`作者：习近平 来源：《求是》2024/01`).
    const value = m[1]!
      .replace(
        /\s*(?:(?:来源|發布|发布|发布时间|时间|日期|编辑|责编|浏览|字号)\s*[:：]|【|(?:19|20)\d\d[-年/.]).*$/,
        '',
      )
      // The author's post in brackets: `王某某（中央党校教授）`.
      .replace(/\s*[（(][^（）()]{2,40}[）)]$/, '')
      .trim();
    const name = value.replace(/[\s\u3000]+/g, '');
    // `李　强` is one name set with a space; `张三 李四` are two.
    if (/[\s\u3000]/.test(value) && value.replace(/[\s\u3000]+/g, '').length > 3) return null;
    return isPersonName(name) ? name : null;
  }
  return null;
}
