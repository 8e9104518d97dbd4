// Builds choice options from a correct answer and library distractors: no duplicates (after
// normalisation), never the answer twice, and the correct option lands at a varying position.
import { type Rng, shuffle } from './rng.js';

export function normOption(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s，。、；：“”"'‘’（）()《》]/g, '')
    .toLowerCase();
}

/**
 * Returns options with the answer placed at a random index, or null when fewer than `min`
 * distinct distractors exist (a question with one real option is not a question).
 */
export function buildOptions(
  answer: string,
  distractors: readonly string[],
  rng: Rng,
  want = 3,
  min = 2,
): { options: string[]; correct: number } | null {
  const seen = new Set([normOption(answer)]);
  const picked: string[] = [];
  for (const d of shuffle(distractors, rng)) {
    const k = normOption(d);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    picked.push(d);
    if (picked.length === want) break;
  }
  if (picked.length < min) return null;
  const pos = Math.floor(rng() * (picked.length + 1));
  const options = [...picked];
  options.splice(pos, 0, answer);
  return { options, correct: pos };
}
