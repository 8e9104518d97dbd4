// Reproducible random integers for property tests: the app's own mulberry32 (quiz/rng.ts), a
// full-period generator, so a failing case can be replayed from its seed.
import { seededRng } from '../../../electron/core/quiz/rng.js';

/** `rand(n)`: an integer in [0, n). */
export function randomInts(seed: number): (n: number) => number {
  const next = seededRng(seed);
  return (n) => Math.floor(next() * n);
}
