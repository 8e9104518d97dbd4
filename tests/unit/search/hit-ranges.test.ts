// Hit ranges for snippets and find-in-document: terms (already folded) are matched on the folded
// code units of the original text, and the ranges index the original text.
import { describe, expect, it } from 'vitest';
import { findRanges } from '../../../electron/core/search/hit-ranges.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

/** The plain definition: fold to a string, then indexOf, then merge. */
function reference(text: string, terms: string[]) {
  const folded = foldForSearch(text);
  const raw: [number, number][] = [];
  for (const t of terms) {
    if (!t) continue;
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length)) raw.push([at, at + t.length]);
  }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ranges: [number, number][] = [];
  for (const r of raw) {
    const last = ranges.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else ranges.push([...r]);
  }
  return { ranges, count: raw.length };
}

describe('findRanges', () => {
  it('finds traditional, full-width and upper-case forms at their offsets in the original text', () => {
    const text = '堅持黨的領導，ＰＡＲＴＹ建設；坚持党的领导';
    const { ranges, count } = findRanges(text, ['党的领导', 'party']);
    expect(count).toBe(3);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['黨的領導', 'ＰＡＲＴＹ', '党的领导']);
  });

  it('merges overlapping hits of different terms and counts each hit', () => {
    expect(findRanges('全面从严治党', ['从严', '严治党'])).toEqual({ ranges: [[2, 6]], count: 2 });
  });

  it('matches a term at the very end, astral characters, and nothing past the end', () => {
    expect(findRanges('山𠮷', ['𠮷'])).toEqual({ ranges: [[1, 3]], count: 1 });
    expect(findRanges('山', ['山水'])).toEqual({ ranges: [], count: 0 });
    expect(findRanges('', ['山'])).toEqual({ ranges: [], count: 0 });
  });

  it('agrees with folding to a string and indexOf on random mixed text', () => {
    const alphabet = ['国', '國', '家', '，', ',', 'A', 'a', '𠮷', '党', '黨', ' ', '的'];
    let seed = 7;
    const pick = () => alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length]!;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: n % 40 }, pick).join('');
      const terms = [foldForSearch(pick() + pick()), foldForSearch(pick())];
      expect(findRanges(text, terms)).toEqual(reference(text, terms));
    }
  });
});
