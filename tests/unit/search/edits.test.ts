// The user's edits reach search at once: a renamed bundled document is found by its new title (and
// no longer by the old one), type, date and speaker edits change filters and facets, tags count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { matchDocIds, runSearch, type SearchSources } from '../../../electron/core/search/engine.js';

let userDb: Database.Database;
let src: SearchSources;
beforeAll(() => {
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, [
    makeDoc({ id: 'a', title: '旧标题甲', type: '文章', date: '2019-05-01', body: ['正文讲到基层治理。'] }),
    makeDoc({ id: 'b', title: '另一篇', type: '文章', date: '2020-01-01', body: ['正文也讲到基层治理。'] }),
  ]);
  userDb = userDbWith(path.join(dir, 'user'), [], bundleFile);
  src = sourcesOf(userDb);
});
afterAll(() => userDb.close());

/** An edit as the library service stores it (document_overrides; speakers as JSON). */
const override = (id: string, o: { title?: string; type?: string; date?: string; speaker?: string } | null) => {
  userDb.prepare('DELETE FROM document_overrides WHERE doc_id = ?').run(id);
  if (o)
    userDb
      .prepare('INSERT INTO document_overrides (doc_id, title, type, date, speakers) VALUES (?, ?, ?, ?, ?)')
      .run(
        id,
        o.title ?? null,
        o.type ?? null,
        o.date ?? null,
        o.speaker ? JSON.stringify([{ name: o.speaker }]) : null,
      );
};
const search = (q: string) => runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 10 });

describe('edits of bundled documents in search', () => {
  it('finds a renamed document by its new title only, with the new metadata in filters and facets', () => {
    expect(matchDocIds(src, '旧标题')).toEqual(['a']);
    // The same filters before the edit: their cached masks must not outlive it.
    expect(matchDocIds(src, '基层 type:讲话')).toEqual([]);
    expect(matchDocIds(src, '基层 year:2001')).toEqual([]);
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

  it('leaves out a bundled document the user deleted', () => {
    expect(matchDocIds(src, '基层 year:2020')).toEqual(['b']);
    userDb.prepare("INSERT INTO document_overrides (doc_id, deleted) VALUES ('b', 1)").run();
    expect(matchDocIds(src, '基层')).toEqual(['a']);
    expect(matchDocIds(src, '基层 year:2020')).toEqual([]);
    userDb.prepare("DELETE FROM document_overrides WHERE doc_id = 'b'").run();
    expect(matchDocIds(src, '基层').sort()).toEqual(['a', 'b']);
  });

  it('counts tags in facets and filters as they change', () => {
    const tag = userDb.prepare("INSERT INTO tags (name) VALUES ('治理') RETURNING id").pluck().get() as number;
    userDb.prepare("INSERT INTO document_tags (doc_id, tag_id) VALUES ('b', ?)").run(tag);
    expect(search('基层').facets.tag).toEqual({ 治理: 1 });
    expect(matchDocIds(src, '基层 tag:治理')).toEqual(['b']);
    userDb.prepare("DELETE FROM document_tags WHERE doc_id = 'b'").run();
    expect(search('基层').facets.tag).toEqual({});
    expect(matchDocIds(src, '基层 tag:治理')).toEqual([]);
  });
});
