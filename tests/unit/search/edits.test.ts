// The user's edits reach search at once: a renamed bundled document is found by its new title (and
// no longer by the old one), type, date and speaker edits change filters and facets, tags count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { matchDocIds, runSearch, type SearchSources } from '../../../electron/core/search/engine.js';

let bundle: Database.Database;
let userDb: Database.Database;
let src: SearchSources;
beforeAll(() => {
  const dir = tempDir();
  bundle = writeBundle(path.join(dir, 'content.sqlite'), [
    makeDoc({ id: 'a', title: '旧标题甲', type: '文章', date: '2019-05-01', body: ['正文讲到基层治理。'] }),
    makeDoc({ id: 'b', title: '另一篇', type: '文章', date: '2020-01-01', body: ['正文也讲到基层治理。'] }),
  ]);
  userDb = userDbWith(path.join(dir, 'user'), []);
  src = { bundle, userDb };
});
afterAll(() => {
  bundle.close();
  userDb.close();
});

const override = (id: string, o: object | null) =>
  userDb
    .prepare(
      'INSERT INTO document_state (doc_id, overrides) VALUES (?, ?) ON CONFLICT(doc_id) DO UPDATE SET overrides = excluded.overrides',
    )
    .run(id, o ? JSON.stringify(o) : null);
const search = (q: string) => runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 10 });

describe('edits of bundled documents in search', () => {
  it('finds a renamed document by its new title only, with the new metadata in filters and facets', () => {
    expect(matchDocIds(src, '旧标题')).toEqual(['a']);
    override('a', { title: '新名称乙', type: '讲话', date: '2001-02-03', speaker: '张三' });
    expect(matchDocIds(src, '旧标题')).toEqual([]);
    const r = search('新名称');
    expect(r.hits.map((h) => [h.docId, h.title, h.type, h.date, h.hitCount])).toEqual([
      ['a', '新名称乙', '讲话', '2001-02-03', 1],
    ]);
    expect(matchDocIds(src, '基层 type:讲话')).toEqual(['a']);
    expect(matchDocIds(src, '基层 year:2001')).toEqual(['a']);
    expect(matchDocIds(src, 'speaker:张三')).toEqual(['a']);
    expect(search('基层').facets.year).toEqual({ '2001': 1, '2020': 1 });
    override('a', null);
    expect(matchDocIds(src, '旧标题')).toEqual(['a']);
    expect(matchDocIds(src, '新名称')).toEqual([]);
  });

  it('counts tags in facets and filters as they change', () => {
    const tag = userDb.prepare("INSERT INTO tags (name) VALUES ('治理') RETURNING id").pluck().get() as number;
    userDb.prepare("INSERT INTO document_tags (doc_id, tag_id) VALUES ('b', ?)").run(tag);
    expect(search('基层').facets.tag).toEqual({ 治理: 1 });
    expect(matchDocIds(src, '基层 tag:治理')).toEqual(['b']);
    userDb.prepare("DELETE FROM document_tags WHERE doc_id = 'b'").run();
    expect(search('基层').facets.tag).toEqual({});
  });
});
