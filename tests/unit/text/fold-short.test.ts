// foldForSearch makes short strings (a query's terms, a tag's name) from char codes and longer ones
// through Buffer: both must give the folded code units exactly, lone surrogates included.
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldUnits } from '../../../electron/core/text/normalize.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';

const CHARS = ['國', '家', 'Ａ', 'b', '１', '\u3000', '「', '\ud83d', '\ude00', '😀', '發', '。', 'Ω', '\u00a0'];

describe('foldForSearch on strings of every length around the short path', () => {
  it('gives the folded units as a string, for lengths 0 to 100', () => {
    const next = seededRng(20261205);
    for (let n = 0; n <= 100; n++)
      for (let k = 0; k < 5; k++) {
        let s = '';
        while (s.length < n) s += CHARS[Math.floor(next() * CHARS.length)]!;
        s = s.slice(0, n);
        const units = Array.from(foldUnits(s).subarray(0, s.length));
        const got = foldForSearch(s);
        expect(got.length).toBe(s.length);
        expect(Array.from({ length: got.length }, (_, i) => got.charCodeAt(i))).toEqual(units);
      }
  });

  it('folds script, width and case', () => {
    expect(foldForSearch('國家ＡＢ１發')).toBe('国家ab1发');
  });
});
