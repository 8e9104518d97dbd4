// The library index is reused while nothing changed: a search first compares this connection's row
// changes and the file's data version (library-index.ts quickStamp). A change by another connection
// and a change rolled back after a search inside its transaction must still be seen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith } from './fixtures.js';
import { runSearch } from '../../../electron/core/search/engine.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';

describe('the library index change check', () => {
  let dir: string;
  let db: Database.Database;
  beforeAll(() => {
    dir = path.join(tempDir(), 'user');
    db = userDbWith(dir, [
      makeDoc({ id: 'a', title: '甲', body: ['基层治理的经验'] }),
      makeDoc({ id: 'b', title: '乙', body: ['基层治理的做法'] }),
    ]);
  });
  afterAll(() => db.close());

  const tagged = (tag: string) =>
    runSearch(sourcesOf(db, false), { query: `治理 tag:${tag}`, sort: 'relevance', offset: 0, limit: 5 })
      .hits.map((h) => h.docId)
      .sort();
  const tag = (conn: Database.Database, doc: string, name: string) => {
    const id = conn.prepare('INSERT INTO tags (name) VALUES (?) RETURNING id').pluck().get(name) as number;
    conn.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run(doc, id);
  };

  it('sees a tag added by another connection', () => {
    expect(tagged('重点')).toEqual([]);
    expect(tagged('重点')).toEqual([]);
    const other = openUserDb(dir);
    tag(other, 'a', '重点');
    other.close();
    expect(tagged('重点')).toEqual(['a']);
  });

  it('forgets a tag rolled back after a search inside its transaction', () => {
    expect(tagged('草稿')).toEqual([]);
    db.exec('BEGIN');
    tag(db, 'b', '草稿');
    expect(tagged('草稿')).toEqual(['b']);
    db.exec('ROLLBACK');
    expect(tagged('草稿')).toEqual([]);
    expect(tagged('草稿')).toEqual([]);
  });
});
