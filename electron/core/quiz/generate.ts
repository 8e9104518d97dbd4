// Generation entry point: runs the generators, drops malformed drafts and duplicates, and
// interleaves the kinds of fact so a small count still mixes 金句, 提法 and numbers.
import { generateFromNumbers } from './generate-numbers.js';
import { generateFromQuotes } from './generate-quotes.js';
import { generateFromTerms } from './generate-terms.js';
import { fingerprint } from './fingerprint.js';
import type { QuestionDraft, QuizSource } from './types.js';
import { validateDraft } from './validate.js';

export type GenerateFrom = 'all' | 'quotes' | 'terms' | 'numbers';

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}

export function generateQuestions(src: QuizSource, from: GenerateFrom = 'all', count = 300): QuestionDraft[] {
  const lists: QuestionDraft[][] = [];
  if (from === 'all' || from === 'quotes') lists.push(generateFromQuotes(src));
  if (from === 'all' || from === 'terms') lists.push(generateFromTerms(src));
  if (from === 'all' || from === 'numbers') lists.push(generateFromNumbers(src));
  const seen = new Set<string>();
  const out: QuestionDraft[] = [];
  for (const d of interleave(lists)) {
    if (out.length >= count) break;
    const fp = fingerprint(d);
    if (seen.has(fp) || validateDraft(d).length > 0) continue;
    seen.add(fp);
    out.push(d);
  }
  return out;
}
