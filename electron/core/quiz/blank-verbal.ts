// Key words that sit where any word of their kind fits, so a learner's equally right answer would be
// marked wrong: a verb phrase or a manner before what it governs (【贯彻落实】总书记重要讲话精神 — 学习贯彻;
// 【认真学习】先进典型事迹 — 大力宣传; 【坚定不移】推进 — 持续), a verb taking its object (查摆问题实，【剖析】原因深
// — 分析), the modifier of a kind of people (各级【领导】干部 — 党员干部), and one of a pair of like nouns
// (把【心思】和精力集中到… — 时间和精力).
import { tokenize, type Token } from '../text/segment.js';

/** Tags of a verb, an adjective or an adverb: the halves of 贯彻落实, 认真学习, 坚定不移. */
const VERBAL_TAG = /^(v|vn|vd|a|ad|d)$/;

const verbalHalf = (s: string) => {
  const t = tokenize(s);
  return t.length > 0 && t.every((x) => VERBAL_TAG.test(x.tag));
};

/** A four-character word made of two verbal halves (贯彻/落实, 认真/学习, 坚定/不移) right before the word
 * it governs: it says how or what is done to the thing named after it, and 学习贯彻, 大力宣传, 持续 fit
 * as well. */
export function verbalPhrase(text: string, w: { start: number; end: number; word: string }): boolean {
  if (w.word.length !== 4 || !/^\p{Script=Han}$/u.test(text[w.end] ?? '') || /[的地]/.test(text[w.end]!)) return false;
  return verbalHalf(w.word.slice(0, 2)) && verbalHalf(w.word.slice(2));
}

/** An idiom right before the verb it qualifies (全县要【一心一意】谋项目, 【坚定不移】推进): a manner, 全力以赴 fits
 * as well, also after a comma (…，【一心一意】谋项目). Not at the opening of its sentence nor before 是 or a modal:
 * there the idiom is the subject (艰难险阻挡不住…, 艰苦奋斗是…). */
export function mannerIdiom(tokens: readonly Token[], w: { start: number; end: number; tag: string }): boolean {
  if (!/^(i|l)$/.test(w.tag)) return false;
  const before = tokens.find((t) => t.end === w.start);
  if (!before || (before.tag === 'x' && !/^[，,；;]$/.test(before.word))) return false;
  const next = tokens.find((t) => t.start === w.end);
  return !!next && next.tag === 'v' && !/^(?:[是要能会应可就才]|需要|应该|应当|必须)/.test(next.word);
}

/** A verb-noun (剖析/vn) directly followed by a noun it governs (原因), or by a quality with 的 that opens its object
 * (【营造】良好的文化环境, questions-imported26.json): used as a verb, 分析 and 创造 fit as well. */
export function verbWithObject(tokens: readonly Token[], w: { end: number; tag: string }): boolean {
  if (w.tag !== 'vn') return false;
  const i = tokens.findIndex((t) => t.start === w.end);
  const next = tokens[i];
  if (!next) return false;
  return /^(n|nz|vn)$/.test(next.tag) || (/^(a|ad|b|z)$/.test(next.tag) && tokens[i + 1]?.word === '的');
}

/** Heads naming a kind of people: the word before them says which (领导干部, 党员干部, 基层干部). */
const PEOPLE_HEAD = /^(?:干部|党员|群众|同志|人员|职工)/;

export function beforePeopleHead(text: string, w: { end: number }): boolean {
  return PEOPLE_HEAD.test(text.slice(w.end));
}

/** One of two like nouns joined by 和/与 (心思和精力): its partner says only its kind, 时间 fits as well. A
 * 提法 (计划生育和环境保护) is blanked as such before any word is. */
export function pairItem(tokens: readonly Token[], w: { start: number; end: number; word: string }): boolean {
  const i = tokens.findIndex((t) => t.start === w.start);
  if (i < 0) return false;
  // jieba tags some nouns vn (【生命】和热血): they pair as well.
  const like = (t: Token | undefined) => !!t && t.word.length === w.word.length && /^(n|nz|an|vn)$/.test(t.tag);
  const after = tokens[i + 1];
  const before = tokens[i - 1];
  return (
    (/^[和与]$/.test(after?.word ?? '') && like(tokens[i + 2])) ||
    (/^[和与]$/.test(before?.word ?? '') && like(tokens[i - 2]))
  );
}

/** The speaker's own role in a first-person line (我只是做了一名【村支书】该做的事): fixed by who speaks, not by
 * the sentence; 党员, 干部 fit as well. */
export function ownRole(text: string, w: { start: number }): boolean {
  return /(?:一名|一位|一个)$/.test(text.slice(0, w.start)) && /我(?!们)/.test(text.slice(0, w.start));
}

/** A four-character phrase of a verb and its object asked of someone after 要 (环境整治要【发动群众】一起干): an
 * action, 组织群众, 依靠群众 fit as well. */
export function actionAfterMust(text: string, w: { start: number; word: string }): boolean {
  if (w.word.length !== 4 || !/(?:要|必须|应当|需要)$/.test(text.slice(0, w.start))) return false;
  const [verb, object] = [tokenize(w.word.slice(0, 2)), tokenize(w.word.slice(2))];
  return verb.length === 1 && /^v/.test(verb[0]!.tag) && object.length === 1 && /^n/.test(object[0]!.tag);
}

/** A phase named by how much it matters (防火【关键期】, 【高发期】, 【攻坚期】): 关键期, 高峰期, 紧要关头 fit one
 * another. */
export const phaseWord = (w: { word: string }) =>
  /^(?:关键|重要|高峰|高发|多发|敏感|紧要|黄金|窗口|攻坚|冲刺)期$|^(?:状态|阶段)$/.test(w.word);

/** A manner with its verb (通过全体中华儿女【共同努力】; 促进经济【持续增长】): how the subject acts, 团结奋斗,
 * 平稳增长 fit as well. */
export function mannerVerb(w: { word: string }): boolean {
  if (w.word.length !== 4) return false;
  const manner = tokenize(w.word.slice(0, 2));
  return manner.length === 1 && /^(d|ad|vd)$/.test(manner[0]!.tag) && verbalHalf(w.word.slice(2));
}

/** Whose life or good a people word names (不断改善【城乡人民】生活): 人民, 群众 fit as well. */
export function peopleBeforeTheirGood(text: string, w: { end: number; word: string }): boolean {
  return /(?:人民|群众|百姓|居民|农民|职工)$/.test(w.word) && /^(?:生活|利益|福祉|收入)/.test(text.slice(w.end));
}

/** What is done by example (带头【苦干】, 率先【垂范】): an action any of its kind fits (实干, 示范). */
export const afterLead = (text: string, w: { start: number }) => /(?:带头|率先)$/.test(text.slice(0, w.start));

/** People in the plural (【乡亲们】既拿租金又拿工资): 村民, 群众 fit as well. */
export const peoplePlural = (w: { word: string }) => /\p{Script=Han}们$/u.test(w.word);

/** The manner a frame asks of an act (以对国家和人民高度负责的【精神】): 态度, 姿态 fit as well. */
export function mannerNoun(text: string, w: { start: number; word: string }): boolean {
  if (!/^(?:精神|态度|姿态|作风|劲头)$/.test(w.word) || text[w.start - 1] !== '的') return false;
  const clause =
    text
      .slice(0, w.start)
      .split(/[，,；;。：:！？]/)
      .pop() ?? '';
  return /(?:以|用|拿出)/.test(clause);
}

/** A quality after a degree word (采取更加【有力】的措施): 有效, 坚决 fit as well. */
export const afterDegree = (text: string, w: { start: number }) =>
  /(?:更加|更为|越来越|十分|非常|比较|较为)$/.test(text.slice(0, w.start));

/** A blank the segmenter cut before a suffix (每一名【网格】员): half a word, 员 gives the rest away. */
export const beforeSuffix = (tokens: readonly Token[], w: { end: number }) =>
  tokens.some((t) => t.start === w.end && t.word.length === 1 && /^(?:zg|k|ng)$/.test(t.tag));

/** The subject of a change of state at a clause's start (【村子】干净了，住着舒心; 【道路】平整了): what changed is
 * told by the document; 村庄, 环境 fit as well. */
export function stateSubject(text: string, tokens: readonly Token[], w: { start: number; end: number }): boolean {
  if (w.start > 0 && !/[，,。；;！!？?：:\s]/.test(text[w.start - 1]!)) return false;
  const i = tokens.findIndex((t) => t.start === w.end);
  return i >= 0 && /^a/.test(tokens[i]!.tag) && /^了$/.test(tokens[i + 1]?.word ?? '');
}

/** Whose thing is said only to have a quality (【榜样】的力量是无穷的): the predicate fixes no owner, 人民,
 * 群众 fit as well. A subject itself (当今世界是丰富多彩的) is what the sentence is about and keeps its blank. */
export function qualityOnly(text: string, w: { start: number; end: number }): boolean {
  if (w.start > 0 && !/[，,。；;！!？?：:\s]/.test(text[w.start - 1]!)) return false;
  return /^的\p{Script=Han}{1,4}(?:就|也|都)?是\p{Script=Han}{1,4}的[。！!]?$/u.test(text.slice(w.end));
}

/** What people are heard to say (听到群众的【真心话】): 心声, 呼声 fit as well. */
export const peopleHeard = (text: string, w: { start: number }) =>
  /(?:听到|听取|倾听|听听|听见|了解|收集)(?:群众|百姓|老百姓|人民群众|村民|居民|职工)的$/.test(text.slice(0, w.start));

/** Where a thing is built or set (把支部建在【网格】上, 让党旗在每一个小区…): 小区, 楼栋 fit as well. */
export const placeSetOn = (text: string, w: { start: number; end: number }) =>
  /(?:建在|设在|放在|落在|摆在|扎在)$/.test(text.slice(0, w.start)) && /^上/.test(text.slice(w.end));

/** Whether the blank cuts a word the sentence spells whole elsewhere (政之所兴在【顺民】心，政之所废在逆民心:
 * 民心 runs across the blank's edge): the segmenter split it, and the blank is half a word. */
export function cutsWord(text: string, w: { start: number; end: number }): boolean {
  const across = [text.slice(w.end - 1, w.end + 1), text.slice(w.start - 1, w.start + 1)];
  const rest = text.slice(0, Math.max(0, w.start - 1)) + '|' + text.slice(w.end + 1);
  return across.some((g) => /^\p{Script=Han}{2}$/u.test(g) && rest.includes(g));
}

/** Whether the blank is a kind of people after a level word (基层【党员干部】, 各级【干部】, 广大【党员】): 干部, 党员,
 * 党员干部 fit as well; the level says who, the blank only repeats it. */
export function peopleAfterLevel(text: string, w: { start: number; word: string }): boolean {
  return /(?:基层|各级|广大|全体|全县|全市|全区|全省)$/.test(text.slice(0, w.start)) && PEOPLE.test(w.word);
}
const PEOPLE = /^(?:党员干部|领导干部|党员|干部|群众|职工|人员|党员群众|干部群众)$/;

/** Whether the blank is the kind of a name set in quotation marks (“网格+党建”【模式】): what the quoted
 * name is called (机制, 做法, 工作法 fit as well), not what it is. */
export function kindAfterQuote(text: string, w: { start: number; word: string }): boolean {
  return text[w.start - 1] === '”' && w.word.length === 2;
}

/** Whether the blank is the course a thing is done in (中国的发展成就从来都是在【攻坚克难】中取得的): 在____中 before a verb
 * says how, and any course fits (艰苦奋斗, 改革开放; questions-imported26.json). */
export function courseOfAct(tokens: readonly Token[], text: string, w: { start: number; end: number }): boolean {
  if (text[w.start - 1] !== '在' || text[w.end] !== '中') return false;
  const next = tokens.find((t) => t.start === w.end + 1);
  return !!next && next.tag === 'v';
}
