// The filter mask cache's key (filters.ts): equal filters share a key, different ones never do, even
// when their values hold the separators a joined key would use.
import { describe, expect, it } from 'vitest';
import { filterKey } from '../../../electron/core/search/filters.js';
import type { QueryFilters } from '../../../electron/core/search/query-parser.js';

const f = (p: Partial<QueryFilters>): QueryFilters => ({
  type: [],
  tag: [],
  speaker: [],
  source: [],
  yearFrom: null,
  yearTo: null,
  ...p,
});

describe('filterKey', () => {
  it('is the same for equal filters', () => {
    expect(filterKey(f({ tag: ['bench'], yearFrom: 2020 }))).toBe(filterKey(f({ tag: ['bench'], yearFrom: 2020 })));
  });

  it('differs for every pair of different filters', () => {
    const all = [
      f({}),
      f({ tag: ['a'] }),
      f({ tag: ['a', 'b'] }),
      f({ tag: ['a b'] }),
      f({ tag: ['a\tb'] }),
      f({ tag: ['a|1 1:b'] }),
      f({ tag: ['a|1 b'] }),
      f({ tag: ['a'], speaker: ['b|0'] }),
      f({ tag: ['a'], speaker: ['b'] }),
      f({ speaker: ['a'], tag: ['b'] }),
      f({ source: ['a', 'b'] }),
      f({ source: ['a,b'] }),
      f({ source: ['1:a'] }),
      f({ type: ['讲话'] }),
      f({ yearFrom: 2020 }),
      f({ yearTo: 2020 }),
      f({ yearFrom: 2020, yearTo: 2020 }),
      f({ tag: [''] }),
      f({ tag: ['', ''] }),
    ];
    const keys = new Set(all.map(filterKey));
    expect(keys.size).toBe(all.length);
  });
});
