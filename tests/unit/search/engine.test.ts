// Behaviour of the search engine on hand-built documents: folding, recall, syntax, filters, ranking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { runSearch, matchDocIds, type SearchSources } from '../../../electron/core/search/engine.js';
import { addUserDocumentsToIndex } from '../../../electron/core/search/user-index.js';

const docs = {
  trad: makeDoc({
    id: 'trad',
    title: '論黨建工作',
    type: '文章',
    date: '2018-03-01',
    source: '求是',
    body: ['加強黨建引領，推動鄉村振興。'],
  }),
  simp: makeDoc({
    id: 'simp',
    title: '党建引领乡村振兴',
    type: '讲话',
    date: '2021-07-01',
    source: '人民日报',
    speakers: [{ name: '习近平', role: null }],
    body: ['坚持党建引领，全面推进乡村振兴。', '5G基站建设加快。'],
  }),
  covid: makeDoc({
    id: 'covid',
    title: '疫情防控',
    type: '会议报道',
    date: '2020-02-03',
    source: '新华社',
    speakers: [{ name: '李克强', role: null }],
    body: ['统筹COVID-19疫情防控和经济社会发展。', '2021年目标任务。', '坚持“两个确立”。'],
  }),
  single: makeDoc({
    id: 'single',
    title: '一字',
    type: '文件',
    date: '2019-05-05',
    source: '国务院',
    body: ['我', '甲乙丙 丁'],
  }),
  newer: makeDoc({
    id: 'newer',
    title: '同分甲',
    type: '文章',
    date: '2022-01-01',
    source: '求是',
    body: ['完全相同的正文内容'],
  }),
  older: makeDoc({
    id: 'older',
    title: '同分甲',
    type: '文章',
    date: '2017-01-01',
    source: '求是',
    body: ['完全相同的正文内容'],
  }),
  user: makeDoc({
    id: 'user-1',
    title: '我的学习笔记',
    type: '文章',
    date: '2023-06-01',
    source: '自写',
    body: ['学习党建引领的体会。'],
  }),
};

let userDb: Database.Database;
let src: SearchSources;

beforeAll(() => {
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, [docs.trad, docs.simp, docs.covid, docs.single, docs.newer, docs.older]);
  userDb = userDbWith(path.join(dir, 'user'), [docs.user], bundleFile);
  addUserDocumentsToIndex(userDb, [docs.user]);
  const tagId = userDb.prepare("INSERT INTO tags (name) VALUES ('重点') RETURNING id").pluck().get() as number;
  userDb.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run('simp', tagId);
  userDb.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run('user-1', tagId);
  src = sourcesOf(userDb);
});
afterAll(() => {
  userDb.close();
});

const ids = (q: string) => matchDocIds(src, q).sort();

describe('recall and folding', () => {
  it.each([
    ['黨建', ['simp', 'trad', 'user-1']],
    ['党建', ['simp', 'trad', 'user-1']],
    ['鄉村振興', ['simp', 'trad']],
    ['乡村振兴', ['simp', 'trad']],
    ['我', ['single', 'user-1']], // 1 char: standalone paragraph and inside a title
    ['丁', ['single']], // 1 char alone after a space
    ['丙', ['single']], // 1 char at the end of a run
    ['引领', ['simp', 'trad', 'user-1']],
    ['5G基站', ['simp']],
    ['5g基站', ['simp']],
    ['５Ｇ基站', ['simp']],
    ['2021年', ['covid']],
    ['covid-19', ['covid']],
    ['COVID-19疫情', ['covid']],
    ['COVID-20', []],
    ['推进乡村振兴', ['simp']],
    ['乙丙丁', []], // a space separates 丙 and 丁
    ['不存在的词语', []],
    ['“两个确立”', ['covid']], // curly quotes are text, not phrase syntax
    ['确立”。', ['covid']],
  ])('%s', (q, expected) => {
    expect(ids(q)).toEqual([...expected].sort());
  });

  it('a tag filter includes sub-tags but not tags that merely share a prefix', () => {
    const child = userDb.prepare("INSERT INTO tags (name) VALUES ('重点/理论') RETURNING id").pluck().get() as number;
    const lookalike = userDb
      .prepare("INSERT INTO tags (name) VALUES ('重点人物') RETURNING id")
      .pluck()
      .get() as number;
    userDb.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run('covid', child);
    userDb.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run('older', lookalike);
    try {
      expect(ids('tag:重点')).toEqual(['covid', 'simp', 'user-1']);
      expect(ids('tag:重点/理论')).toEqual(['covid']);
    } finally {
      userDb.prepare('DELETE FROM tags WHERE id IN (?, ?)').run(child, lookalike);
    }
  });
});

describe('syntax', () => {
  it.each([
    ['党建 疫情', []],
    ['党建 引领', ['simp', 'trad', 'user-1']],
    ['党建 -笔记', ['simp', 'trad']],
    ['-党建', ['covid', 'newer', 'older', 'single']],
    ['"乡村振兴"', ['simp', 'trad']],
    ['疫情 OR 基站', ['covid', 'simp']],
    ['疫情 OR 基站 2021', ['covid']], // 2021 only occurs in the covid text
    ['疫情 OR 基站 全面', ['simp']],
    ['type:讲话', ['simp']],
    ['党建 type:文章', ['trad', 'user-1']],
    ['党建 year:2019..2021', ['simp']],
    ['党建 year:2018', ['trad']],
    ['党建 source:求是', ['trad']],
    ['speaker:习近平', ['simp']],
    ['speaker:李克强 疫情', ['covid']],
    ['tag:重点', ['simp', 'user-1']],
    ['党建 tag:重点 -体会', ['simp']],
  ])('%s', (q, expected) => {
    expect(ids(q)).toEqual([...expected].sort());
  });

  it.each([
    ['"乡村振兴', '引号不成对'],
    ['OR 党建', 'OR'],
    ['党建 OR', 'OR'],
    ['党建 year:abc', '年份'],
    ['党建 type:小说', '类型'],
  ])('bad syntax %s degrades with a notice', (q, fragment) => {
    const r = runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 10 });
    expect(r.notice).toContain(fragment);
    expect(r.notice).toContain('已按普通文本搜索');
  });

  it('a degraded query still searches the plain words', () => {
    const r = runSearch(src, { query: '"乡村振兴', sort: 'relevance', offset: 0, limit: 10 });
    expect(r.hits.map((h) => h.docId).sort()).toEqual(['simp', 'trad']);
  });
});

describe('results', () => {
  it('marks every hit in snippets with original characters and counts hits', () => {
    const r = runSearch(src, { query: '党建', sort: 'relevance', offset: 0, limit: 10 });
    const trad = r.hits.find((h) => h.docId === 'trad')!;
    expect(trad.hitCount).toBe(2); // title + body
    const s = trad.snippets[0]!;
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['黨建']);
    const simp = r.hits.find((h) => h.docId === 'simp')!;
    expect(simp.hitCount).toBe(2);
  });

  it('ranks title matches above body-only matches', () => {
    const r = runSearch(src, { query: '疫情', sort: 'relevance', offset: 0, limit: 10 });
    expect(r.hits[0]!.docId).toBe('covid');
    const r2 = runSearch(src, { query: '党建', sort: 'relevance', offset: 0, limit: 10 });
    expect(r2.hits.at(-1)!.docId).toBe('user-1'); // body only, others have it in the title
  });

  it('breaks score ties by date, newer first; date sort orders by date', () => {
    const r = runSearch(src, { query: '相同', sort: 'relevance', offset: 0, limit: 10 });
    expect(r.hits.map((h) => h.docId)).toEqual(['newer', 'older']);
    expect(r.hits[0]!.score).toBe(r.hits[1]!.score);
    const d = runSearch(src, { query: '党建', sort: 'date', offset: 0, limit: 10 });
    expect(d.hits.map((h) => h.date)).toEqual(['2023-06-01', '2021-07-01', '2018-03-01']);
  });

  it('pages and counts facets over all matches', () => {
    const all = runSearch(src, { query: '党建', sort: 'date', offset: 0, limit: 10 });
    const p2 = runSearch(src, { query: '党建', sort: 'date', offset: 1, limit: 1 });
    expect(p2.total).toBe(3);
    expect(p2.hits.map((h) => h.docId)).toEqual([all.hits[1]!.docId]);
    expect(all.facets.type).toEqual({ 文章: 2, 讲话: 1 });
    expect(all.facets.year).toEqual({ '2018': 1, '2021': 1, '2023': 1 });
    expect(all.facets.source).toEqual({ 求是: 1, 人民日报: 1, 自写: 1 });
    expect(all.facets.tag).toEqual({ 重点: 2 });
  });
});

describe('snippetsOf', () => {
  it.each([
    [
      ['无关', '甲黨建乙', '无关', '党建和黨建'],
      ['党建'],
      [
        [1, ['黨建']],
        [3, ['党建', '黨建']],
      ],
      3,
    ],
    [['ab', 'COVID-19 covid-19'], ['covid-19'], [[1, ['COVID-19', 'covid-19']]], 2],
    [
      ['一', '二', '三', '四'],
      ['二', '三', '四'],
      [
        [1, ['二']],
        [2, ['三']],
        [3, ['四']],
      ],
      3,
    ],
    [['一二三四'], ['二三', '三四'], [[0, ['二三四']]], 2], // overlapping hits are merged into one mark
    [['正文'], ['不存在'], [[0, []]], 0],
  ] as [string[], string[], [number, string[]][], number][])('%j / %j', async (paras, terms, expected, hitCount) => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    const { DocText } = await import('../../../electron/core/search/text-cache.js');
    const { findRanges } = await import('../../../electron/core/search/hit-ranges.js');
    const paragraphs = paras.map((text) => ({ kind: 'p' as const, text }));
    // The body's hit count (the index gives it to the engine), and the paragraphs two at a time.
    expect(paras.reduce((n, text) => n + findRanges(text, terms).count, 0)).toBe(hitCount);
    let at = 0;
    const next = () => (at < paragraphs.length ? paragraphs.slice(at, (at += 2)) : null);
    const snippets = snippetsOf(new DocText(next), terms, hitCount);
    expect(snippets.map((s) => [s.paragraph, s.marks.map(([a, b]) => s.text.slice(a, b))])).toEqual(expected);
  });
});
