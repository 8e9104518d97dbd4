// Writes a benchmark library: a content bundle (schema, documents, the text index and the
// catalogue timed separately, duplicate fingerprints) and a user database with tags on a subset.
// Index and catalogue sizes are their tables' pages (SQLite's dbstat), after VACUUM.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { BUNDLE_SCHEMA, BUNDLE_SCHEMA_VERSION } from '../../../electron/core/content/bundle-schema.js';
import { writeDocuments } from '../../../electron/core/content/write-documents.js';
import { DuplicateIndex } from '../../../electron/core/content/dedupe.js';
import { writeBundleFingerprints } from '../../../electron/core/content/fingerprints.js';
import { writeSaidLines } from '../../../electron/core/content/said-lines.js';
import { bodyText } from '../../../electron/core/content/doc-fields.js';
import { buildTextIndex } from '../../../electron/core/search/build-index.js';
import { buildCatalogueTable, buildPinyinWordsTable } from '../../../electron/core/search/catalogue-build.js';
import { clearSyllableMemo } from '../../../electron/core/search/pinyin-keys.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { cpuMs } from './stats.js';

export interface BuiltLibrary {
  bundlePath: string;
  dataDir: string;
  indexMs: number;
  indexCpuMs: number;
  indexBytes: number;
  catalogueMs: number;
  catalogueBytes: number;
  wordsMs: number;
}

const pages = (db: Database.Database, tables: string[]) =>
  db
    .prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN (${tables.map(() => '?').join(', ')})`)
    .pluck()
    .get(...tables) as number;

export function writeLibrary(dir: string, docs: ContentDocument[], tags: Map<string, string[]>): BuiltLibrary {
  const bundlePath = path.join(dir, 'content.sqlite');
  const db = new Database(bundlePath);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(BUNDLE_SCHEMA);
  db.transaction(() => {
    writeDocuments(db, docs);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('version', 'bench');
    meta.run('schema', String(BUNDLE_SCHEMA_VERSION));
  })();
  const t0 = performance.now();
  const c0 = cpuMs();
  buildTextIndex(db, docs);
  const indexMs = performance.now() - t0;
  const indexCpuMs = cpuMs() - c0;
  // Each size's catalogue from its own pinyin: the sizes below 'all' are its first documents, and
  // syllables memoised while building them made its build look twice as fast (stops 51 and 53).
  clearSyllableMemo();
  const t1 = performance.now();
  buildCatalogueTable(db, docs);
  const catalogueMs = performance.now() - t1;
  const t2 = performance.now();
  buildPinyinWordsTable(db, docs);
  const wordsMs = performance.now() - t2;
  const dups = new DuplicateIndex();
  for (const d of docs) dups.add(d.id, d.hash, bodyText(d.paragraphs));
  writeBundleFingerprints(db, dups);
  writeSaidLines(db, docs);
  db.exec('VACUUM');
  const indexBytes = pages(db, ['search_segments', 'search_postings', 'search_strings']);
  const catalogueBytes = pages(db, ['search_catalogue']);
  db.close();

  const dataDir = path.join(dir, 'user');
  const user = openUserDb(dataDir);
  const tagIds = new Map<string, number>();
  const tagId = (name: string) => {
    let id = tagIds.get(name);
    if (id === undefined) {
      id = user.prepare('INSERT INTO tags (name) VALUES (?) RETURNING id').pluck().get(name) as number;
      tagIds.set(name, id);
    }
    return id;
  };
  const ins = user.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)');
  user.transaction(() => {
    for (const [docId, names] of tags) for (const n of names) ins.run(docId, tagId(n));
  })();
  user.close();
  return { bundlePath, dataDir, indexMs, indexCpuMs, indexBytes, catalogueMs, catalogueBytes, wordsMs };
}

/** The library as the app opens it: the user database with the bundle attached (one connection). */
export function openLibrary(lib: { bundlePath: string; dataDir: string }): Database.Database {
  const db = openUserDb(lib.dataDir);
  attachBundle(db, lib.bundlePath);
  return db;
}
