// Facet counts (facets.ts) over a hand-made library: years in increasing order whatever the order of
// the documents, documents without a year left out, and counts that start from zero on every call
// (the per-year counters are shared between searches).
import { describe, expect, it } from 'vitest';
import { countFacets } from '../../../electron/core/search/facets.js';
import type { LibraryIndex } from '../../../electron/core/search/library-index.js';

// Documents 0–5: type, year (0 = none), source (-1 = none), tags.
const lib = {
  meta: {
    types: ['讲话', '文章'],
    sources: ['人民日报', '求是'],
    type: Int32Array.of(0, 1, 1, 0, 1, 0),
    year: Int16Array.of(2021, 1998, 0, 2021, 2005, 1998),
    source: Int32Array.of(0, -1, 1, 0, 0, 1),
  },
  tags: {
    names: ['重点', '重点/党建'],
    docs: { offsets: Int32Array.of(0, 1, 1, 3, 3, 3, 4), codes: Int32Array.of(0, 0, 1, 1) },
  },
} as unknown as LibraryIndex;

describe('countFacets', () => {
  it('counts types, years (increasing), sources and tags of the given documents', () => {
    const f = countFacets(lib, Int32Array.of(0, 1, 2, 3, 5));
    expect(f.type).toEqual({ 讲话: 3, 文章: 2 });
    expect(Object.entries(f.year)).toEqual([
      ['1998', 2],
      ['2021', 2],
    ]);
    expect(f.source).toEqual({ 人民日报: 2, 求是: 2 });
    expect(f.tag).toEqual({ 重点: 2, '重点/党建': 2 });
  });

  it('starts every count from zero', () => {
    countFacets(lib, Int32Array.of(0, 1, 3, 4, 5));
    const f = countFacets(lib, Int32Array.of(4, 0));
    expect(Object.entries(f.year)).toEqual([
      ['2005', 1],
      ['2021', 1],
    ]);
    expect(countFacets(lib, new Int32Array(0))).toEqual({ type: {}, year: {}, source: {}, tag: {} });
  });
});
