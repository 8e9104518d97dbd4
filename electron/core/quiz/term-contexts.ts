// The frames each 提法 stands in across the library — the two Han characters before it (实施,
// 严守) and after it (战略, 制度), quotation marks skipped (“三步走”战略) — so a distractor can be
// chosen that reads naturally in the blank.
import { paragraphText } from './source.js';
import type { QuizSource } from './types.js';

const HAN2 = /^\p{Script=Han}{2}$/u;
const QUOTE = /[“”‘’「」]/;

/** The two characters before `start`, past a quotation mark (or '' when not two Han characters). */
export function frameBefore(text: string, start: number): string {
  const at = QUOTE.test(text[start - 1] ?? '') ? start - 1 : start;
  const s = text.slice(Math.max(0, at - 2), at);
  return HAN2.test(s) ? s : '';
}

/** The two characters after `end`, past a quotation mark (or ''). */
export function frameAfter(text: string, end: number): string {
  const at = QUOTE.test(text[end] ?? '') ? end + 1 : end;
  const s = text.slice(at, at + 2);
  return HAN2.test(s) ? s : '';
}

export interface TermContexts {
  /** Whether `term` is found elsewhere after `prev` or before `next` (frames as above). */
  fits(term: string, prev: string, next: string): boolean;
}

export function termContexts(src: QuizSource): TermContexts {
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, term: string, frame: string) => {
    if (!frame) return;
    const set = m.get(term) ?? new Set<string>();
    set.add(frame);
    m.set(term, set);
  };
  for (const t of src.terms) {
    const p = paragraphText(src, t.docId, t.paragraph);
    if (p === null) continue;
    add(before, t.term, frameBefore(p, t.start));
    add(after, t.term, frameAfter(p, t.start + t.term.length));
  }
  return {
    fits: (term, prev, next) =>
      (prev !== '' && (before.get(term)?.has(prev) ?? false)) || (next !== '' && (after.get(term)?.has(next) ?? false)),
  };
}
