// Grading an answer and mapping it to an FSRS rating: wrong → Again, right but slow → Hard,
// right → Good. Blanks are compared after folding width, case, spaces and punctuation.
import type { QuizItem } from '../../contract/api.js';
import { toSimplified } from '../text/normalize.js';

export function foldAnswer(s: string): string {
  return toSimplified(s.normalize('NFKC'))
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}

export interface UserAnswer {
  choice?: number[];
  blanks?: string[];
}

export function isCorrect(item: QuizItem, a: UserAnswer): boolean {
  if (item.kind === '填空') {
    const given = a.blanks ?? [];
    return (
      item.blanks.length > 0 &&
      item.blanks.every((b, i) => foldAnswer(given[i] ?? '') === foldAnswer(b.text) && foldAnswer(b.text) !== '')
    );
  }
  const want = [...item.correct].sort((x, y) => x - y);
  const got = [...new Set(a.choice ?? [])].sort((x, y) => x - y);
  return want.length === got.length && want.every((v, i) => v === got[i]);
}

/** Human-readable form of an answer for 错题本 and the log: option letters with text, or blanks. */
export function describeAnswer(item: QuizItem, a: UserAnswer): string {
  if (item.kind === '填空') return (a.blanks ?? []).map((b) => b || '（空）').join('；');
  return (
    (a.choice ?? []).map((i) => `${String.fromCharCode(65 + i)}. ${item.options[i] ?? ''}`).join('；') || '（未作答）'
  );
}

/** Slow means well over the time needed to read the question. */
export function isSlow(item: QuizItem, durationMs: number | undefined): boolean {
  if (durationMs === undefined) return false;
  const chars = item.stem.length + item.fact.length + item.options.join('').length;
  return durationMs > Math.max(20_000, chars * 400);
}

export type RatingName = 'Again' | 'Hard' | 'Good';
export function ratingFor(correct: boolean, slow: boolean): RatingName {
  return !correct ? 'Again' : slow ? 'Hard' : 'Good';
}
