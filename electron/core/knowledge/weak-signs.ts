// Weak signs of 1949–1978 (round h67): words a period's texts use as their own voice that a later text may say too, so
// that one alone dates nothing. Two of them, or one beside a period's set phrase (period-wording.ts) or the chairman's
// title, make an undated text historical (status.ts). They are kept apart from the period lists so that a weak sign is
// never enough alone (single-sign.ts) and never marks a 金句 (historical-quotes.ts).
import { namedYears } from './own-period-date.js';
import { LATER_VOICE } from './single-sign.js';
import { gramsOf } from '../text/regex-literals.js';
import { CR_CAMPAIGNS, EARLY_CAMPAIGNS, PRE_PLENUM_CAMPAIGNS, SPANNING_CAMPAIGNS } from './weak-signs-campaigns.js';

/** The founding and first-plan years (1949–1965): 1950–53's campaigns as the work at hand (爱国公约 and the fighter
 * planes donated, the 抗美援朝总会, the 互助组 to form after the 土改, the 三反、五反 and its bribes and tax evasion, the
 * 镇压反革命运动 and the 会道门, the 总路线 to propagate; the 三反 as the text's own campaign, its 节约检查委员会), 1955's 肃反,
 * 1957's 两条道路的大辩论 and the 富裕中农, and 1964–65's 四清 cadres who 洗手洗澡, its 社教工作队; the 三反's 大老虎 caught
 * (打出了几只大老虎; 1982's report puts “大老虎” in marks, today's texts beside 十八大以来 or 新时代), the front supported
 * (支援抗美援朝), 1961–63's workers sent home (精简职工, 精减职工、减少城镇人口) to the farm's 第一线 and its building cut
 * (停建缓建, 缩短基本建设战线); 1950–51's war at the border (战火烧到我国东北边境; today's texts say 鸭绿江边), the
 * counter-revolutionaries to inform on (检举……反革命分子, 恶霸、土匪和特务), 1950's 统一财经 and 调整工商业 with the economy
 * recovering now; 1961–62's 精简下放, its 八字方针 carried out and the 工业战线 cut, and the farm's 战线 strengthened (a second
 * sign beside 精减职工: 1962 wrote both); 1950–52's 公审 or 控诉大会 and the 恶霸 accused, the front and the 志愿军 supported,
 * 1953–57's 余粮户 and 统购任务, the 初级社 and 高级社 and the 互助合作的道路 (a history names them beside its own years);
 * 1950–52's 斗争大会 and the 恶霸 struggled down, the 浮财 shared out, the 贫雇农 and the 农会 as the village's organ; 1961–62's
 * 压缩城镇人口 and the accounting unit sent down to the 生产队; the 四清 as the text's own (its 简报, its 工作队); 1963's
 * 题词 as the recent event (毛主席为雷锋同志题词以后); a letter to the 志愿军 addressed as such (亲爱的志愿军叔叔们) and 1951's
 * 爱国增产; 1956's 百花齐放 just proposed and its twelve-year 远景规划; 1957's invitation to 帮助党整风, its 鸣放 and the three
 * evils it named (官僚主义、宗派主义和主观主义). */
const EARLY = [
  /爱国公约/,
  /捐献[^，。；]{0,8}(?:飞机|战斗机|大炮)/,
  /抗美援朝(?:运动|总会)|支援抗美援朝/,
  /(?:发展|办好|巩固|参加|组织起?)了?互助组(?!织)/,
  /土地改革(?:已经)?(?:完成|结束)了?以后|土改(?:完成)?以后/,
  /三反(?:[、，,]?\s*五反)?运动/,
  /三反(?:中|以来|以后|的成果)/,
  /大老虎|(?:打|揪)(?:出|住)?了?[^，。；“”]{0,3}老虎/,
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
  /精[简减](?:了)?[^，。；]{0,4}职工|精[简减]下放/,
  /(?:支援|充实|加强)(?:了|到)?农业(?:生产)?(?:第一线|战线)/,
  /(?:减少|压缩)城镇人口/,
  /停建缓建|缩短(?:了)?(?:基本建设|工业)战线|压缩(?:了)?基本建设(?:投资|规模)?/,
  /贯彻[^，。；]{0,6}八字方针/,
  /战火烧到[^，。；]{0,2}我国[^，。；]{0,4}边境/,
  /(?:检举|镇压|惩办)[^，。；]{0,6}反革命分子/,
  /恶霸[、，和]\s*土匪|土匪[、，和]\s*特务/,
  /统一(?:全国)?财政经济工作|调整工商业/,
  /国民经济正在[^，。；]{0,4}恢复/,
  /(?:公审|控诉|诉苦)大会/,
  /控诉[^，。；]{0,8}(?:恶霸|地主|土匪|反革命)/,
  /支援(?:中国人民)?志愿军|支援前线/,
  /余粮户/,
  /统购任务/,
  /[初高]级社/,
  /互助合作的道路/,
  /斗争(?:恶霸)?大会|斗倒了?[^，。；]{0,6}(?:恶霸|地主)/,
  /浮财/,
  /(?<!依靠)贫雇农/,
  /农会(?:把|将|没收|干部|主席)|农民协会/,
  /基本核算单位[^，。；]{0,8}(?:下放|放)到生产队/,
  /四清(?:运动)?(?:工作)?(?:简报|工作[队组])/,
  /毛主席为雷锋(?:同志)?题词(?:以后|后)/,
  /(?:亲爱的|最可爱的)志愿军(?:同志|叔叔|战士)们/,
  /爱国增产(?:竞赛|运动|计划)/,
  /(?:最近|新近|不久以前|今年)[^，。；]{0,8}提出了?[^，。；]{0,4}百花齐放/,
  /十二年(?:科学)?(?:技术)?(?:发展)?远景规划/,
  /帮助党(?:的)?整风/,
  /大胆(?:地)?鸣放|鸣放(?:会|座谈)/,
  /官僚主义[、，]\s*宗派主义(?:和|、)\s*主观主义/,
];

/** The Leap's communes (1958–61): the public canteen (吃饭不要钱) and the hungry years' 粮菜混吃, 瓜菜代; 1958's steel drive
 * (钢铁元帅升帐, 小高炉 and 土高炉, 土法炼铁, 上山采矿、烧炭); the canteen that feeds the commune's members (各食堂要……吸收社员
 * 代表参加: today's canteens feed 村民, 老人 or 职工) and 1959–61's grain by head and 口粮低标准; 1958's steel doubled by the
 * 小土群, and the communes made of merged co-operatives (小社并大社) that paid by 供给制. */
const LEAP = [
  /公共食堂/,
  /粮菜混吃|瓜菜代/,
  /吃饭不要钱/,
  /钢铁元帅/,
  /[小土]高炉/,
  /土法炼[钢铁]/,
  /上山(?:采矿|找矿|开矿)[、，]\s*烧炭/,
  /(?:公共|各)食堂[^。；]{0,24}社员|社员[^。；]{0,24}公共食堂/,
  /以人定量|(?:口粮|用粮)[^，。；]{0,2}低标准/,
  /小土群|小洋群/,
  /钢(?:铁)?产量翻一番|一千零七十万吨/,
  /小社并大社|并社以后/,
  /供给制(?:和|与)工资制|工资制(?:和|与)供给制|实行供给制/,
];

/** 1973–76's 批林批孔 in plain words: the 孔孟之道, 林彪 as the preacher of it, the restoration he plotted; the period's
 * institutions and media (工宣队 and 军宣队 in the schools, 两报一刊's editorials, the 毛主席语录 read or set apart) and its
 * base year, the last before 1966 (比一九六五年增长); 1975's 以三项指示为纲, and 1967's struggle in Hong Kong as the 左派
 * press waged it (反英抗暴, the 港英当局 persecuting). A museum or a memoir names them too: never enough alone. */
const CR = [
  /孔孟之道/,
  /林彪(?:鼓吹|宣扬|贩卖|兜售|吹捧)/,
  /(?:妄图|阴谋|企图)复辟资本主义/,
  /[工军]宣队|毛泽东思想宣传队/,
  /两报一刊/,
  /毛主席语录/,
  /比(?:文化大革命前的?)?一九六五年(?:增长|增加|提高)/,
  /以三项指示为纲/,
  /反英抗暴/,
  /港英当局[^。；]{0,12}(?:迫害|镇压|逮捕|暴行)/,
];

/** 1977–78's 新长征 and the drive to 加速实现四个现代化 (the 1979 report and today's 新长征路上, 新长征突击手 say 新长征;
 * 1979's says 实现四个现代化 beside the gang's remnants, so not the goal in other words), and 大干快上 (a set phrase)
 * beside the 四个现代化 in any words: no text after 1978 praises the one for the other; 1978's 全国科学大会 as the latest
 * event or the one to come (召开以后, 迎接, 学习……精神; a later text tells it as 四十多年前召开的) and its 向科学技术现代化进军;
 * 1977's campaign against the gang in its long form (揭发批判“四人帮”的斗争) and its 狠批. */
const PRE_PLENUM = [
  /新长征/,
  /加速实现四个现代化/,
  /大干快上[\s\S]*四个现代化|四个现代化[\s\S]*大干快上/,
  /全国科学大会(?:召开)?以(?:后|来)|(?:迎接|学习|贯彻)[^，。；]{0,4}全国科学大会|即将召开的全国科学大会/,
  /向科学技术现代化进军/,
  /(?:揭发|揭露)批判[^，。；]{0,6}四人帮的?斗争/,
  /狠批四人帮/,
];

/** A year of 1979–85 in Han numerals named as the goal of the text's work (为一九八〇年基本上实现农业机械化, 为在一九八五年
 * 实现……而奋斗, 到一九八五年，……翻一番): the 1964–78 plans' own horizon (1980's industrial system and mechanisation, the
 * 1976–85 ten-year plan). Not a later voice: a text after 1978 that sets such a goal names its own years beside it
 * (比一九八〇年, 一九八一年到一九八五年); a year told as past (在一九八二年提出的) is no goal. */
const GOAL_YEAR =
  /(?<![年到至—-])(?:为|到|在|力争|争取)在?一九八[〇○零一二三四五]年(?:以前|前|底前?)?[，,]?[^，。；]{0,14}?(?:实现|达到|建成|翻一番)/;
const GOAL_YEARS = new RegExp(GOAL_YEAR.source, 'g');

/** The twenty years before the plenum in words no one period owns: the century's goal as 1964–79 set it (在本世纪内), the
 * 贫下中农, the premier named by his title as the speaker of the day, the commune as the collective to rely on, 1964–75's
 * 自力更生为主、国家支援为辅, and the United States occupying Taiwan (1950–78); the 生产队 as the collective of the day
 * (1958–83), an industry's or farming's 高速度 (1958, 1977–78; 1979 says the economy's, 按比例地), a year of 1949–78
 * written in Han numerals (一九七四年: the period's own dating; a later text writes 1974年 or names a later year), and the
 * rally's voice (打倒美帝！, 毛主席万岁！万万岁！; today's texts end on 万岁！ alone); 大庆's 三老四严 and grain yields past the
 * 1956–67 纲要 (跨过了纲要, 过黄河, 跨长江), 1964–78's; a 1979–85 goal year (GOAL_YEAR); 1964–78's 学习大庆的经验 (beside
 * 比学赶帮, a set phrase); the 增产节约运动 (or 竞赛) of 1951–52, 1957 and 1961–66 as the text's own drive; the commune, brigade
 * or team charged with a duty now (公社、生产大队要帮助……, 1958–83); 三级所有，队为基础 (1962–83), the 贫下中农协会 founded
 * (1964–78), and the 三线 to build now (好人好马上三线, 加快三线建设; a 纪念 article quotes the one and tells the other done). */
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
  /三老四严/,
  /(?:跨过?|超过)了?纲要(?!要求|规定|提出|确定)|过黄河|跨长江/,
  GOAL_YEAR,
  /学习大庆(?:油田|人)?的(?:经验|革命精神)/,
  /(?:开展|掀起|推向|深入)[^，。；]{0,6}增产节约(?:运动|竞赛|热潮)|增产节约(?:运动|竞赛)[^，。；]{0,6}(?:高潮|推向)/,
  /(?:公社|生产大队|生产队)[、和]?[^，。；]{0,6}?(?:要|必须)(?:帮助|组织|安排|做好|搞好)/,
  /三级所有[，、,]\s*队为基础/,
  /(?:成立|建立|组织)(?:了|起)?[^，。；]{0,6}贫下中农协会/,
  /好人好马上三线/,
  /(?:加快|抓紧|加速)[^，。；]{0,4}三线建设|三线建设要抓紧/,
];

/** The foreign-affairs voice of 1970–78: the two hegemons (not 苏美两霸, a set phrase), the 第三世界 (the 1980s reports
 * still say it), 1970's 国家要独立、民族要解放、人民要革命, and 社会帝国主义 named by the banner it hides behind (打着……的旗号);
 * not 社会帝国主义 alone: 1979's report says it beside the 第三世界. The 知识青年 to be re-educated (1968–78), 1966–78's goal
 * to mechanise farming by 1980 (later texts tell it as 原定), and the 农业学大寨会议 of 1975 and 1976 as the latest meeting;
 * 1975–78's call to 把国民经济搞上去 and the 派性 fought (1967–78; not 宗派性). */
const LATE_MAO = [
  /(?<![苏美])两霸/,
  /第三世界/,
  /国家要独立[、，,]\s*民族要解放[、，,]\s*人民要革命/,
  /社会帝国主义[^，。；]{0,4}打着[^，。；]{0,12}(?:旗号|招牌|幌子)/,
  /接受[^，。；]{0,6}再教育/,
  /(?:为|争取|要在?|力争)在?一九八[〇○零]年(?:以前)?基本上?实现(?:农业)?机械化/,
  /农业学大寨会议(?:以后|以来|的?精神|提出)/,
  /把国民经济搞上去/,
  /(?<!宗)派性/,
];

/** In the order of status.ts's PERIODS: early, Leap, Cultural Revolution, pre-plenum, spanning, late Mao. */
export const WEAK_PERIODS = [
  [...EARLY, ...EARLY_CAMPAIGNS],
  LEAP,
  [...CR, ...CR_CAMPAIGNS],
  [...PRE_PLENUM, ...PRE_PLENUM_CAMPAIGNS],
  [...SPANNING, ...SPANNING_CAMPAIGNS],
  LATE_MAO,
];

/** A clause the text's own organ calls or mobilises in (厂党委号召大家好人好马上三线, 动员老工人支援三线): a weak sign there is the
 * order of the day, so it counts twice. A later text tells the call (响应……的号召, 在……的号召下) or quotes the slogan. */
const CALL = /(?<!响应[^。；！？\n]{0,16})(?:号召|动员)(?![令下])[^。；！？\n]*/g;

/** A year up to 1978 written in Arabic digits (1951年): a later text's dating; the period's own write 一九五一年. */
const ARABIC_OLD_YEAR = /(?<!\d)19[0-7]\d年/;
/** The year after a year told (一九五六年，村里办起了高级社……第二年，……): a memoir's or a chronicle's telling; the period's own
 * texts count from now (今年, 去年). */
const YEAR_AFTER = /(?:第二|次)年(?![度级])/;
/** Sentences opening on a year, as a 村史 or a 大事记 tells them (一九五一年春，……。一九五三年，……): three different years make a
 * chronicle, written after them; the period's own texts open on 今年 or on one year. */
const OPENING_YEAR = /(?:^|[。！？；\n])\s*((?:19|20)\d\d|[〇一二三四五六七八九]{4})年/g;
const chronicle = (folded: string) => new Set([...folded.matchAll(OPENING_YEAR)].map((m) => m[1])).size >= 3;

/** How many weak signs of each period the text's own voice (`unquoted`) holds; none where `folded` dates a year of
 * those periods in Arabic digits, tells a year after a year (第二年) or opens sentences on three years (a chronicle),
 * names a year after 1978 (not one set as a goal,
 * GOAL_YEAR) or speaks with a later voice (毛泽东同志: 1979's report beside the 第三世界). */
export function weakSigns(folded: string, unquoted: string): number[] {
  const later =
    ARABIC_OLD_YEAR.test(folded) ||
    YEAR_AFTER.test(folded) ||
    chronicle(folded) ||
    LATER_VOICE.test(folded) ||
    namedYears(folded.replace(GOAL_YEARS, '')).some((y) => y > 1978);
  if (later) return WEAK_PERIODS.map(() => 0);
  const grams = gramsOf(unquoted);
  const calls = (unquoted.match(CALL) ?? []).join('。');
  return WEAK_PERIODS.map(
    (signs) => signs.filter((re) => grams.test(re)).length + signs.filter((re) => re.test(calls)).length,
  );
}
