// Migration 0006 on a database with real rows from version 3 (through 0004 and 0005): the FTS5 user
// index is dropped, the segment tables, fingerprints and change counters arrive, imported documents
// stay and are found by the next search (indexed then), and the counters follow edits and tags.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { readCounters } from '../../../electron/core/search/meta-source.js';
import { matchDocIds, runSearch } from '../../../electron/core/search/engine.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version3WithRows(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-m4-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'study-shelf.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 3));
  db.prepare(
    `INSERT INTO user_documents (id, title, type, date, year, source, speakers, occasion, place, script, paragraphs, chars, hash, origin)
     VALUES ('u1', '我的学习体会', '文章', '2023-06-01', 2023, NULL, '[]', NULL, NULL, 'simplified', ?, 20, 'h1', 'file.txt')`,
  ).run(JSON.stringify([{ kind: 'p', text: '学习贯彻全面从严治党的体会。' }]));
  db.prepare("INSERT INTO user_search_docs (doc_id, title, type) VALUES ('u1', '我的学习体会', '文章')").run();
  return db;
}

test('0006 keeps imported documents searchable and counts changes', () => {
  const db = version3WithRows();
  migrate(db);
  attachBundle(db, path.join(os.tmpdir(), 'no-bundle-here.sqlite'));
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  expect(tables).not.toContain('search_docs');
  expect(tables).not.toContain('search_fts');
  expect(tables).toEqual(expect.arrayContaining(['search_segments', 'search_postings', 'user_fingerprints']));
  const src = { bundle: null, userDb: db };
  expect(matchDocIds(src, '从严治党')).toEqual(['u1']); // indexed by this first search
  expect(db.prepare('SELECT count(*) FROM search_segments').pluck().get()).toBe(1);

  const before = readCounters(db);
  db.prepare("UPDATE documents SET title = '新的体会' WHERE id = 'u1'").run();
  db.prepare("INSERT INTO tags (name) VALUES ('学习')").run();
  const after = readCounters(db);
  expect(after.docsChanged).toBe(before.docsChanged + 1);
  expect(after.tags).toBe(before.tags + 1);
  expect(runSearch(src, { query: '新的', sort: 'relevance', offset: 0, limit: 5 }).hits[0]?.title).toBe('新的体会');
  db.close();
});
