// Whole lines cleanText drops as boilerplate, each with the reason it reports: download-site notices,
// site footers, tool bars, staff and reporter credits, print stamps, page numbers, a seal's blank.
import { FOLLOW_PROMPT, FURNITURE_RULES, REPOST_NOTE, TOOL, TOOL_BAR } from './formats/page-chrome.js';
import { DOC_TITLE_END } from './title-patterns.js';
import { PAGE_NUMBER_MARKED } from './formats/pdf-pages.js';

const STAFF =
  '(?:责任编辑|责编|编辑|记[\\s\\u3000]*录[\\s\\u3000]*人|编审|监制|校对|审核|审校|审签|一审|二审|三审|初审|复审|终审|图片|摄影|文字|文案|撰稿|美编|排版|版式设计|版式)\\s*[:：]\\s*' +
  '[\\u4e00-\\u9fff·]{2,12}(?:[\\s\\u3000、，,]+[\\u4e00-\\u9fff·]{2,12})*[\\s\\u3000]*';
const STAFF_LINE = new RegExp(`^[【[(（]?\\s*(?:${STAFF})+[】\\])）]?$`);
/** A reporter's line in copied text: the outlet, then names only (`澎湃新闻记者 周某某`, `本报记者　王某　李某`);
 * an interview's `记者：请介绍一下……` is no credit. */
const REPORTER_NAMES =
  /^[\u4e00-\u9fff]{0,12}?(?:记者|通讯员)[:：\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,4})*$/;

/** Whole lines that are boilerplate, with the reason reported. */
export const LINE_RULES: { reason: string; re: RegExp }[] = [
  { reason: '下载站信息', re: /^-?\s*\d{4}-\d{2}-\d{2}\s*发布\s*\|?\s*$/ },
  { reason: '下载站信息', re: /^-?\s*[\d.]+\s*[KMG]B\s*\|?\s*$/i },
  { reason: '下载站信息', re: /^-?\s*\d+\s*页\s*$/ },
  { reason: '下载站声明', re: /^(申明敬告|声明敬告)[:：]/ },
  { reason: '下载站信息', re: /^文档介绍\s*$/ },
  { reason: '分享提示', re: /^(点击分享此信息|點擊分享此信息|分享到)[:：]?/ },
  { reason: '网站页脚', re: /^(网站地图|網站地圖|联系我们|聯繫我們|關於我們|关于我们)(\s*\|.*)?$/ },
  { reason: '网站页脚', re: /^(主办单位|主辦單位|承办单位|承辦單位)[:：]/ },
  { reason: '备案号', re: /(ICP备|ICP備|备案号|備案號|公网安备|公網安備)/ },
  { reason: '网站页脚', re: /^(技术支持|技術支持)[:：]/ },
  { reason: '网站页脚', re: /^(适老化|適老化|无障碍|無障礙|返回顶部|返回頂部|打印本页|关闭窗口)\s*$/ },
  // A page's tool bar copied with its text: `【打印本页】【关闭窗口】`, `【字体：大 中 小】`.
  { reason: '打印与关闭', re: /^(?:[【[]\s*(?:打印本页|关闭窗口|打印|关闭|收藏|返回顶部)\s*[】\]]\s*){2,}$/ },
  { reason: '打印与关闭', re: TOOL_BAR },
  // 新华网's bar under its text, copied as one line: its buttons and the editor's credit, each in 【】
  // (`【纠错】【责任编辑：某某】`).
  { reason: '编辑署名', re: new RegExp(`^(?:\\s*(?:${TOOL}|[【[]\\s*(?:${STAFF})+[】\\]]))+$`) },
  {
    reason: '字号切换',
    re: /^[【[]\s*(?:字体|字號|字号|字體)\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小\s*[】\]]+$/,
  },
  { reason: '分享与关注', re: FOLLOW_PROMPT },
  { reason: '分享与关注', re: /^(?:在小说阅读器中?(?:沉浸阅读|读本章)|去阅读)$/ },
  // A page's breadcrumb copied without its 当前位置 label (`首页 > 廉政教育 > 廉政党课`, or opening on the
  // site's name: `人民网 >> 时政`): above the title, it would be taken for it.
  { reason: '位置导航', re: /^(?:网站)?首页\s*(?:[>＞»›→]+|&gt;)\s*[^。！？，；]{1,60}$/ },
  {
    reason: '位置导航',
    re: /^[\u4e00-\u9fffA-Za-z]{1,12}(?:网|网站|频道|客户端)(?:\s*(?:[>＞»›→]+|&gt;)\s*[^。！？，；>＞»›→]{1,16}){1,4}$/,
  },
  // A view counter left on a line of its own when the info line was split (`浏览次数：1386`).
  { reason: '浏览计数', re: /^(?:浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|访问量)\s*[:：]\s*\d+\s*次?$/ },
  { reason: '图片文件名', re: /^\S+\.(jpe?g|png|gif|webp|bmp)$/i },
  { reason: '版面转接', re: /^[(（](上接|下转|下轉|转第|轉第)[^)）]{1,10}[)）]$/ },
  // Short slogan lines only: the same words inside a sentence of the body are text, and so is a
  // document's title (`关于开展“光盘行动”……的倡议书`).
  {
    reason: '公益广告',
    re: new RegExp(
      `^(?!.{31})(?!.*${DOC_TITLE_END.source}).*(?:光盘行动|光盤行動|节能减排|節能減排|改变，更环保|改变,更环保|中宣部宣教局|^中国文明网$)`,
    ),
  },
  { reason: '字库注释', re: /^(字库未存字注释[:：]?|＠.{1,20})$/ },
  // (`更多>>` closes a 专题's related list: sites71.)
  { reason: '查看更多', re: /^(查看更多|查看全文|阅读全文|展开全文|阅读原文|更多\s*(?:>>|》|»|＞＞|\+)?)\s*$/ },
  // A page's pager pasted with its text (`上一篇：…`, `下一篇：…`): a linked title, no sentence.
  { reason: '上下篇链接', re: /^(?:上一篇|下一篇|上一条|下一条)\s*[:：][^。！？]{0,60}$/ },
  // A copied page's reporter line (`澎湃新闻记者 周某某`) and repost note (`（本文来自澎湃新闻，……APP）`).
  { reason: '记者署名', re: REPORTER_NAMES },
  { reason: '转载声明', re: REPOST_NOTE },
  // A note of who the author is (`（作者系某某县委党校副教授）`): about the writer, not the text, and
  // no byline of a speaker.
  { reason: '作者简介', re: /^[（(]\s*(?:本文)?作者(?:分别)?(?:系|为|是|简介|单位)[^（）()]{2,80}[)）]$/ },
  { reason: '作者简介', re: /^(?:本文)?作者(?:系|为)[^，。！？；]{2,60}。?$/ },
  { reason: '作者简介', re: /^作者(?:简介|单位)\s*[:：].{2,120}$/ },
  // A journal article's data lines (`收稿日期：2021-03-02`, `[收稿日期] …`, `中图分类号：D61　文献标识码：A`,
  // `[作者简介] …`): the journal's records, not text, and the received day is never the text's.
  {
    reason: '期刊信息',
    re: /^(?:[[【]\s*(?:收稿日期|修回日期|录用日期|基金项目|中图分类号|文献标识码|文章编号|作者简介)\s*[\]】]|(?:收稿日期|修回日期|录用日期|基金项目|中图分类号|文献标识码|文章编号)\s*[:：]).{0,150}$/,
  },
  // A line of staff credits only (`（编辑：张某　校对：李某）`, `一审：张某　二审：李某　三审：王某`).
  { reason: '编辑署名', re: STAFF_LINE },
  // What an OA system or a browser adds when printing: `打印日期：2025-03-09 10:21`, `打印人：张某`.
  { reason: '打印信息', re: /^(?:打印|导出|生成|下载)(?:日期|时间|人|者)\s*[:：][^。！？，]{1,60}$/ },
  // Page numbers of a printed document: `— 2 —` (公文), `- 2 -`, `第 2 页 共 5 页` (bare numbers
  // only at a PDF page's edge, see formats/pdf-pages.ts: elsewhere they are figures).
  { reason: '页码', re: PAGE_NUMBER_MARKED },
  // A site's clock in its top bar (`今天是：2025年7月15日　星期二`, `2025年7月15日 星期二 农历六月廿一`): the
  // reader's day, never the page's. A day alone under a title stays (it may be the document's).
  {
    reason: '网站日期',
    re: /^(?:(?:今天是|今天|今日是?|现在是)\s*[:：]?\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:[\s\u3000]*(?:星期|周)[一二三四五六日天])?|(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期|周)[一二三四五六日天][\s\u3000]*农历[\u4e00-\u9fff]{2,12})(?:[\s\u3000]+[^。！？，,]{0,24})?$/,
  },
  // A copyright line at a printed page's foot (`© 2024 某某党校　内部资料`): the year is the notice's,
  // never the document's, and the line is no text. Short and without a sentence's end only.
  { reason: '版权信息', re: /^(?:©|Ⓒ|\([cC]\)|（[cC]）|Copyright\b|版权所有)[^。！？]{0,60}$/ },
  // A shared link's line (`链接：https://www.xuexi.cn/…`, `原文链接：…`) at a pasted text's end: an address only.
  { reason: '链接', re: /^(?:原文|本文|文章|分享|来源)?链接\s*[:：]\s*https?:\/\/\S+$/i },
  // The seal's place in a 落款 (`（盖章）`, `（单位公章）`): a form's blank, never text.
  { reason: '盖章处', re: /^[（(]\s*(?:单位)?(?:盖章|公章|印章|签章|签字|签名)\s*[)）]$/ },
  ...FURNITURE_RULES,
];
