// Key words whose blank the line gives away or leaves open, found by judging questions-fill67.json (the library's
// 金句 填空): a word set against a like word of a clause that ends alike, a word the line says again in short, the
// second head of a modifier said twice, the interest a line serves, a grade of weight, a noun of pace or of measures,
// a negated state closing its clause, a quality said of the subject, the -化 tail of a compound, a subject said
// only to matter; and by questions-fill68.json: a couplet's verb, a rank of a one-word subject, a word whose half
// the next clause repeats, the people as an acting subject, a verb of pushing on with its object, one praise of a
// series and the front of a two-noun subject; and by questions-fill69.json: a role word beside another, one quality
// of a pledge's series, the last of a chain of 关键看 and the field of a closing cheer.
import type { Token } from '../text/segment.js';
import { subjectPredicate } from './open-subject.js';

type Word = { start: number; end: number; word: string };

const CLAUSE = /[，,。；;！!？?：:]/;
const CLAUSE_END = /^(?:[，,。；;！!？?：:”"’]|$)/;
/** Words that only say the second clause is like the first (亮点也在基层). */
const LIKEWISE = /也|亦|同样/g;

function clauseAround(text: string, at: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && !CLAUSE.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !CLAUSE.test(text[to]!)) to++;
  return { from, to };
}

function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** A word set against a like word of a neighbouring clause that ends alike (党建工作的难点在基层，【亮点】也在基层;
 * 【物质】贫困不是社会主义，精神贫乏也不是社会主义): the other clause's word gives the blank away (精神 → 物质) or
 * leaves it open (难点 → 亮点, 重点). */
export function contrastTwin(text: string, w: Word): boolean {
  const own = clauseAround(text, w.start);
  const mine = text.slice(own.from, own.to).replace(LIKEWISE, '');
  const neighbours = [clauseAround(text, own.from - 2), clauseAround(text, own.to + 1)].filter(
    (c) => c.from !== own.from && c.to > c.from,
  );
  return neighbours.some((c) => {
    const other = text.slice(c.from, c.to).replace(LIKEWISE, '');
    const tail = commonTail(mine, other);
    // The shared end is a phrase of its own (在基层, 不是社会主义), and both clauses hold more before it.
    if (tail < 3 || tail >= other.length || tail >= mine.length) return false;
    // The blank opens where the two clauses still differ, and the other clause holds a like word in its place (难点,
    // 精神): not a list (保持谦虚、谨慎、不骄、不躁的作风 beside 保持【艰苦奋斗】的作风, the point of the 两个务必).
    const at = text.slice(own.from, w.start).replace(LIKEWISE, '').length;
    if (at >= mine.length - tail) return false;
    const fromEnd = mine.length - at - w.word.length;
    const like = other.slice(other.length - fromEnd - w.word.length, other.length - fromEnd);
    return like.length === w.word.length && like !== w.word && /^\p{Script=Han}+$/u.test(like);
  });
}

/** A word after 各/全/多 that the line says again in short (促进各【民族】共同团结奋斗…各族人民): the short form
 * gives it away. */
export function saidInShort(text: string, w: Word): boolean {
  const p = text[w.start - 1];
  if (w.word.length !== 2 || !p || !/[各全多]/.test(p)) return false;
  const rest = text.slice(0, w.start - 1) + '|' + text.slice(w.end);
  return rest.includes(p + w.word[1]) || rest.includes(p + w.word[0]);
}

/** A noun of pace (前行的【步伐】: 脚步 fits as well), the measures one takes (采取更加有力的【措施】: 举措, 办法
 * fit as well) or the sleeves one rolls up (撸起【袖子】加油干, fillimported70): a closing formula's filler, never what
 * the line teaches. */
export function fillerNoun(text: string, w: Word): boolean {
  if (/^(?:步伐|脚步|步子)$/.test(w.word)) return true;
  if (/^(?:袖子|膀子)$/.test(w.word) && /(?:撸起|挽起|卷起|甩开)$/.test(text.slice(0, w.start))) return true;
  return /^(?:措施|举措|办法)$/.test(w.word) && /采取[^，,。；;！!]{0,8}$/.test(text.slice(0, w.start));
}

/** The second head of a modifier said twice (新兴产业和新兴【业态】): an item of a pair, 领域, 技术 fit as well. */
export function pairedHead(text: string, w: Word): boolean {
  return /(\p{Script=Han}{2})\p{Script=Han}{1,4}[和与及、]\1$/u.test(text.slice(Math.max(0, w.start - 10), w.start));
}

/** The people's interest a line is said to serve (是各族人民的【根本利益】所在, 符合…的【根本利益】): the frame, not what
 * the line teaches; or a grade of weight (真正有力量的【决定性】因素: 关键, 重要 fit as well), or before 所在 (是促进
 * 经济平稳增长的【关键】所在: 根本, 核心 fit as well; questions-fillimported68.json). */
export function frameWord(text: string, w: Word): boolean {
  if (/^(?:根本|共同|长远)?利益$/.test(w.word)) return true;
  if (/^(?:关键|根本|核心|要害|症结)$/.test(w.word) && text.startsWith('所在', w.end)) return true;
  return /^\p{Script=Han}{2}性$/u.test(w.word) && /^(?:因素|作用|意义|地位)/.test(text.slice(w.end));
}

/** A negated state closing its clause (信心【不可动摇】, 干劲【不能松懈】): 不能动摇, 坚定不移 fit as well. */
export function negatedState(text: string, w: Word): boolean {
  return /^(?:不|决不|绝不|毫不)/.test(w.word) && CLAUSE_END.test(text.slice(w.end));
}

/** A quality said of the subject and nothing more (世界是【丰富多彩】的): 多样, 多极 fit as well. */
export function qualityPredicate(text: string, w: Word): boolean {
  return text[w.start - 1] === '是' && /^的(?:[，,。；;！!]|$)/.test(text.slice(w.end));
}

/** The -化 tail of a compound (经济【全球化】, 世界【多极化】): the blank cuts the term, 经济合作 fits its rest. */
export function tailOfCompound(tokens: readonly Token[], w: Word): boolean {
  return (
    /^\p{Script=Han}{2}化$/u.test(w.word) &&
    tokens.some((t) => t.end === w.start && /^(?:n|nz|vn|j|an|ng)$/.test(t.tag))
  );
}

/** A subject said only to matter (【农业】是关系全局的问题): 粮食, 就业 fit as well. */
export function mattersOnly(text: string, w: Word): boolean {
  const predicate = subjectPredicate(text, w);
  return !!predicate && /^(?:关系|关乎|事关|涉及)\p{Script=Han}{1,4}的(?:问题|大事|事情)$/u.test(predicate);
}

/** The verb linking the two nouns of a clause of a six-character couplet (奋斗【铸就】辉煌，实干赢得未来): 创造, 成就
 * fit as well (questions-fill68.json). */
export function coupletVerb(text: string, w: Word): boolean {
  const own = clauseAround(text, w.start);
  const han = (c: { from: number; to: number }) => /^\p{Script=Han}{6}$/u.test(text.slice(c.from, c.to));
  const neighbours = [clauseAround(text, own.from - 2), clauseAround(text, own.to + 1)].filter(
    (c) => c.from !== own.from && c.to > c.from,
  );
  return w.word.length === 2 && w.start === own.from + 2 && han(own) && neighbours.some(han);
}

/** A rank said of a one-word subject closing its clause (生命【高于一切】，安全重于泰山): 至上, 第一 fit as well
 * (questions-fill68.json). */
export function rankOfSubject(text: string, w: Word): boolean {
  const own = clauseAround(text, w.start);
  return (
    /^(?:高于一切|重于一切|压倒一切|至上|第一)$/.test(w.word) &&
    w.start - own.from === 2 &&
    CLAUSE_END.test(text.slice(w.end))
  );
}

/** A two-character word opening its clause whose half the next clause's opening word repeats (【有权】不可任性，用权必受
 * 监督): the line gives 权 away and leaves 权力 open (questions-fill68.json). */
export function echoedHalf(text: string, w: Word): boolean {
  const own = clauseAround(text, w.start);
  if (w.word.length !== 2 || w.start !== own.from) return false;
  const next = text.slice(own.to + 1, own.to + 3);
  return next.length === 2 && next[1] === w.word[1] && next[0] !== w.word[0] && /^\p{Script=Han}{2}$/u.test(next);
}

/** The people as a subject that acts or whose matters count (【中华民族】不仅能够创造…, 【老百姓】的事情再小也是大事): 中国人民,
 * 群众 fit as well (questions-fill68.json). Of a name it heads (中华民族大家庭) or said to be one (是一个大家庭) it stays. */
export function peopleActing(text: string, w: Word): boolean {
  return (
    /^(?:中华民族|中国人民|全国人民|老百姓|百姓|人民群众|群众)$/.test(w.word) &&
    /^(?:不仅|能够|一定|都能|的事)/.test(text.slice(w.end))
  );
}

/** A verb of pushing on with its object (不坚决【推进改革】，…): 深化改革 fits as well (questions-fill68.json). A 提法 of the
 * lexicon (全面深化改革) is blanked before any word and never comes here. */
export function pushAndObject(w: Word): boolean {
  return /^(?:推进|深化|推动|加快|进行|实行)\p{Script=Han}{2}$/u.test(w.word);
}

/** The predicate of a clause whose subject the next or the last clause says again (团结就是【大局】，团结就是力量;
 * 团结就是【力量】，团结才能胜利): one praise of a series, 胜利, 力量 fit as well (questions-fill68.json). */
export function seriesPraise(text: string, w: Word): boolean {
  const own = clauseAround(text, w.start);
  const subject = /^(\p{Script=Han}{2,4}?)(?:就是|是)$/u.exec(text.slice(own.from, w.start))?.[1];
  if (!subject || w.end !== own.to) return false;
  const last = own.from >= 2 ? clauseAround(text, own.from - 2) : null;
  return text.startsWith(subject, own.to + 1) || (!!last && text.startsWith(subject, last.from));
}

/** The first half of a subject of two nouns equated by 就是 (【营商】环境就是生产力): the head after it leaves the blank
 * open (投资, 发展 fit as well; questions-fillimported68.json). Before 是 it says what the line is about (【实体】经济是一国
 * 经济的立身之本, 【高标准】农田是…: judged good in questions-imported9.json, questions-imported10.json). */
export function frontOfSubject(text: string, tokens: readonly Token[], w: Word): boolean {
  const next = tokens.find((t) => t.start === w.end);
  return (
    clauseAround(text, w.start).from === w.start &&
    !!next &&
    /^(?:n|vn|nz)$/.test(next.tag) &&
    text.startsWith('就是', next.end)
  );
}

/** Role words a judgement closes on; any two are swapped without a learner knowing which the line said. */
const ROLE = /^(?:重点|关键|核心|基础|前提|保障|根本|难点|支撑|动力|灵魂|根基|基本原则)$/;

/** A role word closing a judgement beside a clause that closes on another (既是调整经济结构的【重点】，也是释放发展潜力的
 * 关键; 公平竞争是市场经济的【核心】，公正监管是公平竞争的保障): 关键, 基础 fit as well (questions-fill69.json). */
export function pairedRole(text: string, w: Word): boolean {
  if (!ROLE.test(w.word) || text[w.start - 1] !== '的' || !CLAUSE_END.test(text.slice(w.end))) return false;
  const own = clauseAround(text, w.start);
  if (!text.slice(own.from, w.start).includes('是')) return false;
  return [clauseAround(text, own.from - 2), clauseAround(text, own.to + 1)]
    .filter((c) => c.from !== own.from && c.to > c.from)
    .some((c) => {
      const m = /是\p{Script=Han}*的(\p{Script=Han}{2,4})$/u.exec(text.slice(c.from, c.to));
      return !!m && m[1] !== w.word && ROLE.test(m[1]!);
    });
}

const RESOLVE = '勇气|意志|决心|毅力|魄力|干劲';
const RESOLVE_AFTER = new RegExp(`^的(?:${RESOLVE})`);
const OTHER_QUALITY = new RegExp(`的(?:${RESOLVE}|精神)`);

/** One quality of a pledge's series (以【不畏艰难】的勇气、坚忍不拔的意志): 一往无前, 攻坚克难 fit as well
 * (questions-fill69.json). */
export function seriesQuality(text: string, w: Word): boolean {
  if (!RESOLVE_AFTER.test(text.slice(w.end))) return false;
  return OTHER_QUALITY.test(text.slice(0, w.start) + '|' + text.slice(w.end + 3));
}

/** What a chain of 关键看 turns on (农村富不富，关键看支部；支部强不强，关键看【头羊】): the next clause gives the first
 * away, and 书记, 带头人 fit the last as well (questions-fillimported69.json). */
export function chainTurnsOn(text: string, w: Word): boolean {
  return /关键看$/.test(text.slice(0, w.start)) && text.split('关键看').length > 2;
}

/** The field of a closing cheer (在推动【高质量发展】中再立新功): any work fits (乡村振兴, 经济建设); a 提法 of the lexicon
 * too, so quote-fill.ts asks it of every blank (questions-fillimported69.json). */
export function cheerField(text: string, b: { start: number; end: number }): boolean {
  return (
    /在(?:推动|推进|加快|奋力推进|全面推进)?$/.test(text.slice(0, b.start)) &&
    /^(?:中|上|的新征程上)(?:再立新功|立新功|建新功|建功立业|再创佳绩|再创辉煌|贡献力量|展现新作为|勇当先锋|走在前列|作出新的更大贡献|作出更大贡献)/.test(
      text.slice(b.end),
    )
  );
}

/** A plan of rank closing a judgement (是实现经济振兴和国家现代化的【根本大计】): 根本途径, 关键 fit as well (fill68's
 * leftover). */
export function rankedPlan(text: string, w: Word): boolean {
  if (!/大计$/.test(w.word) || text[w.start - 1] !== '的' || !CLAUSE_END.test(text.slice(w.end))) return false;
  const own = clauseAround(text, w.start);
  return text.slice(own.from, w.start).includes('是');
}

/** A prospect said to be bright (中国的【发展前景】一定会更好): 未来, 前途 fit as well (fill68h's leftover). */
export function brightProspect(text: string, w: Word): boolean {
  return /(?:前景|前途|未来|明天)$/.test(w.word) && /^(?:一定|必将|必然|将会|会更)/.test(text.slice(w.end));
}

/** Subjects of one 提法 under two names (【非公有制经济】是我国经济的重要组成部分: 民营经济): either fits where the line opens
 * on it as what it is (fill68's leftover); a 提法 of the lexicon, so quote-fill.ts asks it of every blank. */
const TWIN_NAMES = /^(?:非公有制经济|民营经济)$/;
export function twinNamedSubject(text: string, b: { start: number; end: number; text: string }): boolean {
  return TWIN_NAMES.test(b.text) && clauseAround(text, b.start).from === b.start && text[b.end] === '是';
}

/** Any of the above. */
export function givenOrOpen(text: string, tokens: readonly Token[], w: Word): boolean {
  return (
    contrastTwin(text, w) ||
    saidInShort(text, w) ||
    pairedHead(text, w) ||
    frameWord(text, w) ||
    fillerNoun(text, w) ||
    negatedState(text, w) ||
    qualityPredicate(text, w) ||
    tailOfCompound(tokens, w) ||
    mattersOnly(text, w) ||
    coupletVerb(text, w) ||
    rankOfSubject(text, w) ||
    echoedHalf(text, w) ||
    peopleActing(text, w) ||
    pushAndObject(w) ||
    seriesPraise(text, w) ||
    frontOfSubject(text, tokens, w) ||
    pairedRole(text, w) ||
    seriesQuality(text, w) ||
    chainTurnsOn(text, w) ||
    cheerField(text, w) ||
    rankedPlan(text, w) ||
    brightProspect(text, w)
  );
}

/** Whether the sentence says the blank again in its short form (违反【党的纪律】，必须受到党纪处分: 党纪):
 * the stem gives the answer away. A的B is shortened to A's last character and B's first. */
export function shortFormElsewhere(text: string, b: { start: number; end: number; text: string }): boolean {
  const m = /^(\p{Script=Han}+)的(\p{Script=Han}+)$/u.exec(b.text);
  if (!m) return false;
  const short = m[1]!.slice(-1) + m[2]![0]!;
  return (text.slice(0, b.start) + '|' + text.slice(b.end)).includes(short);
}
