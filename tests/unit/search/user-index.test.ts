// The user's index: segments per import, edits and deletions seen without re-indexing, merging of
// small segments, self-healing of documents that were never indexed, and survival across reopening.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, tempDir, userDbWith } from './fixtures.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { addUserDocumentsToIndex } from '../../../electron/core/search/user-index.js';
import { matchDocIds, runSearch } from '../../../electron/core/search/engine.js';

const segments = (db: Database.Database) =>
  db.prepare('SELECT count(*) FROM main.search_segments').pluck().get() as number;

describe('user index', () => {
  it('sees edits and deletions at once and keeps everything after reopening', () => {
    const dir = path.join(tempDir(), 'user');
    const a = makeDoc({ id: 'ua', title: '学习笔记甲', date: '2020-01-01', body: ['共同富裕是社会主义的本质要求。'] });
    const b = makeDoc({ id: 'ub', title: '学习笔记乙', date: '2021-01-01', body: ['高质量发展是首要任务。'] });
    let db = userDbWith(dir, [a, b]);
    const reopen = () => {
      const next = openUserDb(dir);
      attachBundle(next, path.join(dir, 'no-bundle.sqlite'));
      return next;
    };
    addUserDocumentsToIndex(db, [a]);
    addUserDocumentsToIndex(db, [b]);
    const src = () => ({ bundle: null, userDb: db });
    expect(matchDocIds(src(), '笔记').sort()).toEqual(['ua', 'ub']);
    db.close();

    db = reopen();
    expect(matchDocIds(src(), '共同富裕')).toEqual(['ua']);
    expect(matchDocIds(src(), '首要')).toEqual(['ub']);

    db.prepare("DELETE FROM main.documents WHERE id = 'ua'").run();
    expect(matchDocIds(src(), '笔记')).toEqual(['ub']);
    expect(matchDocIds(src(), '共同富裕')).toEqual([]);

    // A rename and a type change are searchable at once: the old title no longer matches.
    db.prepare("UPDATE main.documents SET title = '学习心得乙', type = '讲话' WHERE id = 'ub'").run();
    expect(matchDocIds(src(), '笔记')).toEqual([]);
    const r = runSearch(src(), { query: '心得 type:讲话', sort: 'relevance', offset: 0, limit: 5 });
    expect(r.hits.map((h) => [h.docId, h.title, h.hitCount])).toEqual([['ub', '学习心得乙', 1]]);
    db.close();

    db = reopen();
    expect(matchDocIds(src(), '心得')).toEqual(['ub']);
    expect(matchDocIds(src(), '共同富裕')).toEqual([]);
    db.close();
  });

  it('indexes documents that were stored but never indexed on the next search', () => {
    const dir = path.join(tempDir(), 'user');
    const a = makeDoc({ id: 'lost', title: '中断的导入', body: ['这篇文档写入了但没有建立索引。'] });
    const db = userDbWith(dir, [a]);
    expect(segments(db)).toBe(0);
    expect(matchDocIds({ bundle: null, userDb: db }, '建立索引')).toEqual(['lost']);
    expect(segments(db)).toBe(1);
    db.close();
  });

  it('merges small segments and still finds every document once', () => {
    const dir = path.join(tempDir(), 'user');
    const docs = Array.from({ length: 20 }, (_, i) =>
      makeDoc({ id: `m${i}`, title: `第${i}篇`, body: [`编号${i}的正文，共同内容。`] }),
    );
    const db = userDbWith(dir, docs);
    for (const d of docs) addUserDocumentsToIndex(db, [d]);
    expect(segments(db)).toBeLessThanOrEqual(8);
    const src = { bundle: null, userDb: db };
    expect(matchDocIds(src, '共同内容').sort()).toEqual(docs.map((d) => d.id).sort());
    expect(matchDocIds(src, '编号17')).toEqual(['m17']);
    expect(runSearch(src, { query: '共同内容', sort: 'date', offset: 0, limit: 50 }).total).toBe(20);
    db.close();
  });
});
