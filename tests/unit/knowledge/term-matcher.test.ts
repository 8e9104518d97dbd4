// The 提法 matcher's scan, held to its plain definition: at every position, the forms starting
// there, longest first, each term at most once until its last match ends. Its bit filters (pairs
// of first units, one-unit forms) must never skip a match. Terms here need no guard (no numeral
// or 新 at their start), so the definition is the scan alone.
import { describe, expect, it } from 'vitest';
import { buildMatcher, type TermMatch } from '../../../electron/core/knowledge/lexicon.js';
import { randomInts } from '../support/random-ints.js';

type Item = { term: string; forms: string[] };

function plainFind(items: Item[], text: string): TermMatch[] {
  const forms = items.flatMap((it) => [...new Set([it.term, ...it.forms])].map((form) => ({ term: it.term, form })));
  const out: TermMatch[] = [];
  const busyUntil = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const here = forms
      .filter((f) => f.form.charCodeAt(0) === text.charCodeAt(i))
      .sort((a, b) => b.form.length - a.form.length);
    for (const f of here) {
      if ((busyUntil.get(f.term) ?? -1) > i || !text.startsWith(f.form, i)) continue;
      out.push({ term: f.term, start: i, length: f.form.length });
      busyUntil.set(f.term, i + f.form.length);
    }
  }
  return out;
}

describe('term matcher', () => {
  it('finds what the plain scan finds, on random terms and texts', () => {
    const pool = '高质量发展共同富裕乡村振兴全面深化改革“”,。ab𠮷'; // each folds to itself
    const chars = [...pool];
    const rand = randomInts(21);
    const word = (len: number) => Array.from({ length: len }, () => chars[rand(chars.length)]).join('');
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const items: Item[] = Array.from({ length: 1 + rand(30) }, () => ({
        term: word(1 + rand(4)),
        forms: rand(3) === 0 ? [word(2 + rand(3))] : [],
      }));
      const matcher = buildMatcher(items);
      for (let k = 0; k < 40; k++) {
        const text = word(rand(300));
        const want = plainFind(items, text);
        expect(matcher.find(text)).toEqual(want);
        hits += want.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
