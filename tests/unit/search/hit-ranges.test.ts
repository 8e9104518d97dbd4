// Hit ranges for snippets and find-in-document: terms (already folded) are matched on the folded
// code units of the original text, and the ranges index the original text.
import { describe, expect, it } from 'vitest';
import { findRanges } from '../../../electron/core/search/hit-ranges.js';
import { foldForSearch, unitsFoldingTo } from '../../../electron/core/text/normalize.js';

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

describe('unitsFoldingTo', () => {
  it('lists exactly the units that fold to a unit (what a paragraph must hold for a term to start there)', () => {
    expect(unitsFoldingTo('党'.charCodeAt(0))).toEqual(expect.arrayContaining(['党', '黨']));
    expect(unitsFoldingTo('p'.charCodeAt(0))).toEqual(expect.arrayContaining(['p', 'P', 'ｐ', 'Ｐ']));
    // Upper case and full-width forms are folded away: nothing folds to them.
    expect(unitsFoldingTo('P'.charCodeAt(0))).toEqual([]);
    expect(unitsFoldingTo('，'.charCodeAt(0))).toEqual([]);
    for (const ch of ['国', '的', ',', '1', 'a', '\ud842']) {
      const forms = unitsFoldingTo(ch.charCodeAt(0));
      expect(forms.length).toBeGreaterThan(0);
      for (const f of forms) expect(foldForSearch(f)).toBe(ch);
    }
  });

  it('lets a paragraph holding no form of any first unit go without a hit, and finds one in another script', () => {
    expect(findRanges('改革开放', ['党建', '國'])).toEqual({ ranges: [], count: 0 });
    expect(findRanges('推進黨建工作', ['党建'])).toEqual({ ranges: [[2, 4]], count: 1 });
  });
});
