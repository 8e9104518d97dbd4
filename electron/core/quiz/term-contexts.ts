// The frames each 提法 stands in across the library — the two Han characters before it (实施,
// 严守) and after it (战略, 制度) — so a distractor can be chosen that reads naturally in the blank.
import { paragraphText } from './source.js';
import type { QuizSource } from './types.js';

const HAN2 = /^\p{Script=Han}{2}$/u;

export interface TermContexts {
  /** Whether `term` is found elsewhere before `next` or after `prev` (two Han characters each). */
  fits(term: string, prev: string, next: string): boolean;
}

export function termContexts(src: QuizSource): TermContexts {
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, term: string, ctx: string) => {
    if (!HAN2.test(ctx)) return;
    const set = m.get(term) ?? new Set<string>();
    set.add(ctx);
    m.set(term, set);
  };
  for (const t of src.terms) {
    const p = paragraphText(src, t.docId, t.paragraph);
    if (p === null) continue;
    add(before, t.term, p.slice(Math.max(0, t.start - 2), t.start));
    add(after, t.term, p.slice(t.start + t.term.length, t.start + t.term.length + 2));
  }
  return {
    fits: (term, prev, next) =>
      (HAN2.test(prev) && (before.get(term)?.has(prev) ?? false)) ||
      (HAN2.test(next) && (after.get(term)?.has(next) ?? false)),
  };
}
