// A five-year plan's 提法 (七五, 十四五) written out in full: 第七个五年计划, 第十四个五年规划. The reports name
// the plan so as often as by its short name (the 1982 report's 第七个五年计划期间, every 纲要's title), and a
// list that knows 七五 only misses it there. The written form is derived from the lexicon's plan entries, so
// no list of strings is kept; it names the plan in lists and timelines only (listed-lexicon.ts), never in a
// question's blank, whose key must be the words the text says (quiz/source.ts).
import type { ListedEntry } from './lexicon-schema.js';

/** A plan entry's short name: the plan's number and 五 (一五 … 十五五). */
const PLAN_NAME = /^([一二三四五六七八九十]{1,3})五$/u;

/** The written-out forms of a plan entry (第七个五年计划, 第七个五年规划), or none for another entry. Only
 * entries guarded as plans (`guard: 'plan'`): 十五 is the plan only where the lexicon says so. */
export function planForms(e: ListedEntry): string[] {
  const n = e.guard === 'plan' ? PLAN_NAME.exec(e.term)?.[1] : undefined;
  return n ? [`第${n}个五年计划`, `第${n}个五年规划`] : [];
}

/** A plan written out in a folded text: its number, then 个五年计划/规划. */
const WRITTEN = /第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)/gu;
const NUMERAL_BEFORE = /[一二两三四五六七八九十百〇零第]/;

/** The written-out plans of one folded paragraph whose short name is in `plans` (the lexicon's plan entries),
 * as the listing matcher would find the forms planForms gives: not inside a title (《…》), not the tail of a
 * longer number. One test per paragraph without 个五年, so the import's 提法 pass pays nothing more. */
export function writtenPlans(
  folded: string,
  plans: ReadonlySet<string>,
): { term: string; start: number; length: number }[] {
  const out: { term: string; start: number; length: number }[] = [];
  if (!folded.includes('个五年')) return out;
  for (const m of folded.matchAll(WRITTEN)) {
    const term = `${m[1]!}五`;
    if (!plans.has(term) || NUMERAL_BEFORE.test(folded[m.index - 1] ?? '')) continue;
    if (folded.lastIndexOf('《', m.index) > folded.lastIndexOf('》', m.index)) continue;
    out.push({ term, start: m.index, length: m[0].length });
  }
  return out;
}
