// How a candidate distractor stands to the blank of a 提法 单选: whether it reads naturally there
// and whether it could be read as a right answer. A distractor must look like an answer and never
// be one: so none that occurs in the blank's paragraph, none listed elsewhere with the key or with
// the formulations listed beside the blank (siblings: 新型国际关系 / 人类命运共同体), none that fits
// almost any blank (改革开放, 高质量发展), and none found elsewhere in the blank's frame as a whole
// (中央____委员会, 打好____攻坚战, term-contexts.ts) or sharing a distinctive part with the key
// (脱贫攻坚 / 精准脱贫) — unless the sentence itself says what the answer is about and says nothing
// of the distractor (拓展对外贸易…推进____建设: 贸易强国, not 网络强国).
import { lexicon } from '../knowledge/lexicon.js';
import type { BlankFrame, TermContexts } from './term-contexts.js';
import type { BlankFit } from './term-distractors.js';

const bigrams = (s: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++)
    if (/^\p{Script=Han}{2}$/u.test(s.slice(i, i + 2))) out.add(s.slice(i, i + 2));
  return out;
};

let parts: Map<string, { n: number; fields: Set<string> }> | null = null;
/** In how many formulations a two-character part is found, and in which categories of them. */
function partOf(g: string): { n: number; fields: Set<string> } {
  if (!parts) {
    parts = new Map();
    for (const e of lexicon())
      for (const b of bigrams(e.term)) {
        const p = parts.get(b) ?? { n: 0, fields: new Set<string>() };
        p.n++;
        p.fields.add(e.category);
        parts.set(b, p);
      }
  }
  return parts.get(g) ?? { n: 0, fields: new Set() };
}

/** Two-character parts found in many formulations (发展, 社会, 建设): they say what none is about. */
const isCommon = (g: string) => partOf(g).n > 5;

/** Whether two formulations share a distinctive two-character part (脱贫攻坚 / 精准脱贫, 稳健的
 * 货币政策 / 适度宽松的货币政策): near-synonyms, one may well stand for the other. */
export function nearSynonyms(a: string, b: string): boolean {
  const o = bigrams(b);
  return [...bigrams(a)].some((g) => o.has(g) && !isCommon(g));
}

/** Whether the sentence around the blank (`rest`) names what `key` is about (a distinctive
 * two-character part of it that `other` lacks) and nothing of what only `other` is about. Between
 * two of one family (贸易强国 / 网络强国) any such part decides; between two kinds of thing only a
 * part that names a field (有制: ownership, 西部: the west — found in formulations of one category
 * only). 伟大 (…伟大旗帜) or 理论 (理论上) runs across fields and leaves 弘扬全人类共同价值 beside
 * 伟大建党精神, 坚持实事求是的原则 beside 理论联系实际 standing as true. */
export function contextRulesOut(key: string, other: string, rest: string): boolean {
  const k = bigrams(key);
  const o = bigrams(other);
  const family = [...k].some((g) => o.has(g));
  const names = (g: string) => !isCommon(g) && rest.includes(g) && (family || partOf(g).fields.size === 1);
  return [...k].some((g) => !o.has(g) && names(g)) && ![...o].some((g) => !k.has(g) && names(g));
}

export interface BlankSite {
  key: string;
  frame: BlankFrame;
  /** 提法 found in the blank's paragraph, and its text. */
  near: ReadonlySet<string>;
  paragraph: string;
  /** The question's sentence without the key and the three characters on each side. */
  rest: string;
  /** The blank is the whole object of the verb before it (加快构建____。): nothing after it narrows the slot. */
  wholeObject?: boolean;
  /** The text right after the blank. */
  after?: string;
  /** The text of the sentence before the blank. */
  before?: string;
}

let categories: Map<string, string> | null = null;
/** Whether two formulations are of one category of the lexicon (现代化产业体系 / 全国统一大市场: 经济). */
const sameCategory = (a: string, b: string) => {
  categories ??= new Map(lexicon().map((e) => [e.term, e.category]));
  const c = categories.get(a);
  return c !== undefined && c === categories.get(b);
};

export function blankFit(contexts: TermContexts, site: BlankSite): BlankFit {
  const completes = (d: string) => contexts.completes(d, site.frame);
  return {
    after: site.after ?? '',
    before: site.before ?? '',
    saidHere: (d) => site.near.has(d) || site.paragraph.includes(d) || nearSynonyms(d, site.key),
    fitsVerb: (d) => contexts.fitsBefore(d, site.frame),
    fitsFrame: (d) =>
      contexts.fitsWhole(d, site.frame) &&
      !contexts.outsideList(d, site.frame) &&
      contextRulesOut(site.key, d, site.rest),
    couldBeTrue: (d) =>
      site.near.has(d) ||
      site.paragraph.includes(d) ||
      contexts.listedWithAny(d, site.frame) ||
      // A sibling of the key (listed with it elsewhere: 脱贫攻坚 / 精准扶贫, 党风廉政建设 / 反腐败斗争)
      // takes its place in most sentences; so does one that stands in the blank's whole frame.
      contexts.universal(d) ||
      contexts.listedTogether(d, site.key) ||
      // One of the key's field said elsewhere after the same verb completes a bare verb's object as well
      // (加快构建____。: 全国统一大市场 beside 现代化产业体系, questions-imported18.json), whatever the sentence says.
      (site.wholeObject === true && sameCategory(d, site.key) && contexts.fitsBefore(d, site.frame)) ||
      ((completes(d) || nearSynonyms(d, site.key)) && !contextRulesOut(site.key, d, site.rest)),
  };
}
