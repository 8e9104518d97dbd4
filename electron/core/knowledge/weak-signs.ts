// Weak signs of 1949–1978 (round h67): words a period's texts use as their own voice that a later text may say too, so
// that one alone dates nothing. Two of them, or one beside a period's set phrase (period-wording.ts) or the chairman's
// title, make an undated text historical (status.ts). They are kept apart from the period lists so that a weak sign is
// never enough alone (single-sign.ts) and never marks a 金句 (historical-quotes.ts).
import { namedYears } from './own-period-date.js';
import { LATER_VOICE } from './single-sign.js';
import { gramsOf } from '../text/regex-literals.js';

/** The founding and first-plan years (1949–1965): 1950–53's campaigns as the work at hand (爱国公约 and the fighter
 * planes donated, the 抗美援朝总会, the 互助组 to form after the 土改, the 三反、五反 and its bribes and tax evasion, the
 * 镇压反革命运动 and the 会道门, the 总路线 to propagate; the 三反 as the text's own campaign, its 节约检查委员会), 1955's 肃反,
 * 1957's 两条道路的大辩论 and the 富裕中农, and 1964–65's 四清 cadres who 洗手洗澡, its 社教工作队. */
const EARLY = [
  /爱国公约/,
  /捐献[^，。；]{0,8}(?:飞机|战斗机|大炮)/,
  /抗美援朝(?:运动|总会)/,
  /(?:发展|办好|巩固|参加|组织起?)了?互助组(?!织)/,
  /土地改革(?:已经)?(?:完成|结束)了?以后|土改(?:完成)?以后/,
  /三反(?:[、，,]?\s*五反)?运动/,
  /三反(?:中|以来|以后|的成果)/,
  /节约检查委员会/,
  /行贿[、，,]\s*偷税漏税/,
  /镇压反革命运动/,
  /会道门/,
  /(?:宣传|学习|贯彻)[^，。；]{0,4}(?:党在)?过渡时期的?总路线/,
  /肃清暗藏的?反革命分子/,
  /两条道路的?大辩论/,
  /富裕中农/,
  /洗手洗澡/,
  /社教工作队/,
];

/** The Leap's communes (1958–61): the public canteen and the hungry years' 粮菜混吃, 瓜菜代. */
const LEAP = [/公共食堂/, /粮菜混吃|瓜菜代/];

/** 1973–76's 批林批孔 in plain words: the 孔孟之道, 林彪 as the preacher of it, the restoration he plotted; the period's
 * institutions and media (工宣队 and 军宣队 in the schools, 两报一刊's editorials, the 毛主席语录 read or set apart) and its
 * base year, the last before 1966 (比一九六五年增长). A museum or a memoir names them too: never enough alone. */
const CR = [
  /孔孟之道/,
  /林彪(?:鼓吹|宣扬|贩卖|兜售|吹捧)/,
  /(?:妄图|阴谋|企图)复辟资本主义/,
  /[工军]宣队|毛泽东思想宣传队/,
  /两报一刊/,
  /毛主席语录/,
  /比(?:文化大革命前的?)?一九六五年(?:增长|增加|提高)/,
];

/** 1977–78's 新长征 and the drive to 加速实现四个现代化 (the 1979 report and today's 新长征路上, 新长征突击手 say 新长征;
 * 1979's says 实现四个现代化 beside the gang's remnants, so not the goal in other words). */
const PRE_PLENUM = [/新长征/, /加速实现四个现代化/];

/** The twenty years before the plenum in words no one period owns: the century's goal as 1964–79 set it (在本世纪内), the
 * 贫下中农, the premier named by his title as the speaker of the day, the commune as the collective to rely on, 1964–75's
 * 自力更生为主、国家支援为辅, and the United States occupying Taiwan (1950–78); the 生产队 as the collective of the day
 * (1958–83), an industry's or farming's 高速度 (1958, 1977–78; 1979 says the economy's, 按比例地), a year of 1949–78
 * written in Han numerals (一九七四年: the period's own dating; a later text writes 1974年 or names a later year), and the
 * rally's voice (打倒美帝！, 毛主席万岁！万万岁！; today's texts end on 万岁！ alone). */
const SPANNING = [
  /在本世纪内/,
  /贫下中农/,
  /周总理的?(?:指出|说|指示|号召|要求|提出)/,
  /(?:恢复|搞好|加强|巩固)生产队|生产队的?(?:集体|经营管理)/,
  /(?:工业|农业)[^，。；]{0,12}高速度(?:地)?(?:向前)?发展/,
  /(?<![〇○零一二三四五六七八九])一九(?:四九|[五六][〇○零一二三四五六七八九]|七[〇○零一二三四五六七八])年/,
  /美帝(?!国)/,
  /打倒[^，。；！“”]{1,12}！|万万岁/,
  /人民公社的?集体(?:力量|经济)|依靠人民公社/,
  /自力更生为主[、，,]\s*(?:国家)?(?:支援|援助)为辅/,
  /美国[^，。；]{0,10}(?:侵占|占领|霸占)[^，。；]{0,6}台湾/,
];

/** The foreign-affairs voice of 1970–78: the two hegemons (not 苏美两霸, a set phrase), the 第三世界 (the 1980s reports
 * still say it), 1970's 国家要独立、民族要解放、人民要革命, and 社会帝国主义 named by the banner it hides behind (打着……的旗号);
 * not 社会帝国主义 alone: 1979's report says it beside the 第三世界. The 知识青年 to be re-educated (1968–78). */
const LATE_MAO = [
  /(?<![苏美])两霸/,
  /第三世界/,
  /国家要独立[、，,]\s*民族要解放[、，,]\s*人民要革命/,
  /社会帝国主义[^，。；]{0,4}打着[^，。；]{0,12}(?:旗号|招牌|幌子)/,
  /接受[^，。；]{0,6}再教育/,
];

/** In the order of status.ts's PERIODS: early, Leap, Cultural Revolution, pre-plenum, spanning, late Mao. */
const WEAK_PERIODS = [EARLY, LEAP, CR, PRE_PLENUM, SPANNING, LATE_MAO];

/** A year up to 1978 written in Arabic digits (1951年): a later text's dating; the period's own write 一九五一年. */
const ARABIC_OLD_YEAR = /(?<!\d)19[0-7]\d年/;

/** How many weak signs of each period the text's own voice (`unquoted`) holds; none where `folded` dates a year of
 * those periods in Arabic digits, names a year after 1978 or speaks with a later voice (毛泽东同志: 1979's report beside
 * the 第三世界). */
export function weakSigns(folded: string, unquoted: string): number[] {
  const later = ARABIC_OLD_YEAR.test(folded) || LATER_VOICE.test(folded) || namedYears(folded).some((y) => y > 1978);
  if (later) return WEAK_PERIODS.map(() => 0);
  const grams = gramsOf(unquoted);
  return WEAK_PERIODS.map((signs) => signs.filter((re) => grams.test(re)).length);
}
