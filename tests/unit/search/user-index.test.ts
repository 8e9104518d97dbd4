// Incremental indexing of the user's imports: add, replace, remove, and survive reopening.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { makeDoc, tempDir, userDbWith } from './fixtures.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { addUserDocumentsToIndex, removeUserDocumentsFromIndex } from '../../../electron/core/search/user-index.js';
import { matchDocIds, runSearch } from '../../../electron/core/search/engine.js';

describe('user index', () => {
  it('adds, replaces and removes documents incrementally and keeps them after reopening', () => {
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

    removeUserDocumentsFromIndex(db, ['ua']);
    expect(matchDocIds(src(), '笔记')).toEqual(['ub']);
    expect(matchDocIds(src(), '共同富裕')).toEqual([]);

    // Re-adding an indexed document replaces it (metadata or text edits).
    const b2 = { ...b, title: '学习心得乙', type: '讲话' as const };
    db.prepare("UPDATE main.documents SET title = ?, type = '讲话' WHERE id = ?").run(b2.title, b.id);
    addUserDocumentsToIndex(db, [b2]);
    expect(matchDocIds(src(), '笔记')).toEqual([]);
    const r = runSearch(src(), { query: '心得 type:讲话', sort: 'relevance', offset: 0, limit: 5 });
    expect(r.hits.map((h) => [h.docId, h.title])).toEqual([['ub', '学习心得乙']]);
    expect(db.prepare('SELECT count(*) FROM main.search_docs').pluck().get()).toBe(1);
    db.close();

    db = reopen();
    expect(matchDocIds(src(), '心得')).toEqual(['ub']);
    expect(matchDocIds(src(), '共同富裕')).toEqual([]);
    removeUserDocumentsFromIndex(db, ['ub', 'missing']);
    expect(matchDocIds(src(), '学习')).toEqual([]);
    db.close();
  });
});
