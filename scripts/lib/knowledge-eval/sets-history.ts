// The history rounds of the knowledge evaluation's table (sets.ts holds the rest and the order): batches of excerpts
// imported as a user would (history.ts), each round gated on wrong statuses, study items from old lines and valid
// lines blocked, its held-out batch ratchet only. A new round is one `historyRound` entry here and its figures in
// ratchet.json.
import { count, defineSet, RATCHET_ONLY, type EvalSet, type FigureRow } from './figure-table.js';
import type { EvalContext } from './eval-context.js';
import { evalHistory, type HistoryResult } from './history.js';
import { HISTORY } from './kinds.js';

type Set = EvalSet<unknown, EvalContext>;

/** A history batch (history.ts), imported as a user would; `what` names its rows. */
const history = (name: string, figures: FigureRow<HistoryResult>[]): Set =>
  defineSet({ name, kind: HISTORY, run: (c: EvalContext) => evalHistory(c.bundlePath, name), figures });
const wrongStatus = (r: HistoryResult) => r.wrongStatus.length;
const studyItems = (r: HistoryResult) => r.studyItems.length;
const blockedKeep = (r: HistoryResult) => r.blockedKeep.length;

/** A history round (`h26` and its held-out `h26h`): wrong statuses or notes, study items from old lines and valid lines
 * blocked, gated on the round at `t` (0 unless given) and ratchet only on the held-out batch (`blocked: false` leaves
 * out its blocked row). */
const historyRound = (round: number, t: { status?: number; items?: number } = {}, o = { blocked: true }): Set[] => {
  const held = `h${round}h (held out, not gated)`;
  return [
    history(`h${round}`, [
      count(`historyWrongStatus${round}`, `history h${round}: wrong status or note`, t.status ?? 0, wrongStatus),
      count(`historyStudyItems${round}`, `history h${round}: study items from old lines`, t.items ?? 0, studyItems),
      count(`historyBlockedKeep${round}`, `history h${round}: valid lines blocked`, 0, blockedKeep),
    ]),
    history(`h${round}h`, [
      count(`historyWrongStatus${round}h`, `history ${held}: status`, 0, wrongStatus, RATCHET_ONLY),
      count(`historyStudyItems${round}h`, `history ${held}: items`, 0, studyItems, RATCHET_ONLY),
      ...(o.blocked
        ? [count(`historyBlockedKeep${round}h`, `history ${held}: blocked`, 0, blockedKeep, RATCHET_ONLY)]
        : []),
    ]),
  ];
};

export const HISTORY_ROUNDS: Set[] = [
  // Historical excerpts (1969–1987 for h25, 1955–1992 for h26): wrong statuses or notes, study items from a historical
  // excerpt or a criticised line, and lines that stay study material blocked. h26's open case: the 1978 report's plain
  // farm prose stays 现行 (README round h26), fixed in round h28. h28's open case, the 1978 industry prose noted as a
  // 大跃进 text (以钢为纲), fixed in round h29. h29 (1955–1978 foreign affairs; 1979–2024 texts on 第三世界, 霸权主义 and
  // 统一): open, the 1978 report's plain economic prose stays 现行 and the 1973 report's note names no period.
  // h30 (1956–1978 excerpts with one set phrase or none; 1980–2022 texts on 机械工业, 价值规律, 十年规划): open, the plain
  // prose of 1956–57 and 1978 (no set phrase, or one) stays 现行.
  // h31 (1954–1978 plain prose without a set phrase; 1980–2023 texts on those years): open, the 1978 prose and 1955–57
  // prose with neither a year nor an institution of the first plan stays 现行.
  ...historyRound(25, {}, { blocked: false }),
  ...historyRound(26),
  ...historyRound(28),
  ...historyRound(29, { status: 2, items: 1 }),
  ...historyRound(30, { status: 6, items: 2 }),
  ...historyRound(31, { status: 9, items: 3 }),
  // h32 (1955–1978 excerpts that read as current: the first plan's figures, Soviet aid, 1975's 党的一元化领导, 1973's 林彪;
  // 2019–2020 articles that look old: anniversaries, 党史, 毛泽东同志 quoted, 雷锋, 少先队): open, the 1978 economic prose,
  // 1956–57 budget and school prose and 1975's 大搞群众运动 alone stay 现行.
  ...historyRound(32, { status: 10, items: 3 }),
  // h52 (1956–1978 excerpts: the war directive, 解放台湾, 1978's 跃进 and 高速度, 1956–57 budget, school and employment
  // prose; 1979–2020 texts on Taiwan, defence and the same years): open, the 1956–57 prose, 1978's 文化建设的新高潮 and its
  // Middle East line (one phrase) stay 现行.
  ...historyRound(52, { status: 5, items: 3 }),
  // h53 (1956–1978 excerpts: 1956–59 budget, wage, school and industry prose, 1977–78 plan prose, 1973–75
  // texts whose note is the question; 1979–1983 reports and 2019–2020 articles that look old): open, the 1956–59
  // prose with no institution of the plan, two of its years or a phrase of its own, and the 十一大's 毛主席一贯教导
  // alone, stay 现行.
  ...historyRound(53, { status: 12 }),
  // h54 (1956–1978 excerpts: 1956–59 budget, campaign, decentralisation and Tibet prose, 1973–78 foreign and economic
  // prose; 1979–1982 reports and 2019 articles on 三线建设, 两弹一星 and 毛主席): open, the 1956–59 prose with no campaign,
  // institution or present word of its own, 1975's 上海公报 (labelled the Cultural Revolution's), 1978's Latin America
  // line and the 十一大's 走资派 sentence stay 现行.
  ...historyRound(54, { status: 9 }),
  // h55 (1954–1964 plain prose: 统购统销, co-operatives, the commune as a live institution, the second plan's figures,
  // 调整 and 精简; 1979–1985 reports and 2019–2020 articles on the same things that look old): open, the 1954 handicraft
  // co-operatives in traditional script (生产合作社 alone), 1957's jobs and wages (two years, no present word) and 1964's
  // 健全了人民公社制度 (a word the commune kept until 1983) stay 现行.
  ...historyRound(55, { status: 3 }),
  // h56 (1955–1964 prose that speaks of a plan year as this year and of the period's institutions as live: 一九五八年计划,
  // 拟定为, 在今年内, 农业合作社, 公私合营, 国民经济调整工作; 1980–1982 reports and 2019–2020 articles on 生产队, 国营农场 and
  // today's 农业合作社): open, 1956's and 1958's 今年 prose with no year or institution named, 1957's 公私合营 just done and
  // 1956's account of 1955's state farms (no present word) stay 现行 (1958's 冶金 list, 建设完工, since h60).
  ...historyRound(56, { status: 3 }),
  // h57 (1954–1964 and 1977 prose whose own words read as a look back, 一九五三年冬季以来, 一年多以来, 勤俭建国, 重大历史意义,
  // 长期以来, or whose time the code did not know, 已经执行了两年, 计划收购和计划供应, 筹委会, the 1956–67 纲要 as a draft; 1979–85
  // reports and 2019–20 articles with the same words): open, 1957's and 1959's own 当时 and 那时, 1964's 1965 campaign with
  // no institution and 1954's 台湾省尚待解放 alone stay 现行 (1957's and 1954's yield the three study items).
  ...historyRound(57, { status: 4, items: 3 }),
  // h58 (1954–1964 prose with one year or none: 几年以来, 今年内, 现有, 到现在, 定息, 1959's foreign-affairs voice; 1958–64
  // texts whose words tell the 1956–66 note; 1981–2020 texts that look old: anniversaries, 友好历史, 今年内 and 现有 today):
  // open, 1955's 现有 alone and 1955's 一直到现在 with no institution stay 现行 (1958's 今年内 list: 建设完工, since h60).
  ...historyRound(58, { status: 2 }),
  // h59 (1954–60 and 1977 prose: 今年内 with no year, 现有 alone, 五年以来, the 纲要's twelve-year target, spans from
  // liberation, a quarter or an NPC session, a year's 国家决算; 1981–2020 texts with the same words): open, 1958's 今年内
  // construction lists (建设完工, since h60) are 历史文献; 1960's 纲要 target with no present word stays 现行.
  ...historyRound(59, { status: 1 }),
  // h60 (1955's five-year plan unnumbered, 1955–58's 建设完工, 1977–78's campaign against the 四人帮 alone with every name in
  // its marks; 1979–2020 texts with numbered plans, 林彪、“四人帮” told as done, today's 大清查 and 流毒, a 四人帮 of today).
  ...historyRound(60),
  // h61 (1955's unnumbered plan with 将使 or a duty in another sentence, 1977–78's campaign against the 四人帮 alone: the
  // gang to criticise now, its system called bourgeois, 社会主义的新生事物; 1979–2020 texts with 流毒, 粉碎“四人帮”以来,
  // 新生事物 of anything new and numbered plans). h60h's misses were its shapes: h60h is no longer independent.
  ...historyRound(61),
  // h62 (1955's five-year plan unnumbered as the text's own, 1977–78's 四人帮 named alone beside one phrase of a period;
  // 1979–2020 texts with 揭批, 流毒, 清除 and plans qualified or numbered). h61h's misses were its shapes: h61h is no longer
  // independent.
  ...historyRound(62),
  // h63 (1959–78 prose with a single sign of its period: one set phrase of 1966–78 no later text says as its own, the
  // Leap as the text's own, the 四人帮 alone beside a present harm or the chairman's title; 1979–2020 texts with 抓纲治国
  // told as done, 革命委员会 replaced or of then, 准备打仗 and the gang looked back on). h62h's two 1977 misses were its
  // shapes: h62h is no longer independent.
  ...historyRound(63),
  // h64 (1954–77 prose with one sign the code missed: the Soviet ally, Taiwan to liberate as the text's own, the 纲要 to
  // reach early, the 社教 at hand, 兴无灭资, 政治挂帅, 我们所说的大跃进, the committees' duty, 刘少奇 as the foe, the
  // 三要三不要 held; 1986–2019 texts with the Soviet bloc, socialist education, Soviet aid in 1937 and Taiwan).
  ...historyRound(64),
  // h65 (1954–77 prose with one sign the code missed: 斗、批、改, 革命大联合, 革命大批判, the 四大矛盾, a present year told by a
  // span or the state's anniversary, the Soviet bastion of peace, 不法资产阶级分子, 老、中、青三结合, the chairman's line; 1979–2020
  // texts with 社会帝国主义 alone, 1959 named in a memoir, today's 土、肥、水、种).
  ...historyRound(65),
  // h66 (1954–78 prose whose only signs the code missed: 高速度 of the whole economy, 为无产阶级政治服务, the chairman's
  // instruction to carry out or his 正确路线, 1958–60's calls and a 跃进 the economy showed, the 四清 in its items, the
  // 1950s enemies, 1974–76's campaigns in plain words, 大干快上; 2013–2024 texts with 艰苦奋斗, 自力更生, 1958 and 1969
  // looked back on, 雷锋's diary quoted, 备战 and 高速 of today). h65h's misses were its shapes: h65h is no longer
  // independent.
  ...historyRound(66),
  // h67 (1949–78 prose whose only signs are weak: two of them, or one beside a set phrase, weak-signs.ts; 1958's white
  // flags and the 1958–60 education policy alone; 2020–25 texts that look old). h66h's misses were its shapes: h66h
  // is no longer independent. Its two open cases closed in h68 (h67-08's note relabelled to the neutral one its
  // words tell).
  ...historyRound(67),
  // h68 (the h67 leftovers rewritten and the period's ways of writing as weak signs: Han-numeral years, 工宣队, 毛主席语录,
  // 两报一刊, the 1965 base year, 打倒…！, 三反 as its own campaign, 社教工作队, 大辩论; 2018–25 texts that look old). h67h's
  // misses were its shapes: h67h is no longer independent.
  ...historyRound(68),
  // h69 (the h68h leftovers reworded — 高速度 beside a 1980/1985 goal, 大干快上 with 四个现代化, 三反's 大老虎 — and 1950s
  // 土改/合作化/一五, 1960s 调整 and 学大庆/学大寨, 1970s 学大寨会议 prose; 2016–25 党史 stories, 口述史, 年表 and 解说词 that
  // look old). h68h's misses were its shapes: h68h is no longer independent.
  ...historyRound(69),
  // h70 (the h69h leftovers reworded — 1962's 精减职工 and 停建缓建, 1964–65's 学习大庆的经验 — 1950–52 镇反, 增产节约 and
  // 统一财经, 1958's steel drive, a 最高指示 line, 悼词 and 追悼大会, 文献选编 notes; 2021–24 纪念, 口述, 大事记, 宣讲 that
  // look old).
  ...historyRound(70),
  // h71 (the h70h leftovers reworded — 1962's 精减职工 beside 加强农业战线, 1951's 控诉大会, 1952's 美帝国主义 with 增产节约, a
  // 悼词 without a day, 1959's canteen under a 选编 注释 — 1953–57 统购 and 合作化, 1960–62 八字方针 and 下放, 1963–65 四清 and
  // 学雷锋, 1974–76 批林批孔 and 学大寨 written plainly, letters; 2021–25 志愿服务, 红色旅游, 地方志, 回忆录 that look old).
  ...historyRound(71),
  // h72 (the h71h leftovers reworded — 1962's 压缩城镇人口, 1951's 斗争大会, 1955's 三定, 1961's 核算单位下放, a 四清 简报, 1963's
  // 题词以后, a letter to the 志愿军 — 1956–57 百花齐放 and 整风, 1958 小土群 and 并社, 1964–66 三线, 1975 整顿, 1978 科学大会,
  // Hong Kong 左派 press; 2021–26 村史, 纪念, 解说词, 党课 that look old).
  ...historyRound(72),
  // h73 (h72h's 三线 miss reworded, 1953–78 campaigns in shapes not yet covered: 统购统销, 合作化, 反修, 四清, 大字报, 社论,
  // 语录, 批邓, an early 真理标准 piece; 2021–25 党课, 回忆录, 地方志 and 精神 as present study that look old).
  ...historyRound(73),
];
