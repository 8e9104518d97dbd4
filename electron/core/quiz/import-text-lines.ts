// What one line of a numbered text bank is (import-text.ts): an item's number, an answer or an
// explanation mark, the item's own 题型 tag or score, page furniture.
import { PAPER_NAME } from './import-text-papers.js';

/** How an exam record names the candidate's own answer: 考生答案, 您的答案, 你的选择, 学员作答, 考生作答. */
export const CANDIDATE_NAME = '(?:(?:您的|我的|你的|考生|学员)(?:答案|选择|作答)|考生作答)';
/** Page furniture carried over from a printed or converted file; a browser's print header (2024/7/20 14:32
 * and the page's title) and footer (the address, 1/3) too. */
export const PAGE_MARK =
  /^(?:[-—–]\s*第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?\s*[-—–]|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页|[-—]\s*\d+\s*[-—]|\d{1,3}\s*[/／]\s*\d{1,3}|[·•]\s*\d{1,3}\s*[·•]|\d{2,4}[/-]\d{1,2}[/-]\d{1,2}\s+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:\s.*)?|https?:\/\/\S+(?:\s+\d{1,3}\s*[/／]\s*\d{1,3})?)$/;
export const ITEM =
  /^(?:第\s*(\d{1,4}|[一二三四五六七八九十]{1,3})\s*题\s*[:：.．、]?|(\d{1,4})\s*(?:[、．]|\.(?!\d)|\.(?=\d{4}年)|[)）](?=\s*\S))|[（(](\d{1,4})[)）]|[【[［]\s*(?:第\s*)?(\d{1,3})\s*(?:题\s*)?[】\]］](?=\s*\S)|([①-⑳])(?=\s*\S))\s*/;
export const ANSWER =
  /^(?:(?:正确|参考|标准)?选项答案\s*[:：]|正确选项\s*[:：]|答案(?=\s*[（(]\s*[A-H]{1,8}\s*[)）]$)|答案\s+(?=[A-H]{1,8}$)|答案[ 　]+(?=[^\sA-Za-z:：][^:：]{0,19}$)|[【[［]\s*(?:(?:正确|参考|标准)?答案(?:要点)?|(?:答题|参考)要点)\s*[】\]］]\s*[:：]?|(?:正确|参考|标准)?答案(?:要点)?\s*[:：]|(?:正确|参考|标准)?答案\s*[是为]\s*[:：]?|本题(?:正确|参考|标准)?答案\s*(?:[是为]\s*)?[:：]?|[【[［]\s*答\s*[】\]］]\s*[:：]?|(?:答题|参考)要点\s*[:：]|答\s*[:：])\s*/;
// 出题依据 (学习强国 每日答题), 出处 and 提示 (挑战答题 collections): where the item was set from or a hint,
// read as its 解析, never an option's continuation.
export const EXPLAIN =
  /^(?:【\s*(?:(?:答案|题目|试题)?(?:解析|分析|详解)|出题依据|(?:试题|题目)?出处|提示)\s*】\s*[:：]?|(?:(?:答案|题目|试题)?(?:解析|分析|详解)|出题依据|(?:试题|题目)?出处|提示)\s*[:：])\s*/;
/** What an exam system's export prints beside each key (答案：B　难度：易　分值：1, 知识点：… on a
 * line of its own): a field of the question bank, never part of the key, the stem or an option. */
const META_NAME =
  '(?:题目难度|试题难度|难易程度|难易度|难度系数|难度|分值|分数|所属章节|章节|知识点|考点|题目分类|试题分类)';
const META_FIELD = String.raw`(?:【\s*)?${META_NAME}\s*(?:】\s*[:：]?|[:：])`;
export const META_LINE = new RegExp(`^${META_FIELD}`);
/** One such field with its value, inside brackets: 难度：易, 分值：2分. */
const META_VALUE = String.raw`${META_NAME}\s*[:：]\s*[^，,、；;()（）【】\[\]]{1,10}`;
/** 二、简答题 (or 第一套) before 参考答案：1．…: a key heading naming its 题型 (or paper), never an item's text before its key. */
const TYPED_KEY_HEAD =
  '(?:[一二三四五六七八九十]+\\s*[、.．]\\s*)?(?:单项选择|单选|多项选择|多选|判断|填空|简答|问答|论述)题?的?';
/** An answer or explanation mark after other text on a line (…D.解放思想　正确答案：B【解析】…,
 * a contest's …是什么？答：…, …D．党管干部　答案（A） at the options line's end). */
export const MID_LINE_MARK = new RegExp(
  String.raw`(?<=\S)(?<!^[\s　]*\d{1,4}[\s　]*[.．、]?[\s　]*)(?<!^${TYPED_KEY_HEAD})(?<!^${PAPER_NAME}\s*的?)[\s　]*(?=【\s*(?:正确|参考|标准)?答案\s*】|【\s*(?:解析|分析|详解)\s*】|(?:正确|参考|标准)答案\s*[:：])|(?<=[\s　)）。？?])[\s　]*(?=答案\s*[:：]|解析\s*[:：]|答案\s*[（(]\s*[A-H]{1,8}\s*[)）]$)|(?<=[？?])[\s　]*(?=答\s*[:：])|(?<=\S)[\s　]*(?=【\s*${CANDIDATE_NAME}\s*】|【\s*(?:本题)?得分\s*】)|(?<=\S)[\s　]+(?=${CANDIDATE_NAME}\s*[:：]|(?:本题)?得分\s*[:：]|是否正确\s*[:：]\s*(?:正确|错误|是|否|对|错)$|回答(?:正确|错误)$|答[对错]了?$)|(?<=\S)[\s　]+(?=${META_FIELD})|(?<=\S)(?=【\s*${META_NAME}\s*】)`,
  'g',
);
/** What an exam system's record adds to each item: the candidate's own answer (您的答案：A, 考生答案：B)
 * and the score it earned (得分：2分). Never the key. */
export const RECORD_LINE =
  /^(?:(?:【\s*(?:本题)?得分\s*】\s*[:：]?|(?:本题)?得分\s*[:：])\s*\d{1,3}(?:\.\d)?\s*分?(?:\s*[/／]\s*\d{1,3}(?:\.\d)?\s*分?)?|是否正确\s*[:：]\s*(?:正确|错误|是|否|对|错)|回答(?:正确|错误)|答[对错]了?)$/;
/** The candidate's own answer in an exam system's record (考生答案：B, 【您的答案】A): never the key. An item
 * that has it and no key of its own is refused saying so (import-text-row.ts). */
export const CANDIDATE_LINE = new RegExp(`^(?:${CANDIDATE_NAME}\\s*[:：]|【\\s*${CANDIDATE_NAME}\\s*】)`);
/** What such a line becomes among the lines read (a private-use mark no file types). */
export const CANDIDATE = '\uE001';
/** The blank line that closes a case passage's items (import-text-material.ts): no item after it is the case's. */
export const PASSAGE_END = '\uE002';
/** What a printed paper or an app's export adds around items, never their text or key: the 得分 /
 * 评卷人 boxes over each section, and 学习强国's 出题单位： / 推荐： lines under each question. */
export const FURNITURE_LINE = /^(?:(?:得分|评卷人|阅卷人|核分人)[\s　]*)+$|^(?:出题单位|出题|推荐|推荐单位)\s*[:：]/;
/** An app's advertisement between items (下载APP, 关注公众号, 扫码, 开通VIP, 领取题库): a short line that is
 * no item, option or mark. Never an item's text: a wrapped stem or option does not sell anything. */
export const AD_LINE =
  /^(?![A-H]\s*[.．、:：)）]|\d|答案|解析|【)(?=.{0,40}$).*(?:(?:下载|安装|打开)[^，。]{0,12}(?:APP|App|app|客户端|小程序)|关注[^，。]{0,8}公众号|公众号[^，。]{0,8}(?:回复|领取|获取)|扫码|扫描[^，。]{0,4}二维码|(?:开通|充值|升级)[^，。]{0,4}(?:VIP|会员)|^广告\s*[:：]|(?:领取|获取|解锁)[^，。]{0,8}(?:题库|解析|答案)|刷题群|更多题库)/;
/** The heading of an exam paper's instructions (注意事项：), whose numbered lines are no items. */
export const NOTES_HEADING = /^(?:注意事项|考生须知|考试须知|答题须知|答题说明|试卷说明)\s*[:：]?$/;
/** A blank or a question mark: a question, not a key entry. */
export const QUESTION_LIKE = /（\s*）|\(\s*\)|_{2,}|＿{2,}|\[\s+\]|〔\s*〕|[？?]/;
/** A 选择 key written into the stem's brackets: （ B ）, ( ABD ), （ A.B.D ）, or after it, 【 B 】: the stem asks too. */
export const LETTERS_KEY = /[（(【]\s*([A-HＡ-Ｈ](?:\s*[、,，.．]?\s*[A-HＡ-Ｈ])*)\s*[)）】]/;
/** The item's own 题型 in front of its stem: （单选题）, [多选题], 【判断题】, （单选题，2分，难度：易）, and how
 * an exam system scores it: [填空题](系统评分). */
export const TYPE_TAG = new RegExp(
  String.raw`^[（(【[]\s*(单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题?(?:\s*[，,、]?\s*\d{1,2}(?:\.\d)?\s*分)?(?:\s*[，,、；;]\s*${META_VALUE})*\s*[)）】\]]\s*(?:[（(]\s*(?:系统|人工|自动)评分\s*[)）]\s*)?`,
);
/** 题型：单选题 on a line of its own under the stem, as an exam system exports it: the item's 题型. */
export const TYPE_LINE = /^题\s*型\s*[:：]\s*(单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题?$/;
/** The fields an exam system prints in brackets after the stem: （分值：2分，难度：易）. */
export const META_GROUP = new RegExp(
  String.raw`\s*[（(【]\s*${META_VALUE}(?:\s*[，,、；;]\s*(?:${META_VALUE}|\d{1,3}(?:\.\d)?\s*分))*\s*[)）】]\s*$`,
);
/** The 题型 written without brackets, alone after the number (考试星's 第1题 单选题（2分）, the stem
 * on the next line), or bracketed after the stem (问卷星's …？[单选题] *, * marking a required item). */
export const BARE_TYPE = /^(单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题$/;
export const TAIL_TYPE =
  /\s*[[【（(［](单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题?[\]】）)］]\s*\*?\s*$/;
/** A web test printed with the candidate's choices: ○A. / ●B. / □C. / ■D. in front of each option,
 * and ●对 ○错 under a 判断 (the choices printed, not a key). */
export const CHOICE_BOX = /^[○●◯◉□■☐☑](?=\s*[A-HＡ-Ｈ]\s*[.．、])\s*/;
export const CHOICE_TRUTH = /^[○●◯◉□■☐☑]\s*(?:对|错|正确|错误|是|否|√|×)$/;
/** The 题型 tag typed in front of the item's number (【单选题】1．…): moved after it, where
 * TYPE_TAG reads it. */
export const LEAD_TAG =
  /^([（(【[]\s*(?:单选|单项选择|多选|多项选择|不定项(?:选择)?|判断|填空|简答)题?\s*[)）】\]])\s*(\d{1,4}\s*[、．.](?!\d)|第\s*\d{1,4}\s*题\s*[:：.．、]?)/;
/** A 判断's key typed in front of the item's number ((对)1．…, （×）2．…): moved after it, where the key
 * before the statement (1．（√）…) is read. */
export const LEAD_KEY = /^([（(【[]\s*(?:√|×|对|错|正确|错误)\s*[)）】\]])\s*(\d{1,4}\s*[、．.](?!\d))/;
/** The item's score, （2分）, （本题1.5分） or 问卷星's (分值: 2), before or after its stem, and how a
 * 多选 is scored (（少选不得分）, （多选、少选均不得分）): not part of the question. */
export const SCORE =
  /^[（(【[]\s*(?:本题|每题)?\s*\d{1,2}(?:\.\d)?\s*分\s*[)）】\]]\s*|\s*[（(【[]\s*(?:本题)?\s*\d{1,2}(?:\.\d)?\s*分\s*[)）】\]]\s*$|\s*[（(]\s*分值\s*[:：]?\s*\d{1,3}(?:\.\d)?\s*分?\s*[)）]\s*$|\s*[（(][^()（）]{0,12}不得分[)）]\s*$/g;

/** The number of an item starting on the line (ITEM matched). */
export const itemNumber = (m: RegExpExecArray) =>
  m[5] ? m[5].charCodeAt(0) - 0x245f : (chineseNumber(m[1]) ?? Number(m[1] ?? m[2] ?? m[3] ?? m[4]));

/** An item numbered ①②③, as 知识竞赛 groups number theirs: the same mark numbers a 组合选择's
 * statements and a written answer's points, so it starts an item only where those cannot be. */
export const isCircled = (m: RegExpExecArray) => m[5] !== undefined;

const DIGITS = '一二三四五六七八九';
/** 第十二题's number; undefined for Arabic digits. */
export function chineseNumber(s: string | undefined): number | undefined {
  if (!s || /\d/.test(s)) return undefined;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const t = s.includes('十') ? (tens ? DIGITS.indexOf(tens) + 1 : 1) : 0;
  return t * 10 + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}

/** 正确的选A，错误的选B (涂, 填, 打; 对的…错的…), as answer cards ask a 判断 keyed by letter. */
export const TRUTH_LETTERS =
  /(?:正确|对)的?\s*(?:选|填|涂|打|为)?\s*[“"「]?([A-D])[”"」]?\s*[，,；;、]\s*(?:错误|错)的?\s*(?:选|填|涂|打|为)?\s*[“"「]?([A-D])[”"」]?/;
/** 1．【答案】C, 2．答案：B: a key list's entry that repeats the answer mark after its number. */
export const ENTRY_MARK =
  /^(\d{1,4}\s*[.．、:：]?\s*)(?:【\s*(?:正确|参考|标准)?答案\s*】|(?:正确|参考|标准)?答案\s*[:：])\s*/;
