// The words that make a sentence a record rather than a general truth: statistics (增长, 亿, 百分之)
// and the narration of a year, a period or work done (回顾过去一年, …继续推进，, 作了…). Used by
// sentence-style.ts (styleOf: dated, narration).

// 万 and 亿 as amounts (三万, 数亿, 万元), not in set phrases (万众一心, 千家万户, 万里长江, 亿万人民).
export const DATED =
  /(比上年|同比|(?<!日益|不断|持续|稳定|较快|快速|平稳)增长|下降|[\d０-９零一二三四五六七八九十百千两几数上]万|万(?:元|吨|千瓦|公里|平方米)|亿(?!万)|百分之|个百分点)/;
/** Narration of what happened or when (回顾过去一年, 今年是…收官之年, 十六大以来的五年; 长期以来的共同愿望 is a
 * long-held wish, not a span told). */
export const NARRATION = new RegExp(
  '(回顾|过去一年|过去五年|今年|去年|明年|全年|(?<!长期)以来|长期以来[，,]|年来|近(?:些|几)年|今后[一二三四五六七八九十几]+年|(?:突出|主要)的问题是|届|收官|开局之年|顺利完成|胜利完成|圆满完成|基本形成|初步建立|再获|再创|丰收|创新高|突破' +
    // 过去的一年 / 过去六年中, “九五”时期: a span of the past or a plan's period, not a general truth.
    '|过去的?(?:一|[二三四五六七八九十几]+)年|[一二三四五六七八九十]五”?时期' +
    // (“十二五”是…的关键时期: a plan's period judged is the situation of its moment.)
    '|^“?[一二三四五六七八九十]{1,3}五”?(?:时期)?是' +
    // (今天是全国扶贫日, 再过几天，就是春节: the day of the writing named, not a truth.)
    '|^(?:今天|明天|昨天|这一天|当天)是|^再过[^，,。]{1,4}[，,]?就是' +
    // (如今的白沙村，白墙黛瓦，游人如织: a place as it is now, a story's scene.)
    '|^如今(?:的|[，,])' +
    // (我喜欢旅行, 父亲喜欢长城: the writer's own life told, an anecdote.)
    '|(?:^|[，,])(?:我|父亲|母亲|爸爸|妈妈|爷爷|奶奶|妻子|丈夫|儿子|女儿)(?:也|都|一直|从小)?(?:喜欢|爱好|去过|到过|来过|第一次)' +
    // A decision announced (国务院决定，…), the situation of the moment (当前经济形势…, 当今世界是…的), a decade
    // foreseen or told (九十年代…), a claim bounded to a period (在相当长一段时期内…) are events,
    // not general truths.
    '|^[^，,。]{2,8}(?:已经|已)?决定[，,]|在[^，,。]{0,8}时期(?:内|里|中)|(?:当前|目前|眼下)[^，。]{0,6}(?:形势|局势|情况|状况)|^当今世界是|[二三四五六七八九]十年代' +
    // A clause ending in progress made is a year's record (国有企业改革继续推进，现代企业制度建设加快).
    '|(?:继续推进|稳步推进|全面推进|持续推进|深入推进|扎实推进|有序推进|基本完成|加快|进展顺利|成效明显|明显改善|不断提高|不断增强|进一步加强|全面加强|不断深化|逐步完善|逐步深入|有所(?:提高|改善|增强|加强|发展|好转)|广泛开展|深入开展|深入进行|不断加强|(?:成绩|成效)显著|显著(?:提高|提升|增强)|(?<!的)形成|如期完[工成]|全面完成|顺利实施|成功举办|取得[^，。]{0,6}(?:进展|成效|成果|成绩)' +
    // (`蒋文斌…，讲述了共同富裕的内涵。`: a lecture told, the lecturer taking the floor.)
    '|(?:讲述|讲起)了[^，。；]{2,20}?(?:经历|故事|内涵|道理)' +
    ')[，。；]' +
    // A works' completion (青藏铁路全线通车, 一号机组建成投产) is an event told; not one wished or planned
    // (让项目早开工、早投产, 确保年底前全线通车).
    '|(?:^|[，。；])(?![^，。；]*(?:要|将|确保|力争|争取|尽快|早|计划|预计|有望|力求|推动|促进))[^，。；]*' +
    '(?:完工|竣工|通水|通车|通航|投产|投运|开通|贯通|并网发电|落成|交付使用)[，。；])',
);

/** 一条公路，连起了山里山外；一片茶园，富了一村百姓: each half of a pair told as a deed done (V了), a story's record
 * in a couplet's shape (为了, 除了, 了解, 少不了 are no deed). */
const DEED = '(?<![为除到不])了(?![解不如])';
export const DONE_PAIR = new RegExp(`^[^；;]*${DEED}[^；;]*[；;][^；;]*${DEED}`);

/** `社区二十个网格，每个网格都有…`: how many of a thing a place has, its subject counted (a briefing's figures; not an
 * order, `社区是老人的第二个家`). */
export const COUNT_TOLD =
  /^[^，,。；;“”]{2,8}?(?<![第二两三四五六七八九十百0-9０-９])(?:[二两三四五六七八九十百]+|[0-9０-９]+)个[^，,。；;“”]{1,4}[，,]/;

/** Where a place lies (`东岭县地处山区，耕地少、坡地多`, `…位于…`): a description of one place, not a truth. */
export const PLACE_TOLD = /^[^，,。；;]{2,12}?(?:地处|位于|坐落于|地跨)/;

/** `一边是企业招工难，一边是青年就业难`: two sides of a situation set side by side describe the moment, they
 * judge nothing (决不能一边高楼林立，一边棚户连片 bans a state; it sets no 一边是 side by side). Used by sentence-fragment.ts. */
export const SIDES_TOLD = /(?:^|[，,：:])一边是[^，,。；;]+[，,；;]一边(?:是|却)/;

/** `看着满山的茶树，韦国良信心满满。`: a closing clause that is only someone and the mood the reporter sees in him
 * tells a scene; it states nothing (a pledge, `我们对未来充满信心`, is no such mood word and no third person). */
export const MOOD_TOLD =
  /[，,](?!我)[\u4e00-\u9fff]{1,4}?(?:信心满满|信心十足|感慨万千|感慨不已|喜上眉梢|喜笑颜开|笑得合不拢嘴|乐开了花|干劲十足)[。！!]?$/;

/** A change told as come about (我们的国际威望更加提高了, 工业生产有了新的发展): the record of a period. */
export const CHANGE_TOLD = /(?:更加|日益)[^，,。；;]{1,4}了(?:[，,。；;！]|$)|有了(?:新的|很大|显著|较大|长足)/;

/** Work told as done (作了认真的清理, 取得了…), unless it is a condition (如果做了，就是犯法). */
export const DONE = /^(?!.*(?:如果|只要|一旦|倘若|凡是)).*(?:作|做|进行|取得|实现|经历|完成|发生)了/;

/** 审计监督的力度越来越大，成效越来越明显: every clause a trend (越来越) is the record of a period, its
 * repeated 越来越 no figure of speech. */
export function trendTold(clauses: string[]): boolean {
  return clauses.length >= 2 && clauses.every((x) => x.includes('越来越'));
}

/** 某某同志是……的表率, 某某先生是……的先行者, 学习某某先生，就是要学习他……: one person held up as a model in a
 * eulogy or a commemoration, not a general truth (`……的一生，是……的一生` keeps its own form, and so does a
 * judgement of a leader's place in history, `……同志是……的总设计师`). */
export const PERSON_APPRAISED =
  /^[\u4e00-\u9fff]{2,4}(?:同志|先生|女士|烈士)是[^，,。；;]{0,24}(?:表率|楷模|榜样|先行者|典范|标杆)|^学习[^，,。]{2,8}[，,]就是要学习/;
