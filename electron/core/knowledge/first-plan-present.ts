// The years of the first five-year plan (1949–1957) and of the commune (1958–1965) as a text's own present, told by
// evidence combined across the whole text, not by one set phrase: their institutions or two of their years, spoken of
// in the present (现在, 今年, 几年来, 将达到, 1956年是……的第四年), and nothing of any later year. A later text tells the
// same years as the past (当时, 建国以来, 五十年代, 70年前, 党史) or beside a later year (2021年党史学习教育), and is left
// alone (status.ts).
import { HAN_DIGITS, readHanYear } from '../text/han-year.js';

/** Things of 1949–1957 that later texts name only as the past: the co-operatives and the joint state-private firms
 * as they then were (not a co-operative's name today: 绿源农业合作社), the township's council of 1954–1958 (乡人民委员会),
 * co-operativisation as work in hand (调到农业合作化的工作中; a later text says 农业合作化运动), the capitalist
 * trade still to be transformed and its orders (加工订货, the 1955 texts' 加工定货), grain bought and sold by plan under
 * its first name (计划收购和计划供应, 1953–55; later texts say 统购统销), the six hundred million as 万万, the first
 * five-year plan as under way (计划; not a new century's first plan), the socialist revolution just won in the main
 * (1956–57: 社会主义革命已经取得了基本胜利; later texts say the 改造 was 基本完成),
 * 1956's emulation campaign (先进生产者运动), the body that governed Tibet until 1965 (西藏自治区筹备委员会, 筹委会), the
 * farm programme as a draft still to be adopted (全国农业发展纲要修正草案, 1956–60; adopted, later texts cite its title), the
 * tractor stations that served the co-operatives (机器拖拉机站) and a year's budget or plan of 1949–1959 named as the
 * text's own (１９５６年国家预算……本年支出; a later text names it beside a later year or as the past), the fixed interest
 * still paid to the capitalists (付给定息, 1956–66; 稳定息息相关 is no 定息), and the five-year plan, unnumbered and unqualified,
 * as the text's own (为超额完成五年计划而奋斗, 在五年计划的编制过程中, 五年计划草案第四章; later texts number their plans or
 * qualify one: 一个比较完备的五年计划, 这五年计划, 新的五年计划, 小五年计划), the Common Programme of 1949 followed as
 * the basis of the work (根据共同纲领所规定的目标, 1949–54; later texts cite it in its marks, 《共同纲领》, as the past) and
 * the 1956–67 farm programme's targets within its twelve years (纲要所提出的……在十二年内达到; no later 纲要 runs twelve
 * years), the five-year plan, unnumbered, whose targets the text states or follows (五年计划所规定的指标, 五年计划草案
 * 规定的; the only plan there was: later texts number theirs, 第六个五年计划规定, “七五”计划草案规定), and the period's word for
 * a project finished (建设完工, 1955–58; later texts say 建成, 竣工: none in a 1979–2025 report or a People's Daily month). */
const FIRST_PLAN_THINGS_TOLD =
  /农业生产合作社|乡人民委员会|农业合作化(?!运动|以后|时期)|手工业生产合作社|公私合营|资本主义工商业|私营(?:工商业|商业|工业)|加工[订定]货|计划收购和计划供应|六万万|(?<!世纪|后的)第一个五年计划|社会主义革命(?:已经)?取得了?基本(?:的)?胜利|先进生产者运动|西藏自治区筹(?:备)?委(?:员)?会|农业发展纲要(?:修正)?草案|机器拖拉机站|(?:19[45]\d|一九[四五][〇一二三四五六七八九])年(?:的)?(?:国家预算|国家决算|国家计划|国民经济计划)|付给[^，。；]{0,6}定息|拿定息|定息的?(?:期限|年限)|(?<![个”"的这新大小几\d〇一二三四五六七八九十])五年计划|(?:根据|按照)\s*(?:中国人民政治协商会议)?\s*共同纲领|纲要[^。；“”]{0,30}十二年内|十二年内[^。；“”]{0,30}纲要/;
/** The plan's own work: its targets stated (五年计划规定的, 又规定了, 已经确定的) or its demands (五年计划要求国内各民族……)
 * and its projects finished (建设完工). A text that names them and lays a duty in any sentence (中小企业能够……建设完工;
 * 因此，我们必须纠正两种错误的偏向) speaks as the plan's own government; a later text tells the other things as done
 * (顺利地改造了资本主义工商业) and may still lay duties of its own. */
const PLAN_OWN_WORK = /(?<![个”"])五年计划(?:草案)?(?:所|又)?(?:已经)?(?:规定|确定|要求)|建设完工/;
const FIRST_PLAN_THINGS = new RegExp(`${FIRST_PLAN_THINGS_TOLD.source}|${PLAN_OWN_WORK.source}`);

/** 1953–1984's purchase and supply by the state declared the policy in force (统购统销，是我国……的一项重要政策): a
 * thing of those years and a present tense of its own. A later text says it was (曾是, 时期) or tells it ended (取消). */
const POLICY_IN_FORCE = /统购统销[，,]?是我国(?:(?!曾|时期|当时|历史)[^。；]){0,24}政策/;

/** Things of 1958–1965 that later texts name only as the past: the commune as the live institution its own texts ran
 * (its consolidation and 整社, its council, its funds and members' houses, its collective strength relied on, its unified
 * planning, its industry; not 整社区, today's whole neighbourhood). Not words the commune kept until 1983 (人民公社制度,
 * 人民公社的优越性, 社员代表大会: the 1975 and 1978 reports use them, a 1979–82 text could, to reform it), nor 公共食堂 (a
 * village canteen today), nor the 1979–83 texts' 社队, 各公社, 三级所有; and the second five-year plan as under way, its
 * years the text's reckoning (第二个五年各年度; not a new century's second plan). Years up to 1965 are their own. */
const COMMUNE_THINGS =
  /人民公社的(?:巩固|集体力量)|人民公社(?:的)?统一安排|整社(?!区)|社员(?:的)?住宅|公社的(?:资金|公共积累|管理机构)|社办工业/;
const SECOND_PLAN = /(?<!世纪|后的)第二个五年(?:计划|各年)/;
/** Things that exist only from 1957 to 1965 in an undated pre-1966 text's own voice: the anti-rightist campaign
 * and its rightists (资产阶级右派, 大鸣大放), the commune, the 1958 general line for building socialism (not
 * 1953's 过渡时期总路线), the Eighth Central Committee's first ten plenums (1956–62, not 十八届), 刘少奇 as head
 * of state, the economy's readjustment of 1961–65, the socialist education campaign (1957, 1962–66), the three
 * great revolutionary movements (1963), modern revisionism (1960), the east wind prevailing (1957–64) and the
 * readjustment's own words (调整、巩固、充实、提高, 精简职工, 压缩城镇人口, 1961's 农业六十条 and its accounting unit sent down to
 * the 生产队; a text of 1966–78 that names them has
 * that period's words too):
 * such a text is of the years of 全面建设社会主义, not of the founding years (status.ts gives it that note). */
export const BUILDING_SIGNS = new RegExp(
  '反右派斗争|右派分子|资产阶级右派|大鸣大放|人民公社|社会主义建设的?总路线|刘少奇主席|' +
    '(?<!十)八届(?:[一二三四五六七八九]|十(?![一二]))中全会|' +
    '调整国民经济|国民经济的?调整|社会主义教育运动|三大革命运动|三项伟大革命运动|现代修正主义|东风压倒西风|' +
    // 1961–65's readjustment in its own words: the policy (八字方针), the workers sent home, the 六十条 of 1961.
    '调整[、，]巩固[、，]充实[、，]提高|精[简减][^，。；]{0,4}职工|精[简减]下放|(?:减少|压缩)城镇人口|农业六十条|八字方针|' +
    '基本核算单位[^，。；]{0,8}(?:下放|放)到生产队|' +
    // 1963–65's 四清 in its own words: the cadres not yet clean, the team sent in, its 简报; 1963's 题词 just given.
    '四不清|四清工作[队组]|四清(?:运动)?(?:工作)?简报|为雷锋(?:同志)?题词(?:以后|后)|' +
    // The 四清's items (清账目、清仓库), 1962's plenum unnumbered as the latest, 1963–64's polemic with the Soviet leaders.
    '清工分[、，,]?\\s*清账目|清账目[、，,]?\\s*清仓库|(?<![八届])十中全会|评苏共中央(?:的)?公开信|(?<![一二三四五六七八])九评(?!论)|' +
    '赫鲁晓夫修正主义',
);
/** A plan named by its short name (“一五”, “二五”) or its years called a period (计划时期): a later writer's names. */
const PLANS_LOOKED_BACK = /[“"][一二三四五]五[”"]|五年计划时期/;

/** The text speaking of its own time: now, of late or these past months, this or last year, the years just past (几年来,
 * 一年多以来), the plan's five years (五年内), the plan's figures still to come, what it will go on doing or bring about
 * (以后将继续推行, 将使), what exists now (全国现有十二亿亩), a year named as the plan's Nth or the plan's years run so far
 * (已经执行了两年), or the session the text is given at (本次大会), a target it strives to reach early (争取提前实现) or
 * pledges to fulfil (保证按期超额完成), or the capitalists' transformation as under way (积极参加社会主义改造). */
const PRESENT =
  /今年|本年|去年|明年|目前|现在|当前|今后|最近|(?:过去|最近|近)几个月|五年内|(?:几|[一二三四五六七八九十两])年多?以?来|将(?:达到|比|增加|增长|提高|降低|继续|使)|现有|计划(?:增加|增长|提高|新增)|预计|年是[^，。；]{0,30}的第[一二三四五]年|(?:已经|已)(?:执行|实行)了(?:[一二三四两]|近两)年|(?:本次|这次)(?:大会|会议)|争取提前实现|保证(?:按期|提前)?(?:和?超额)?完成|(?:积极|努力|继续)(?:参加|接受)[^，。；]{0,4}社会主义改造/;

/** A year of 1949–1959 whose plan the text states as its task: the year's plan named (一九五八年计划粮食产量, 为了实现
 * 一九五九年的计划), or its figures still to be reached (一九五八年的基本建设总投资额，拟定为; 在一九五八年，……招生人数将为).
 * A later text tells such a year's plan as the past (当时, 年代) or beside a later year, and is left alone. */
const YEAR_1949_59 = '(?:19[45]\\d|一九[四五][〇○零一二三四五六七八九])年';
const PLAN_YEAR_NAMED = new RegExp(`${YEAR_1949_59}(?:的)?计划|${YEAR_1949_59}要求`);
const PLAN_YEAR_TASK = new RegExp(`${YEAR_1949_59}[^。；！？\\n]{0,24}?(?:拟定为|安排为|估算为|将为|将达到|将是)`);

/** 1961–1965 in their own words: the national economy's adjustment as the work of the day (国民经济调整工作, 调整、巩固、充实、
 * 提高; 1979–81 said 调整、改革、整顿、提高 and named their years) and 1958–60 called the three years of great growth (三年大
 * 发展; later texts say 大跃进). Counted only beside a year of 1961–1965 the text names. */
const ADJUSTMENT_YEARS =
  /国民经济(?:的)?调整(?:工作)?|调整、巩固、充实、提高|三年大发展|一九五八年到一九六[〇○零]年大发展/;
/** 1979–81's own adjustment, or the earlier one named as a former round: a later text's. */
const LATER_ADJUSTMENT = /调整、改革、整顿、提高|改革开放|经济体制改革|(?:又|再)一次(?:的)?调整|(?:那|上)次调整/;

/** A sentence that lays a duty on one of those things (仍然必须进一步地发展……农业生产合作社, 应当……) speaks of it as of now. */
const OBLIGATION = /必须|应当|应该/;
const owesNow = (unquoted: string, things: RegExp) =>
  unquoted.split(/[。！？；\n]/).some((s) => things.test(s) && OBLIGATION.test(s));

/** A year of 1949–1965, the span the rules here read as a text's own time, half-width or in Chinese numerals. */
const OWN_YEAR = '(?:19(?:49|5\\d|6[0-5])|一九(?:四九|五[〇○零一二三四五六七八九]|六[〇○零一二三四五]))';

/** A later writer's look back: the time called then, years ago (not a year's 前后: 一九六二年前后) or an anniversary, the
 * span since (not one the text counts from its own present or from one of its years or their sessions: 去冬以来,
 * 去年十月以来, 四年以来, 一年多以来, 一九五三年冬季以来, 一九五七年的第四季度以来, 第一届全国人民代表大会第三次会议闭幕以来;
 * nor the idiom 长期以来), the decade named (五十年代), history and the Party's history (not the period's own abstract
 * words: 历史条件, 历史上, 历史性, 重大历史意义, 历史时期, 历史任务, 历史发展, 历史事实), the founding (not 勤俭建国, the policy
 * its texts follow and 1980–2000s reports too), a person's age now (今年86岁), a memorial (纪念, 诞辰, 故居, 遗物展览).
 * Not 解放以来: the plan's texts count their years from 1949 so (私营工商业者在解放以来……有贡献的); a later text says
 * 新中国成立以来. */
const LOOKING_BACK = new RegExp(
  String.raw`当时|那时|(?<!(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年前|周年|百年|回顾|回忆|` +
    String.raw`历史(?!条件|上|性|意义|时期|阶段|任务|发展|事实|和实际)|党史|新中国成立|(?<!勤俭)建国|` +
    String.raw`(?<!解放|去冬|去秋|去年|今年|今春|入春|入冬|月|长期|(?<![十百])[一二三四五两几]年多?|${OWN_YEAR}年(?:的)?(?:[春夏秋冬]季?|[上下]半年|第[一二三四]季度)?|第一届全国人民代表大会第[一二三四五]次会议(?:闭幕)?)以来|` +
    '年代|岁|纪念|诞辰|逝世|故居|旧居|遗物|展览|展出',
);

/** The text's present told by a span it counts from a season, half or quarter of a year of 1949–1959 (一九五七年的第四季度
 * 以来, 一九五三年冬季以来): its own recent past; a later text counts from later years. */
const OWN_SPAN = new RegExp(`${YEAR_1949_59}(?:的)?(?:第[一二三四]季度|[上下]半年|[春夏秋冬]季?)以来`);
/** Its years counted from liberation or the founding (解放后八年来, 中华人民共和国成立十年来): written in 1949 + N, up to
 * 1965 here; a later text's count is larger (新中国成立70年来) and the year it tells is the latest the text may name. */
const FOUNDING_COUNT =
  /(?:解放|中华人民共和国成立)(?:后|以后|以来)?的?([一二三四五六七八九十两]{1,3}|\d{1,2})多?年以?来/;
function foundingCount(unquoted: string): number | null {
  const m = FOUNDING_COUNT.exec(unquoted)?.[1];
  if (!m) return null;
  const digit = (c: string) => HAN_DIGITS.indexOf(c === '两' ? '二' : c);
  const [tens, units] = m.includes('十') ? m.split('十') : [null, m];
  const n = /^\d+$/.test(m)
    ? Number(m)
    : (tens === null ? 0 : tens ? digit(tens) * 10 : 10) + (units ? digit(units) : 0);
  return n >= 1 && n <= 16 ? 1949 + n : null;
}

/** A plan after the first two named (第十个五年计划, 十四五规划): a later text's, as a year after 1957 is. */
const LATER_PLAN =
  /第(?:[三四五六七八九]|十[一二三四五六七八九]?)个五年(?:计划|规划)|十[一二三四五六七八九]?五(?:计划|规划|时期)|[“"][三四五六七八九]五[”"]/;

const YEARS = /(?<![\d〇一二三四五六七八九])(?:(1[89]\d\d|20\d\d)|([〇一二三四五六七八九]{4}))年/g;

/** The 1956–1967 farm programme's span in its name (一九五六年到一九六七年全国农业发展纲要): its end is a target, not a year
 * the text is written after. */
const PROGRAMME_SPAN = /(?:1956|一九五六)年(?:到|至|—|-)(?:1967|一九六七)年(?=(?:的)?全国农业发展纲要)/g;

/** The years the text names (1956, 一九五六), digits as the folded text writes them. */
function namedYears(folded: string): Set<number> {
  const years = new Set<number>();
  for (const m of folded.replace(/[○零]/g, '〇').replace(PROGRAMME_SPAN, '').matchAll(YEARS))
    years.add(readHanYear(m[1] ?? m[2]!));
  return years;
}

/** The folded text (foldForSearch: simplified, half-width digits, 〇 for ○ and 零) speaks of 1949–1959 as its present:
 * one of their things or two of their years (一九五六, 1956), a word of the present outside quotation marks (or a duty
 * laid on one of the things, or 统购统销 declared in force), no year after 1959 and no look back anywhere (years before
 * 1949 are the ones the plan's texts compare with); or of 1958–1965, where the commune runs or the second plan is under
 * way, with no year after 1965. `unquoted` is the text without its quotations and cited titles; `later` tells a later
 * period's words (LATER). A 1949–59 year's plan stated as the task (PLAN_YEAR_TASK) is its own present; the
 * adjustment of 1961–65 in its own words, beside one of those years, is the commune's span; a span the text counts from
 * liberation, a part of one of its years or a session of the first NPC is its own present too, and a count from
 * liberation tells the latest year it may name. 'building' when the commune runs or the economy is being adjusted,
 * when it counts its years from liberation to 1957 or later (解放后八年来), or when it names 1958 or 1959, the second
 * plan's first years, and no year before 1956 (一九五八年支援农业的机械产品……将比一九五七年增长两倍多), else 'early'. */
export function speaksFromFirstPlan(folded: string, unquoted: string, later: RegExp): 'early' | 'building' | null {
  const years = [...namedYears(folded)];
  const commune = COMMUNE_THINGS.test(unquoted);
  const adjusting =
    ADJUSTMENT_YEARS.test(unquoted) && !LATER_ADJUSTMENT.test(folded) && years.some((y) => y >= 1961 && y <= 1965);
  const planTask = PLAN_YEAR_TASK.test(unquoted);
  const first = FIRST_PLAN_THINGS.test(unquoted) || planTask || PLAN_YEAR_NAMED.test(unquoted);
  const second = SECOND_PLAN.test(unquoted) && !PLANS_LOOKED_BACK.test(folded);
  const building = commune || second || adjusting;
  const counted = foundingCount(unquoted);
  const span = counted !== null || OWN_SPAN.test(unquoted.replace(/[○零]/g, '〇'));
  const thing = building || first || span || POLICY_IN_FORCE.test(unquoted);
  if (!thing && !/19[45]|一九[四五]/.test(unquoted)) return null;
  const present =
    span ||
    PRESENT.test(unquoted) ||
    planTask ||
    POLICY_IN_FORCE.test(unquoted) ||
    owesNow(unquoted, FIRST_PLAN_THINGS) ||
    (PLAN_OWN_WORK.test(unquoted) && OBLIGATION.test(unquoted)) ||
    owesNow(unquoted, COMMUNE_THINGS) ||
    (second && owesNow(unquoted, SECOND_PLAN));
  if (!present || LOOKING_BACK.test(folded) || later.test(folded)) return null;
  // A year before 1949 is one the plan's texts compare with (一九三六年的粮食产量); one after 1959 is a later text's,
  // or after 1965 where the text speaks of the commune, the second plan or the adjustment as now.
  // A text that counts its years from liberation names none after the year the count tells.
  const latest = counted ?? (building ? 1965 : 1959);
  if (years.some((y) => y > latest) || LATER_PLAN.test(folded)) return null;
  if (!thing && years.filter((y) => y >= 1949).length < 2) return null;
  // A text of 1954–55 names 1958 as its plan's target and the second plan as the next (在第二个五年计划期间建设完成); one
  // of the second plan names one of its years (1958–62) and none before 1956; one running the commune is of 1958–65.
  const own = years.filter((y) => y >= 1949);
  const ofSecondPlan = own.some((y) => y > 1957) && own.every((y) => y >= 1956);
  return commune || adjusting || ofSecondPlan || (counted ?? 0) >= 1957 ? 'building' : 'early';
}
