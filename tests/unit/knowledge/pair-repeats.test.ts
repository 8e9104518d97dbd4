// The pair counting behind 排比 by a repeated word (政治过硬、本领过硬、作风过硬), held to the plain
// definition it replaced for speed: a pair of characters, not a common one, in three of the parts.
import { describe, expect, test } from 'vitest';
import { commonPair, repeatedInThree } from '../../../electron/core/knowledge/pair-repeats.js';

const COMMON = /[的了和与是在也都要把对为而及一个]|我们|发展|建设|国家|社会|工作|推进|加强|现代/;
function reference(parts: string[]): boolean {
  const counts = new Map<string, number>();
  for (const p of parts) {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < p.length; i++) {
      const g = p.slice(i, i + 2);
      if (seen.has(g) || COMMON.test(g)) continue;
      seen.add(g);
      const n = (counts.get(g) ?? 0) + 1;
      if (n >= 3) return true;
      counts.set(g, n);
    }
  }
  return false;
}

describe('repeated pairs', () => {
  test('a word in three items; common words and repeats inside one item do not count', () => {
    expect(repeatedInThree(['政治过硬', '本领过硬', '作风过硬'])).toBe(true);
    expect(repeatedInThree(['政治过硬', '本领过硬', '作风优良'])).toBe(false);
    expect(repeatedInThree(['我们要学', '我们要干', '我们要闯'])).toBe(false); // 我们 is common
    expect(repeatedInThree(['过硬过硬过硬', '本领'])).toBe(false);
    expect(commonPair('发'.charCodeAt(0), '展'.charCodeAt(0))).toBe(true);
    expect(commonPair('过'.charCodeAt(0), '硬'.charCodeAt(0))).toBe(false);
  });

  test('the same answer as the plain definition on random clauses, long ones and odd units too', () => {
    const pool = '政治本领作风过硬我们发展的是一个推进学习干事创业担当😀ab，\ud800';
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const word = (len: number) => Array.from({ length: len }, () => pool[rand(pool.length)]).join('');
    let agreeTrue = 0;
    for (let k = 0; k < 3000; k++) {
      const parts = Array.from({ length: 1 + rand(6) }, () => word(rand(k % 50 === 0 ? 900 : 9)));
      const want = reference(parts);
      expect(repeatedInThree(parts)).toBe(want);
      if (want) agreeTrue++;
    }
    expect(agreeTrue).toBeGreaterThan(100); // both answers occur
  });
});
