// The halves of a lexicon pair of two four-character formulations (独立自主、自力更生, 解放思想、实事求是,
// 百花齐放、百家争鸣): each half is said alone as the same 提法 (坚持独立自主, 进一步解放思想, 百家争鸣方针),
// and inside the pair it is a nested 提法 like 科学发展 in 科学发展观. The curated pair is the evidence, so
// no half of a sentence (房子是用来住的), no numbered half (一要吃饭) and no half of a pair joined by 和
// (节约资源和保护环境: 节约资源 alone is a work item) is one. Listed only (listed-lexicon.ts).
import type { ListedEntry } from './lexicon-schema.js';

/** Two four-character halves joined by a series or a clause comma, the whole canonical term. */
const PAIR = /^(\p{Script=Han}{4})[、，](\p{Script=Han}{4})$/u;
/** A half opening with a numeral is one item of a count (一要吃饭，二要建设), not a formulation alone. */
const NUMBERED = /^[一二两三四五六七八九十]/;
/** 独立自主地开展工作: a half followed by 地 is an adverb of manner, not the formulation; 独立自主自办 (the
 * churches' principle, 十六大) is another formulation that holds the half, not a use of it. */
const NOT_A_USE = ['地', '自办'];

/** The halves of the given entries' pairs that no entry already names (term or variant), each once, with
 * the pair's category. */
export function pairHalves(entries: readonly ListedEntry[]): ListedEntry[] {
  const named = new Set(entries.flatMap((e) => [e.term, ...(e.variants ?? [])]));
  const out = new Map<string, ListedEntry>();
  for (const e of entries) {
    const m = PAIR.exec(e.term);
    if (!m) continue;
    for (const half of [m[1]!, m[2]!])
      if (!named.has(half) && !NUMBERED.test(half) && !out.has(half))
        out.set(half, { term: half, category: e.category, notBefore: NOT_A_USE });
  }
  return [...out.values()];
}

/** The pair a half comes of (the first entry whose canonical term holds it as a half), or undefined. */
export function pairOf(half: string, entries: readonly ListedEntry[]): string | undefined {
  return entries.find((e) => {
    const m = PAIR.exec(e.term);
    return m !== null && (m[1] === half || m[2] === half);
  })?.term;
}
