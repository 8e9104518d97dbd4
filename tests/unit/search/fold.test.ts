// The search folding: one UTF-16 unit in, one out (offsets line up with the original), whatever
// the text holds and however long it is (the fold reuses one buffer between calls).
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

describe('foldForSearch', () => {
  it('folds traditional script, full-width forms and upper case unit for unit', () => {
    expect(foldForSearch('學習（ＡＢＣ）Party，黨建')).toBe('学习(abc)party,党建');
  });

  it('keeps astral characters and lone surrogates as they are', () => {
    const text = '𠮷野家\ud800X\udc00';
    const out = foldForSearch(text);
    expect(out.length).toBe(text.length);
    expect(out).toBe('𠮷野家\ud800x\udc00');
  });

  it('gives each call its own result when calls alternate between long and short texts', () => {
    const long = '國'.repeat(3_000_000);
    const short = foldForSearch('發展');
    const folded = foldForSearch(long);
    expect(short).toBe('发展');
    expect(folded.length).toBe(long.length);
    expect(folded === '国'.repeat(3_000_000)).toBe(true);
    expect(foldForSearch('Ａ'.repeat(5000))).toBe('a'.repeat(5000));
    expect(short).toBe('发展');
  });
});
