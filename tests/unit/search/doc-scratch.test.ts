// The per-query document state is reused from query to query and zeroed only where written.
import { describe, expect, it } from 'vitest';
import { DocScratch } from '../../../electron/core/search/doc-scratch.js';

describe('DocScratch', () => {
  it('is zero everywhere after a reset, whatever the last query wrote', () => {
    const s = new DocScratch(50);
    for (const round of [
      [3, 7, 7, 49, 0],
      [1, 2, 3],
      [0, 49],
    ]) {
      s.reset();
      expect(
        s.score.every((x) => x === 0) && s.titleHits.every((x) => x === 0) && s.matched.every((x) => x === 0),
      ).toBe(true);
      for (const g of round) {
        s.addScore(g, 0.5);
        s.titleHits[g]!++;
        s.matched[g]!++;
      }
      expect(s.score[round[0]!]).toBeGreaterThan(0);
    }
    expect(s.score[7]).toBe(0); // from the first round, reset twice since
    expect(s.score[49]).toBe(0.5);
  });

  it('adds to a score written before in the same query', () => {
    const s = new DocScratch(4).reset();
    s.addScore(2, 0.25);
    s.addScore(2, 0.5);
    expect(Array.from(s.score)).toEqual([0, 0, 0.75, 0]);
  });
});
