// The predicate of a judgement (发展是解决我国一切问题的【基础和关键】, 党的团结是党的【生命】): what
// the sentence says of its subject, the part a teacher blanks. A word inside the modifier before it
// (一切【问题】的基础) or the subject's own modifier (【国家】的统一) is no key term there.
import type { Token } from '../text/segment.js';

/** Tags a predicate's words may not carry: pronouns, prepositions, particles, adverbs, numerals,
 * measure words and names. */
const NOT_IN_PREDICATE = /^(r|p|u|uj|ul|uz|ug|uv|ud|d|m|q|nr|nrfg|nrt|ns|nt|x|w|e|y|o)/;

/** Heads too general to ask for (农业是关系全局的【问题】). */
const GENERIC_HEAD = /^(问题|事情|东西|工作|方面|地方|情况|事业|一部分|部分)$/;

/**
 * The span after the last 的 of the first clause “…是…的Y” whose Y (2–8 Han characters, to the
 * clause's end) is made of whole words, with 和/与 only between two of them; null when there is none.
 */
export function judgementPredicate(
  text: string,
  tokens: readonly Token[],
): { start: number; end: number; text: string } | null {
  const clauseEnds = [...text.matchAll(/[，,；;。！!？?：:]|$/gu)].map((m) => m.index);
  let from = 0;
  for (const end of clauseEnds) {
    const clause = tokens.filter((t) => t.start >= from && t.end <= end);
    from = end + 1;
    // jieba keeps 是 with a pronoun or adverb before it (这是, 就是, 也是).
    const is = clause.findIndex((t) => /^[这那就也都正即乃才]?是$/.test(t.word));
    // 是把…/是让… says what is to be done (最难的，是把群众的心聚起来): an action, no predicate noun.
    if (is < 0 || /^[把将让使]$/.test(clause[is + 1]?.word ?? '')) continue;
    let de = -1;
    for (let i = clause.length - 1; i > is; i--)
      if (clause[i]!.word === '的') {
        de = i;
        break;
      }
    if (de < 0) continue;
    const words = clause.slice(de + 1).filter((w) => w.word !== '所在');
    const start = words[0]?.start ?? -1;
    // …的根本利益所在: 所在 only points at the predicate.
    const stop = text.slice(start, end).endsWith('所在') ? end - 2 : end;
    const text_ = text.slice(start, stop);
    if (GENERIC_HEAD.test(text_)) continue;
    if (!words.length || !/^\p{Script=Han}{2,8}$/u.test(text_)) continue;
    const joinerOk = words.every((w, i) => !/^[和与]$/.test(w.word) || (i > 0 && i < words.length - 1));
    if (!joinerOk || words.some((w) => !/^[和与]$/.test(w.word) && NOT_IN_PREDICATE.test(w.tag))) continue;
    return { start, end: stop, text: text_ };
  }
  return null;
}
