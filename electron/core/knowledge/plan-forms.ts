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
