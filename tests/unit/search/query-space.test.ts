// The query tokenizer's whitespace test (query-parser.ts): the same units as /\s/, every one of them.
import { describe, expect, it } from 'vitest';
import { isSpaceAt, parseQuery } from '../../../electron/core/search/query-parser.js';

describe('isSpaceAt', () => {
  it('agrees with /\\s/ on every UTF-16 unit', () => {
    let spaces = 0;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const want = /\s/.test(s);
      expect(isSpaceAt(s, 0), `U+${c.toString(16)}`).toBe(want);
      if (want) spaces++;
    }
    expect(spaces).toBe(25);
  });

  it('splits terms at any of them and keeps full-width syntax working', () => {
    expect(parseQuery('乡村\u2003振兴\ufeff党建').clauses).toEqual([['乡村'], ['振兴'], ['党建']]);
    expect(parseQuery('乡村　标签：笔记').filters.tag).toEqual(['笔记']);
    expect(parseQuery('“乡村”').clauses).toEqual([['“乡村”']]);
  });
});
