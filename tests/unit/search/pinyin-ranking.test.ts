// Pinyin words in the search box search the Chinese terms they spell (and say so), quoting keeps
// them literal; ranking puts title hits first and more hits above a short note with one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { matchDocIds, runSearch, type SearchSources } from '../../../electron/core/search/engine.js';

const para = (s: string, n: number) => Array.from({ length: n }, (_, i) => `${s}第${i}段，其他内容填充文字。`);
const filler = (n: number) => Array.from({ length: n }, (_, i) => `第${i}段讨论经济社会发展的各项任务和具体措施。`);
const docs = [
  makeDoc({ id: 'note', title: '决议', body: ['扎实推动共同富裕。'] }), // 1 hit, very short
  makeDoc({ id: 'six', title: '十九大报告', body: [...filler(120), ...para('共同富裕', 6)] }),
  makeDoc({ id: 'eight', title: '二十大报告', body: [...filler(140), ...para('共同富裕', 8)] }),
  makeDoc({ id: 'titled', title: '论共同富裕', body: filler(30) }),
  makeDoc({ id: 'dj1', title: '党建工作要点', body: ['加强党建，推进乡村振兴。', '乡村振兴是大事。'] }),
  makeDoc({ id: 'dj2', title: '基层党建', body: ['党建引领乡村振兴。'] }),
  makeDoc({ id: 'dj3', title: '调研报告', body: ['党建和乡村振兴的经验。', '乡村振兴取得成效。'] }),
  makeDoc({ id: 'latin', title: 'COVID-19 防控', body: ['covid-19 疫情。'] }),
];

let userDb: Database.Database;
let src: SearchSources;
beforeAll(() => {
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, docs);
  userDb = userDbWith(path.join(dir, 'user'), [], bundleFile);
  src = sourcesOf(userDb);
});
afterAll(() => userDb.close());

describe('pinyin queries', () => {
  it.each([
    ['dangjian', ['党建']],
    ['xczx', ['乡村振兴']],
    ['xiangcunzhenxing', ['乡村振兴']],
  ])('%s searches %j and reports it', (q, terms) => {
    const r = runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 10 });
    expect(r.pinyin).toEqual({ query: q, terms });
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits[0]!.snippets.some((s) => s.marks.length > 0)).toBe(true);
    expect(matchDocIds(src, q).sort()).toEqual(matchDocIds(src, terms[0]!).sort());
  });

  it('reports two pinyin words as one reading', () => {
    const r = runSearch(src, { query: 'dangjian xczx', sort: 'relevance', offset: 0, limit: 1 });
    expect(r.pinyin).toEqual({ query: 'dangjian xczx', terms: ['党建', '乡村振兴'] });
  });

  it('keeps Latin words literal when quoted or switched off, and still finds Latin text', () => {
    expect(runSearch(src, { query: '"dangjian"', sort: 'relevance', offset: 0, limit: 5 })).toMatchObject({
      total: 0,
      pinyin: null,
    });
    expect(runSearch(src, { query: 'dangjian', sort: 'relevance', offset: 0, limit: 5, pinyin: false }).total).toBe(0);
    expect(runSearch(src, { query: 'covid', sort: 'relevance', offset: 0, limit: 5 })).toMatchObject({
      total: 1,
      pinyin: null,
    });
  });
});

describe('ranking', () => {
  it('puts a title hit first, then more hits above a short note with one (length is normalised)', () => {
    const r = runSearch(src, { query: '共同富裕', sort: 'relevance', offset: 0, limit: 10 });
    expect(r.hits.map((h) => h.docId)).toEqual(['titled', 'eight', 'six', 'note']);
    expect(r.hits.map((h) => h.hitCount)).toEqual([1, 8, 6, 1]);
  });
});
