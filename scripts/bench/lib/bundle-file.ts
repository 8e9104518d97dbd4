// Writes a benchmark library: the text index alone (to measure its size exactly), then the
// catalogue, then a full bundle (documents table + index) and a user database with tags.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { BUNDLE_SCHEMA } from '../../../electron/core/content/bundle-schema.js';
import { writeDocuments } from '../../../electron/core/content/build-bundle.js';
import { buildTextIndex } from '../../../electron/core/search/build-index.js';
import { buildCatalogueTable } from '../../../electron/core/search/catalogue-build.js';
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
}

function fileSize(db: Database.Database, file: string): number {
  db.exec('VACUUM');
  return fs.statSync(file).size;
}

export function writeLibrary(dir: string, docs: ContentDocument[], tags: Map<string, string[]>): BuiltLibrary {
  const bundlePath = path.join(dir, 'content.sqlite');
  const db = new Database(bundlePath);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const t0 = performance.now();
  const c0 = cpuMs();
  buildTextIndex(db, docs);
  const indexMs = performance.now() - t0;
  const indexCpuMs = cpuMs() - c0;
  const indexBytes = fileSize(db, bundlePath);
  const t1 = performance.now();
  buildCatalogueTable(db, docs);
  const catalogueMs = performance.now() - t1;
  const catalogueBytes = fileSize(db, bundlePath) - indexBytes;
  db.exec(BUNDLE_SCHEMA);
  db.transaction(() => writeDocuments(db, docs, ''))();
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
  return { bundlePath, dataDir, indexMs, indexCpuMs, indexBytes, catalogueMs, catalogueBytes };
}
