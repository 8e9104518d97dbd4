// Lines of web-page chrome that extractors leave inside an article: editor and byline lines, share
// and print bars, pagers, view counters, copyright lines, info lines (date + 来源), WeChat footers.
// Each rule names the reason shown in the import report.
import { foldHan } from '../../text/normalize.js';

/** Headings of the related-news, ranking and comment blocks that follow an article (`相关阅读：` with its colon
 * too, as editors type it inside the text's block over the links). */
export const RELATED_HEADING =
  /^(?:相关新闻|相关阅读|相关报道|相关文章|相关推荐|相关链接|相关稿件|延伸阅读|热点推荐|热门推荐|精彩推荐|今日推荐|更多新闻|推荐阅读|猜你喜欢|往期回顾|往期推荐|往期报道|往期文章|热点排行|点击排行|阅读排行|热门排行|新闻排行|热门文章|最新文章|精彩图集|网友评论|热门评论|我要评论|发表评论|最新评论|全部评论|为你推荐|为您推荐|编辑推荐|推荐文章|热门新闻|热点新闻|今日热点)(?:\s*[（(]?\d+[)）]?\s*条?)?[:：]?$/;

/** `当前位置：首页 > 要闻 > 正文` and its variants. */
export const LOCATION =
  /^(?:当前位置|您当前的位置|您的位置|您所在的位置|您现在的位置|现在位置|所在位置|当前所在位置)\s*[:：]?/;

/** A WeChat article's prompts to follow the account or tap 在看 (`点击上方蓝字关注我们`, `扫码关注我们`,
 * `关注某某发布，获取权威信息`, `觉得内容不错，请点个“在看”吧`): short lines only. */
export const FOLLOW_PROMPT =
  /^(?!.{41}).*(?:(?:点击|点)(?:上方|下方|标题下|蓝字)[^，。！？]{0,12}关注|扫码关注|长按(?:识别)?二维码|^关注[^，。！？\s]{2,12}[，,]\s*获取|(?:点个?|点一下)[^，。！？]{0,8}在看|一键三连)/;

/** One button of a page's tool bar, in 【】 or []: the font-size switch or a print, close, keep, report
 * button; a bar is one or more of them and nothing else (`【字体：大 中 小】　【打印】`), on a page or pasted. */
export const TOOL =
  '[【\\[]\\s*(?:字[号號体體]\\s*[:：]?\\s*(?:[大中小]\\s*){2,3}|(?:打印|关闭|關閉|收藏|纠错|我要纠错)(?:本页|此页|本文|文章|窗口)?)\\s*[】\\]]';
export const TOOL_BAR = new RegExp(`^(?:\\s*${TOOL})+\\s*$`);

/** `（转自《光明日报》）`, `转载自《学习时报》`: a repost note naming the outlet in title marks (group 1). The one
 * pattern for it: a chrome line here, the page's source in html-source.ts (repostOutlet). */
export const REPOST_OUTLET = /^[（(]?\s*(?:转自|转载自)\s*[:：]?\s*《([^《》]{2,20})》\s*[)）]?$/;

/** A site's copyright or repost statement, headed (`【版权声明】凡注明……`, `免责声明：本网转载……`) or not
 * (`凡注明“来源：某某网”的作品……`, a line holding `转载目的在于传递更多信息`), and a bare `转载请注明出处`.
 * Such statements run long, so chromeReason reads them past its length cut. A bare `声明：` is left
 * alone: an organ's own 声明 is a text. */
export const STATEMENT =
  /^(?:[【[]\s*(?:版权|免责|转载)声明\s*[】\]]|(?:版权|免责|转载)声明\s*[:：])|^凡(?:本网|本站|本报|本刊)?(?:注明|标明|标注)[^。！？]{0,6}(?:来源|出处)|转载目的在于传递更多信息|仅提供信息(?:发布|存储)(?:平台|空间|服务)|only provides information storage services|^[（(]?\s*(?:如需转载[，,]?\s*)?(?:转载)?请注明(?:出处|来源)[^。！？]{0,20}。?\s*[)）]?$/;

/** A photo's credit on a line of its own: `摄影：某某`, `图片来源：某某融媒体中心`, `（图片由某某局提供）`,
 * `（新华社记者 李某 摄）`, `（记者 李某/摄）`. A caption that tells what the picture shows is a sentence and stays. */
export const PHOTO_CREDIT =
  /^[（(【[]?\s*(?:(?:摄影|摄像|图片来源|图片提供|图片作者|供图|配图|题图)\s*[:：]\s*[^，。！？:：（）()]{2,30}|图片?由[^，。！？（）()]{2,24}提供|[^，。！？（）()]{2,30}(?:[\s\u3000]|[/／])摄)\s*[)）】\]]?$/;

/** Furniture of pages and WeChat articles that a copy keeps on lines of its own, in every format:
 * the end mark (`— END —`, `- THE END -`), the reader bar (`阅读 1024`, `分享`, `收藏`, `在看 12`),
 * credits set with bars (`文丨某某　图丨某某`, `编辑 | 某某`), a 举报 line of a discipline site's
 * footer, a 政府网站's `扫一扫在手机打开当前页`, a 公文's contact note (`（联系人：某某，电话：…）`). */
/** A periodical's name with its issue at the head of a page, furniture even on a one-page file or in copied text:
 * `南岭市人民政府公报　　2023年第6期`, `2023年第6期（总第123期）　某某政报`. */
const PERIODICAL = '[\\u4e00-\\u9fff（）()]{2,30}(?:公报|政报|简报|通讯|动态|专报)';
const ISSUE_NO = '(?:(?:19|20)\\d\\d年)?第\\s*\\d{1,4}\\s*期(?:[（(]总第\\s*\\d{1,5}\\s*期[)）])?';
export const PERIODICAL_EDGE = new RegExp(`^(?:${PERIODICAL}\\s*${ISSUE_NO}|${ISSUE_NO}\\s*${PERIODICAL})$`);

export const FURNITURE_RULES: { reason: string; re: RegExp }[] = [
  // A breadcrumb copied under its label (`当前位置：首页 > 信息公开 > 工作动态`): a crumb's `>` must follow.
  {
    reason: '位置导航',
    re: new RegExp(`${LOCATION.source}\\s*[^。！？，；]{0,40}(?:[>＞»›→]|&gt;)[^。！？，；]{0,60}$`),
  },
  { reason: '结束标记', re: /^[-—–─_=~·•\s]*(?:THE\s*)?END[-—–─_=~·•\s]*$/i },
  // A slide deck's closing page (`谢谢聆听！`, `感谢观看`): said to no one in the text (a speech's `谢谢大家！` stays).
  {
    reason: '结束标记',
    re: /^(?:(?:谢谢|感谢)(?:您的)?(?:聆听|观看|收看)|THANKS?(?:\s+FOR\s+(?:LISTENING|WATCHING))?|THANK\s+YOU)[！!。.]*$/i,
  },
  // A phone scanner app's mark at a scanned page's foot (`扫描全能王 创建`).
  { reason: '扫描水印', re: /^(?:由\s*)?(?:扫描全能王|全能扫描王|夸克扫描王|CamScanner)\s*(?:扫描)?(?:创建|生成)?$/i },
  { reason: '分享与关注', re: /^(?:(?:分享|收藏|点赞|在看|赞|转发|写留言|留言|阅读)\s*(?:\d+(?:\.\d+)?万?\+?)?\s*)+$/ },
  {
    reason: '编辑署名',
    re: /^(?:(?:文|图|文字|图片|摄影|视频|编辑|责编|审核|初审|复审|终审|校对|监制|作者)\s*[丨|｜]\s*[^丨|｜\s]{2,20}[\s\u3000]*)+$/,
  },
  { reason: '网站页脚', re: /^举报(?:\s*[/／]\s*反馈$|(?:电话|网址|邮箱|平台|受理)\s*[:：])/ },
  // A portal's link back under a repost (`返回搜狐，查看更多`).
  { reason: '查看更多', re: /^返回[\u4e00-\u9fff]{1,6}[，,]\s*查看更多$/ },
  { reason: '分享与关注', re: /^扫一扫在手机上?打开/ },
  // A QR box's caption copied with the text (`扫一扫，用手机看新闻！`, `扫一扫，分享到微信`, `用微信扫描还可以分享至
  // 好友和朋友圈`): short lines only.
  {
    reason: '分享与关注',
    re: /^(?:(?:微信|手机)?扫一扫[，,\s]*(?:用手机|在手机上?|分享到|分享至)[^。]{0,12}|用?微信扫描(?:二维码)?[^。！？]{0,6}(?:分享|发送)[^。！？]{0,12})[！!]?$/,
  },
  // A site's footer naming the organ that runs it (`某某县人民政府办公室主办`), alone or before its 承办/技术支持.
  {
    reason: '网站页脚',
    re: /^(?!由)(?!.*[。！？，])[\u4e00-\u9fff（）()]{2,30}(?:办公室|政府|委员会|委|局|厅|部|中心|报社|网|站)[\s\u3000]*主办(?:[\s\u3000].{0,60})?$/,
  },
  // The prompts a WeChat article's page ends on, copied with its text (`微信扫一扫`, `关注该公众号`,
  // `继续滑动看下一个`, `轻触阅读原文`, `向上滑动看下一个`, `知道了`): whole lines only.
  {
    reason: '分享与关注',
    re: /^(?:微信扫一扫(?:关注该公众号)?|关注该公众号|可在“公众号”里搜索|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|预览时标签不可点|使用小程序|知道了)$/,
  },
  // 人民网's font-size button and share prompt, copied with the text on lines of their own.
  { reason: '字号切换', re: /^(?:[大中小]\s*字号\s*)+$/ },
  { reason: '分享与关注', re: /^分享让更多人看到$/ },
  // A WeChat article's topic tags (`#党建引领 #乡村振兴`): tags only.
  { reason: '标签', re: /^(?:[#＃][^#＃\s]{1,20}[\s\u3000]*){1,8}$/ },
  // An app's call to open it (`打开“学习强国”APP，查看更多精彩内容`, `下载某某客户端，阅读全文`, `打开APP`),
  // and the app's name alone on a share page's banner (`南岭日报客户端`).
  {
    reason: '分享与关注',
    re: /^(?:打开|下载|前往)\s*[“"「]?[\u4e00-\u9fffA-Za-z]{0,12}[”"」]?\s*(?:APP|App|app|客户端)(?:\s*[，,]?\s*(?:查看|阅读|获取|看)[^。！？]{0,12})?$|^[\u4e00-\u9fff]{2,12}(?:APP|客户端)$/,
  },
  // A platform's or site's disclaimer (`声明：本文为……仅代表作者观点，不代表……`).
  {
    reason: '转载声明',
    re: /^(?:特别声明|免责声明|版权声明|声明)\s*[:：].{0,120}(?:仅代表作者|不代表本|仅提供信息|版权归原作者|联系删除)/,
  },
  { reason: '转载声明', re: STATEMENT },
  // An app's or paper's own mark closing its piece (`本文为人民日报新媒体原创作品，未经授权不得转载`).
  {
    reason: '转载声明',
    re: /^本(?:文|稿|作品)(?:为|系)[^。！？，]{0,20}原创(?:作品|稿件|内容|文章)(?:[，,]\s*未经[^。！？]{0,8}(?:不得|禁止|严禁)[^。！？]{0,6}转载[^。！？]{0,10})?。?$/,
  },
  // A view counter on a line of its own (`浏览量：3.2万`, `阅读量：1,024`).
  {
    reason: '浏览计数',
    re: /^(?:浏览量|阅读量|点击量|播放量|浏览次数|阅读次数|点击数)\s*[:：]?\s*[\d.,]+\s*[万亿]?\+?$/,
  },
  { reason: '图片署名', re: PHOTO_CREDIT },
  // An editor's note on how a speech's text was made (`（根据录音整理，未经本人审阅）`, `（有删节）`), wherever it
  // stands: under the title (see header.ts) or closing the text. Not a line with the day in it
  // (`（2024年3月18日，根据录音整理）`), which the header reads for the speech's date.
  {
    reason: '编者注',
    re: /^[（(](?![^（）()]*年)[^（）()]{0,20}(?:录音整理|未经本人审阅|未经本人审定|有删节|有删减)[^（）()]{0,20}[)）]$/,
  },
  { reason: '刊头', re: PERIODICAL_EDGE },
  // A 公文's note over a 落款 left alone on its last page (GB/T 9704 7.3.5.1).
  { reason: '公文附注', re: /^[（(]\s*此页无正文\s*[)）]$/ },
  // Bracketed, as GB/T 9704 sets a 附注: an unbracketed `联系人：…` may be a notice's own item.
  { reason: '公文附注', re: /^[（(]\s*联系人\s*[:：][^。！？（）()]{1,80}[)）]$/ },
];

/** A press release's closing time (`香港時間18時30分`, read in simplified form). */
const RELEASE_TIME = /^(?:香港|澳门|北京)时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分$/;

/** A press release's closing date with its weekday (`2023年6月5日（星期一）`, as 香港政府新闻公报
 * ends): the day it went out, page chrome when it closes the text. Only at the end: a dated line
 * with a weekday further up may head a diary or a schedule. */
export const RELEASE_DATE =
  /^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?$/;

/** A reporter's credit on a line of its own, maybe with the outlet: `记者 王某`, `本报记者 王某`,
 * `澎湃新闻记者 周某某`, `新华社记者 张三 李四`, `通讯员：陈某`. */
export const REPORTER_LINE = /^(?:[\u4e00-\u9fff]{0,12}?(?:记者|通讯员)|作者)[:：\s][^，。！？]{1,30}$/;
/** A repost's note of where it came from, on a line of its own: `（本文来自澎湃新闻，更多原创资讯请下载
 * “澎湃新闻”APP）`, `本文转自某某公众号`. */
export const REPOST_NOTE = /^[（(]?\s*本文(?:来自|转自|转载自|来源于|原载于?)[^（）()]{2,60}[)）]?$/;

/** A 政府信息公开 info block's labels, as its cells print them. */
const INFO_CELL = '(?:索引号|文号|发文字号|主题分类|发布机构|发文机关|成文日期|发布日期|生成日期|有效性|公开方式)';

export const CHROME_RULES: { reason: string; re: RegExp }[] = [
  { reason: '分享与关注', re: FOLLOW_PROMPT },
  ...FURNITURE_RULES,
  { reason: '发稿时间', re: RELEASE_TIME },
  // The end mark of a news release or a wire story on a line of its own: `完`, `（完）`.
  { reason: '结束标记', re: /^[（(【[]?\s*完\s*[)）】\]]?$/ },
  // WeChat's repost card and reader prompts: `以下文章来源于某某 ，作者某某`, `在小说阅读器中沉浸阅读`.
  { reason: '来源信息', re: /^以下文章来源于/ },
  { reason: '分享与关注', re: /^(?:在小说阅读器中?(?:沉浸阅读|读本章)|去阅读)$/ },
  {
    reason: '编辑署名',
    re: /^[【[(（]?\s*(?:责任编辑|责编|编辑|编审|审核|审校|校对|监制|主编|值班编辑|美编|终审|初审|复审|采写|撰文|签发)\s*[:：]/,
  },
  // The editor's credit in brackets with a space for the colon (央视网's `（编辑 王某）` closing the text): names only.
  {
    reason: '编辑署名',
    re: /^[(（]\s*(?:责任编辑|责编|编辑)[\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})*\s*[)）]$/,
  },
  // The site's or a unit's name with the editor's credit after it (`临江新闻网　责编：某某`): no sentence, the
  // credit closes it.
  {
    reason: '编辑署名',
    re: /^[\u4e00-\u9fffA-Za-z]{2,20}[\s\u3000]*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fff·]{2,5}$/,
  },
  // An English page's editor credit (`(Web editor: Zhang Wei, Liang Jun)`, `Editor: Li Na`): names only.
  { reason: '编辑署名', re: /^[(（]?\s*(?:Web\s+|Chief\s+)?[Ee]ditors?\s*:\s*[A-Z][A-Za-z'’. ,-]{1,60}[)）]?$/ },
  // A credit for the words and pictures on a line of its own: `图文：县委组织部`, `文：王某`, `图片：李某`.
  { reason: '编辑署名', re: /^(?:图文|文图|文字|图片|文|图)\s*[:：]\s*[^，。！？：:]{2,30}$/ },
  // Production credits: `音乐制作：作词：某某`, `视频制作：某工作室`, `海报设计：某某`.
  { reason: '编辑署名', re: /^(?:音乐|视频|图片|海报|动画|美术|图文)?(?:制作|策划|监制|统筹|设计)\s*[:：]/ },
  { reason: '记者署名', re: REPORTER_LINE },
  { reason: '转载声明', re: REPOST_NOTE },
  { reason: '纠错按钮', re: /^[【[]?(?:我要)?纠错[】\]]?/ },
  {
    reason: '分享与关注',
    // (`扫描二维码分享到微信`, `手机扫码阅读`: a QR box's caption.)
    re: /^(?:分享到|分享[:：]?$|分享让更多人看到|扫一扫|微信扫一扫|关注该公众号|预览时标签不可点|阅读原文|喜欢此内容的人还喜欢|在看|点赞|原创)|^目前\s*\d+\+?\s*人已?关注|^(?:用?手机|微信)?扫(?:描|一扫)?二?维?码[^，。！？]{0,4}(?:分享|阅读|浏览|打开)[^，。！？]{0,10}$/,
  },
  {
    reason: '打印与关闭',
    re: /^(?:[【[]?\s*(?:(?:打印|关闭)(?:本页|此页|此文|本文|文章|正文|页面|窗口)?|收藏|返回顶部)\s*[】\]]?\s*)+$/,
  },
  // `小字号` alone: 人民网's font-size button beside the date line.
  { reason: '字号切换', re: /字体[:：]\s*大\s*中\s*小|浏览字号|^字号\s*[:：]|【\s*字体|^(?:[大中小]\s*字号\s*)+$/ },
  { reason: '原标题', re: /^[（(]?\s*原标题\s*[:：]/ },
  { reason: '上下篇链接', re: /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/ },
  // A counter's label before its number or colon (`浏览次数：326`, `点击数：`), in a line that is no sentence:
  // `累计访问量超过5万人次。` reports a figure.
  { reason: '浏览计数', re: /^(?!.*[。！？]$).*(?:浏览次数|阅读量|点击数|访问量|阅读次数|浏览量)\s*(?:[:：]|\d|$)/ },
  { reason: '分页导航', re: /^(?:共\s*\d+\s*页|第\s*\d+\s*页|上一页|下一页|尾页|首页)(?:\s|$)|(?:^|\s)下一页(?:\s|$)/ },
  // A 数字报's edition switch (`第03版：县域经济 上一版 下一版`).
  { reason: '分页导航', re: /(?:^|\s)(?:上一版|下一版)(?:\s|$)/ },
  { reason: '版权信息', re: /copyright|版权所有|版權所有|icp备|icp证|公网安备|all rights reserved/i },
  {
    reason: '来源信息',
    re: /^(?:(?:本文)?来源于?|來源|稿源|信息来源|转自|转载自|供稿(?:单位)?|发布时间|发布日期|發布時間|发稿时间|录入时间|时间|日期|最后更新|更新时间|原文链接|原文地址|本文链接|文章链接)\s*[:：]|^(?:来源|來源)\s*[丨|｜]/,
  },
  // A video player's fallback text (`您的浏览器不支持播放视频`, `你的浏览器不支持 video 标签`).
  {
    reason: '播放器',
    re: /^(?:您的|你的)?浏览器(?:暂)?不支持[^。！？，]{0,16}(?:播放|视频|video|HTML5)[^。！？，]{0,12}$/i,
  },
  // 央视网's caption under its player (`视频简介：标题。`): one short line that repeats the headline.
  { reason: '播放器', re: /^视频简介\s*[:：][^。！？]{0,60}[。！？]?$/ },
  // A player or lazy block saved before it loaded (`视频加载中...`, `正在加载…`): its placeholder, alone.
  { reason: '播放器', re: /^(?:视频|音频|图片|内容|页面)?(?:正在)?加载中?\s*(?:[.。…·]+|，请稍候[.。…]*)?$/ },
  // A policy page's info block set as lines (`标　　题：…`, `发文机关：…　文　　号：…`, `成文时间：…`).
  {
    reason: '来源信息',
    re: /^(?:标[\s\u3000]*题|发文机关|发[\s\u3000]*文[\s\u3000]*字[\s\u3000]*号|文[\s\u3000]*号|索[\s\u3000]*引[\s\u3000]*号|主题分类|成文日期|成文时间|印发日期|发布机构)[\s\u3000]*[:：]/,
  },
  // The same block set as label and value cells without colons (`<th>索引号</th><td>431222000/2026-00188</td>`),
  // maybe under the text: an 索引号 is a code of digits and letters.
  { reason: '来源信息', re: /^索[\s\u3000]*引[\s\u3000]*号[\s\u3000]+[0-9A-Za-z][0-9A-Za-z/-]{5,}(?:[\s\u3000]|$)/ },
  // Any other row of that block (`文号 某府发〔2025〕12号 主题分类 文化`): two of its labels, each before its value.
  {
    reason: '来源信息',
    re: new RegExp(`^(?=(?:.*?(?:^|[\\s\\u3000])${INFO_CELL}[\\s\\u3000]+\\S){2})[^。！？]{4,120}$`),
  },
  // The source of a reposted text in brackets at its end: `（来源：共产党员网）`, `（转自：光明日报）`.
  {
    reason: '来源信息',
    re: /^[（(]\s*(?:(?:本文|文章|稿件|信息)?来源|稿源|转自|转载自)\s*[:：][^（）()]{2,40}[）)]$|^[（(]\s*(?:(?:本文|文章|稿件|信息)?来源|稿源)\s*《[^《》]{2,20}》[）)]$/,
  },
  { reason: '来源信息', re: REPOST_OUTLET },
  // Where a reposted text first appeared, in brackets at its end: `（原载《光明日报》2025年3月10日07版）`
  // (origin-note.ts reads its outlet and day from the removed line).
  {
    reason: '来源信息',
    re: /^[（(]\s*(?:原载|原刊|刊载于|刊于|载于|发表于)[:：于]?\s*《[^《》]{2,20}》[^（）()《》]{0,24}[）)]$/,
  },
  { reason: '标签', re: /^(?:标签|关键词|關鍵詞|关键字)\s*(?:[:：]|$)/ },
  { reason: '转载声明', re: /^(?:特别声明|免责声明|版权声明|转载声明|声明)\s*[:：]/ },
  { reason: '位置导航', re: LOCATION },
  { reason: '相关文章', re: RELATED_HEADING },
  { reason: '版面信息', re: /^《\s*[\u4e00-\u9fff]{2,8}\s*》\s*[（(].{4,24}版\s*[)）]$/ },
  {
    reason: '查看全文',
    re: /^阅读剩余全文|^(?:查看|展开)全文|^[▼▲↓►▶☞]*\s*点击查看|^点击(?:进入|阅读|这里|此处)[^。！？，]{0,30}$/,
  },
];

const DATE_IN = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}/;
const INFO_WORD = /来源|作者|编辑|浏览|阅读|参与互动|\||｜|发布/;

const CREDIT = /(?:供稿|摄影|摄像|编辑|责编|审核|审校|校对|撰稿|文字|图片|排版|初审|复审|终审)\s*[/／:：|｜]/g;

const SINGLE_CREDIT =
  /^(?:供稿|摄影|摄像|编辑|责编|审核|审校|校对|撰稿|文字|图片|排版|初审|复审|终审|统筹|稿件统筹|策划|监制|制作|美编|内容支持)\s*[/／]\s*[^，。！？/／]{1,40}$/;

/** Han characters in simplified form, punctuation as written: a traditional-script page's chrome
 * (`（責任編輯：陳某）`, `瀏覽次數：`) meets the same rules. */
export const simplifiedHan = foldHan;

/** The reason a line is page chrome, or null when it is article text. */
export function chromeReason(text: string): string | null {
  if (text.length > 400) return null; // a paragraph: no rule below takes a line this long
  const line = simplifiedHan(text);
  if (text.length > 120) return STATEMENT.test(line) ? '转载声明' : null;
  for (const r of CHROME_RULES) if (r.re.test(line)) return r.reason;
  // A credits line: `药剂科供稿 摄影/张艳 编辑/苏芳`, `文字：王某 图片：李某`.
  if (line.length < 60 && !/[。！？，]/.test(line) && (line.match(CREDIT)?.length ?? 0) >= 2) return '编辑署名';
  // One credit on a line of its own: `编辑/言卿`, `稿件统筹/唐文薇`.
  if (line.length <= 60 && SINGLE_CREDIT.test(line)) return '编辑署名';
  // An info line: a date plus 来源/作者/浏览… and no sentence.
  if (line.length < 90 && DATE_IN.test(line) && INFO_WORD.test(line) && !/[。！？]/.test(line)) return '来源信息';
  return null;
}
