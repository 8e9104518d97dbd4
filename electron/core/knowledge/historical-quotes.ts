// A 历史文献 (written before the Third Plenum) is never study material, but its 金句 are still shown
// as reading aids. Only a line that is still a quotable thesis may be one: a general judgement with a
// form of its own (没有现代化的技术，就没有现代化的工业; 核武器是人制造的，人一定能够消灭核武器), never the
// period's own voice (阶级斗争, 人民公社, 帝国主义 …), never the record of its moment (figures, 现在,
// 已经, …提高了), its particulars (a place, a union) or a remark (最遗憾的是…). An empty list beats a
// bad one (tests/eval/knowledge/RUBRIC.md, 历史文献的金句).
import type { RankedQuote } from './quote-rank.js';
import { foldForSearch } from '../text/normalize.js';
import { tokenize } from '../text/segment.js';
import { DATED, NARRATION } from './narration-words.js';
import {
  ANTI_RIGHTIST_WORDING,
  CR_WORDING,
  FOUNDING_WORDING,
  LEAP_WORDING,
  PRE_PLENUM_WORDING,
} from './period-wording.js';
import { holdsSupersededLine } from './superseded-lines.js';

/** The period's own voice beyond its set phrases: class struggle as the key, the campaigns and
 * institutions later given up, the Cold War's fighting words (苏美两霸 and 以钢为纲, spanning words of
 * period-wording.ts, are named here). (Not the 1956 急躁冒进 of
 * EARLY_WORDING: the 反冒进 lines are the ones still quoted.) */
const PERIOD_VOICE =
  /阶级斗争|阶级敌人|阶级教育|(?:无产|资产)阶级(?!的[^，,。；;]{0,6}作风)|剥削阶级|反动(?:阶级|派)|被压迫民族|夺权|复辟|修正主义|苏修|美帝|苏美两霸|美苏两霸|以钢为纲|帝国主义|走狗|侵略者|纸老虎|毒草|社会主义阵营|学(?:解放军|大寨|大庆)|人民公社|公社|跃进|总路线|三面红旗|文化革命|文化大革命|革命化|思想改造|知识分子改造|毛泽东思想|解放台湾|反革命|军阀|公共食堂|东风压倒西风|兴无灭资|继续革命|四人帮|毛主席|天下大乱|人民要革命|革命斗争|抓好?革命|小农经济|私营|私商|公私合营|社会主义改造|统购统销|[\u4e00-\u9fff]{2}运动(?![员会场])|[左右]”?倾|机会主义/;

/** The moment the text was written in: when (a year, 现在, 本年, 几年来, 原来), what was done (已经,
 * …提高了，), what the figures were (比较多, 是因为…). */
const MOMENT =
  /[〇零一二三四五六七八九十\d]{2,4}年|现在|目前|当前|今天|本年|今年|去年|明年|最近|近年|年来|原来|以前|已经|曾经|有了|了[，。；！,;!]?$|了[，；,;]|比较(?:多|少|大|小|快|慢|好|差)|是因为|是由于|将(?:有|要|比)|今后|[一二三四五几两]年(?:内|中)|五年计划|形势|新中国/;

/** Leaning on what came before: a pointer in the first clause (这三者, 这方面, 第一个主意), or an
 * opening that continues another sentence (既不是…，也不是…; 也应当…). */
const LEANS =
  /^(?:既|也|又|就|还|而|但|却|所以|因此|可见|同时|否则|不然)|他们|^[^，,。；;]*(?:这|那|此|(?<!应)该|上述|其(?![他它余中实])|第[一二三四五六七八九十]个)|(?:也|还)(?:应当|应该|要|必须)/;

/** 我们过去用…赢得了…，我们现在要用…: a then-and-now contrast dates nothing; its 现在 and the 了 of its
 * 过去 clause are the form (the words of the moment outside such a contrast still are). */
function outsideThenNow(text: string): string {
  const m = /过去[^，,；;。、]*[，,；;、][^，,；;。]*(?:现在|今后)/.exec(text);
  return m ? text.replace(m[0], m[0].replace(/了|现在|今后/g, '')) : text;
}

/** 批判从严，处理从宽 / 大权独揽，小权分散: two four-character clauses and nothing else are a motto of a
 * campaign, no judgement (人不犯我，我不犯人，人若犯我，我必犯人 has four and says one). */
const BARE_MOTTO = /^\p{Script=Han}{4}[，,、]\p{Script=Han}{4}[。！!]?$/u;

/** An order or a provision of the moment, not a thesis: 要提高警惕, 必须重视…, 可以由主管部门调给…, 就要争取…
 * 不要设…, 决不容许任何派别活动 (要使…, in order to, opens a thesis). */
const ORDER =
  /^(?:(?:在|对于)[^，,]{2,16}[，,])?(?:要|必须|应当|应该|不要|决不容许|绝不容许)(?!使|懂得|认识|看到)|可以由|就要|^[^，,]{2,12}[，,]是为了/;

/** 干部要守法，群众要守法，人人都要守法: every clause of several an order is a task list
 * (主要, 重要, 需要 are no modal). */
function everyClauseOrders(text: string): boolean {
  const clauses = text.split(/[，,；;。！!]/).filter((c) => c.length >= 2);
  // (One clause with 必须 is a principle, 国际合作必须建立在自力更生的基础上.)
  return clauses.length > 1 && clauses.every((c) => /(?<![主重需纲摘概提只想])要(?![使求素点])|必须|应当|应该/.test(c));
}

/** A remark of the speaker's, not a thesis: a feeling, a hedge, a hope, a belief declared. */
const REMARK = /遗憾|看来|希望|感谢|相信|信心|高兴/;

/** Part of a group told about (许多工业产品的…, 大部分工会…): a record, not a general truth. */
const PARTIAL =
  /^(?:许多|很多|不少|有些|有的|有人|大部分|一部分|部分)|的(?:大部分|很多方面|许多|一部分)|其中也?有|有人(?:认为|说|表示)/;

/** A general form: a couplet, a series, a 关联句式, a figure, classical wording, a framed quotation,
 * a stance, a condition; or a judgement said of all (一切, 任何, 从来, 永远, 都). A plain
 * predication (京奉路的组织是秘密的, 运动的发展是不平衡的) is none, nor is a quotation for being framed
 * (对于革命来说，总是多一点人好). */
const GENERAL_FORM = /对仗|排比|关联句式|比喻|古语凝练|表态|条件论断|常用名句/;
const GENERAL_WORD = /一切|任何|从来|永远|凡是|总是|都/;
/** The score a plain judgement needs (a short or much-cited one: 农业是国民经济的基础). */
const PLAIN_BAR = 5;

/** Places that are no particulars: the country, the world, and words jieba tags as places (城市, 外国, 大国). */
const PLACE_OK =
  /^(?:中国|中华|我国|国家|台湾|香港|澳门|亚洲|世界|城市|农村|城乡|外国|国外|各国|大国|小国|全国|地方|各地|本国|别国)/;

function namesPlace(text: string): boolean {
  return tokenize(text).some((t) => t.tag === 'ns' && !PLACE_OK.test(t.word));
}

const PERIOD_LISTS = [CR_WORDING, PRE_PLENUM_WORDING, ANTI_RIGHTIST_WORDING, FOUNDING_WORDING, LEAP_WORDING].flat();

/** The line speaks in its period's voice (its set phrases, a superseded line, its fighting words). */
export function inPeriodVoice(text: string): boolean {
  const t = foldForSearch(text);
  return PERIOD_VOICE.test(t) || PERIOD_LISTS.some((re) => re.test(t)) || holdsSupersededLine(t);
}

/** Why a ranked line of a 历史文献 is no 金句 there; null when it is still a quotable thesis. `next`:
 * the sentence after it in its paragraph, when known. */
export function unquotableInHistory(r: Pick<RankedQuote, 'text' | 'reason' | 'score'>, next?: string): string | null {
  const t = foldForSearch(r.text).trim();
  if (inPeriodVoice(t)) return 'period voice';
  const dated = outsideThenNow(t);
  if (MOMENT.test(dated) || DATED.test(dated) || NARRATION.test(dated)) return 'its moment';
  if (LEANS.test(t)) return 'leans on the text before';
  if (REMARK.test(t)) return 'a remark';
  if (ORDER.test(t) || everyClauseOrders(t)) return 'an order';
  if (PARTIAL.test(t)) return 'part of a group told about';
  if (BARE_MOTTO.test(t)) return 'a motto';
  // 社会主义社会是一个相当长的历史阶段。在社会主义这个历史阶段中，还存在着阶级…: a line the next
  // sentence takes up (这个…) to state the period's line is the head of that line.
  const after = next ? foldForSearch(next).trim() : '';
  if (after && LEANS.test(after) && inPeriodVoice(after)) return 'heads a line of its period';
  // (A plain judgement stands when later texts still cite it, 农业是国民经济的基础, or when it weighs
  // enough without the points for opening a paragraph and for being short.)
  const plain = r.score - (/段首/.test(r.reason) ? 1 : 0) - (/警句/.test(r.reason) ? 1.5 : 0);
  const weighty = /格言式论断/.test(r.reason) && (/书库中另有/.test(r.reason) || plain >= PLAIN_BAR);
  if (!GENERAL_FORM.test(r.reason) && !GENERAL_WORD.test(t) && !weighty) return 'no general form';
  if (namesPlace(t)) return 'names a place';
  return null;
}
