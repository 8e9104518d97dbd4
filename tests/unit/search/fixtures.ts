// Test helpers: ContentDocument builders, a bundle writer and a user database in a temp folder.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { writeBundleCached } from '../support/bundle-cache.js';
import { writeDocuments } from '../../../electron/core/content/write-documents.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import type { SearchSources } from '../../../electron/core/search/engine.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';

let seq = 0;
export function makeDoc(p: Partial<ContentDocument> & { title: string; body?: string[] }): ContentDocument {
  seq++;
  const { body, ...rest } = p;
  return {
    id: `doc-${seq}`,
    type: '文章',
    date: null,
    source: null,
    speakers: [],
    occasion: null,
    place: null,
    script: 'simplified',
    paragraphs: (body ?? []).map((text) => ({ kind: 'p' as const, text })),
    quotes: [],
    terms: [],
    hash: `h-${seq}`,
    origin: 'test',
    ...rest,
  };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'search-test-'));
}

/** A content bundle file with documents, quotes, 提法 and the search index, written as the builder does. */
export function writeBundle(file: string, docs: ContentDocument[]): void {
  writeBundleCached(file, docs, 'test');
}

/** A user database holding `docs` (not yet indexed), with the bundle file attached when given. */
export function userDbWith(dir: string, docs: ContentDocument[], bundleFile?: string): Database.Database {
  const db = openUserDb(dir);
  db.transaction(() => writeDocuments(db, docs))();
  attachBundle(db, bundleFile ?? path.join(dir, 'no-bundle.sqlite'));
  return db;
}

/** Search sources over one connection: the attached bundle (if any) and the user's own tables. */
export function sourcesOf(db: Database.Database, withBundle = true): SearchSources {
  return { bundle: withBundle ? db : null, userDb: db };
}

// The corpus readers are the benchmark's own: the same documents the oracle is benchmarked on.
export { rmrbDocs, poemDocs as tangDocs } from '../../../scripts/bench/lib/corpus.js';

/** Deterministic PRNG so a failing case can be reproduced (the quiz engine's mulberry32). */
export const rng = seededRng;
