// Signs of 1959–1978 that are enough alone in an undated text naming no year after 1978 (status.ts): the years'
// own set phrases no later text uses as its voice, and the 四人帮 named alone as the harm of the day.
import { CR_WORDING, EARLY_WORDING, LEAP_WORDING, PRE_PLENUM_WORDING, SPANNING_WORDING } from './period-wording.js';
import { LATE_MAO_WORDING } from './late-mao-wording.js';
import { gramsOf } from '../text/regex-literals.js';

/** Phrases of those years that a later text still says in its own voice, so they take a second sign: the
 * 革命委员会 named as replaced (1979: 地方各级革命委员会改为各级地方人民政府), 抓纲治国 told as done and 以华国锋同志为首的党中央
 * (1979), 伟大领袖毛主席 of a memorial, 准备打仗 and 深挖洞 of today's army and sayings, the 第二世界 and the 苏联领导集团 of a
 * history. */
const SAID_LATER = /革命委员会|革委会|伟大领袖毛主席|抓纲治|以华|准备打仗|深挖洞|第二世界|苏联领导集团|大干快上/;
/** What only a later text says beside them: 毛泽东同志 and 周恩来同志 as the texts after the plenum name them (those of
 * 1966–78 say 毛主席, 周总理), and the period called a 浩劫. */
export const LATER_VOICE = /毛泽东同志|周恩来同志|浩劫/;

/** The Great Leap as the text's own (我们的大跃进, 继续大跃进, 我们所说的大跃进): a later text puts it in quotation marks, read
 * away. So is a 跃进 the text's own economy showed (工业和农业都出现了巨大的跃进, 1958–64; 1977–78 alike): no 1979–2025
 * report nor People's Daily month says 出现了……跃进. */
const OWN_LEAP = /(?:我们|我国)(?:所说)?的大跃进|(?:继续|全面)大跃进|出现了[^，。；“”]{0,6}跃进/;
/** The revolutionary committee as the organ with a duty now (革命委员会要实行一元化的领导, 各级革委会和人民解放军要……): 1979
 * names the committees replaced, a later text those of then (当时的辽宁省革命委员会授予). */
const COMMITTEE_DUTY = /(?:革命委员会|(?<!改)革委会)(?:和[^，。；]{0,8})?都?(?:要|必须|应当|应该)/;
/** Phrases of the older periods (1953–78) no later text says as its own: the first plans as the struggle at hand
 * (1953–57), the 1956–67 纲要 still to reach early (1958–60), the 社教 still to widen (1963–66), 兴无灭资 and 政治挂帅 as
 * the duty of the day (1957–78), 1958's white flags pulled out and the education policy's 1958–60 工人阶级 form, 1955's 三定
 * as the work laid on. The
 * founding years' others and the camp's still take two (a history says 社会主义阵营 and 以苏联为首的华约). */
const OLDER_ALONE =
  /五年计划的斗争|三定|农业发展纲要|社会主义教育运动|兴无灭资|政治挂帅|鼓干劲|无产阶级政治服务|工人阶级的\?政治服务|白旗|毛主席关于/;

/** The text's own people pledged to be the chairman's good soldiers (人人……做毛主席的好战士, 1963–78; a later text quotes
 * 雷锋's words in marks), and the text's own county or commune to be made a 大寨县 (把我县建成大寨县, 1970–78). */
const OWN_PLEDGE =
  /(?:人人|大家|我们|决心|争)[^。；“”]{0,12}做毛主席的好(?:战士|孩子|学生)|把我[县社乡区队][^，。；]{0,6}建成大寨/;

export const SINGLE_SIGNS = [
  ...[...CR_WORDING, ...PRE_PLENUM_WORDING, ...LATE_MAO_WORDING].filter((re) => !SAID_LATER.test(re.source)),
  ...[...LEAP_WORDING, ...EARLY_WORDING, ...SPANNING_WORDING].filter((re) => OLDER_ALONE.test(re.source)),
  OWN_LEAP,
  COMMITTEE_DUTY,
  OWN_PLEDGE,
];

/** The 四人帮 (their name kept from its marks) in a sentence with a word of the present or a harm to overcome (由于
 * “四人帮”的严重破坏，现在却落在后面; 必须坚决克服“四人帮”干扰破坏所造成的无政府状态; 最近，全军抓住被“四人帮”颠倒了的路线
 * 是非): the 1977–78 texts' way. A later text names the gang beside 林彪, or looks back (粉碎“四人帮”以来两年多). */
const gangHarmNow = (unquoted: string) =>
  unquoted.split(/[。；！？\n]/).some((s) => /四人帮/.test(s) && /现在|目前|正在|最近|当前|克服|纠正/.test(s));

/** A single sign of 1959–78 in the text's own voice (`gangAlone`: the 四人帮 named alone, status.ts), nothing later
 * beside it. */
export const singleSign = (folded: string, unquoted: string, gangAlone: boolean) =>
  !LATER_VOICE.test(folded) &&
  (SINGLE_SIGNS.some((re) => gramsOf(unquoted).test(re)) || (gangAlone && gangHarmNow(unquoted)));
