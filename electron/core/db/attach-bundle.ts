// Attaches the content bundle to the user database as schema `bundle` and creates the library
// views over both. Without a (current) bundle an empty in-memory one takes its place, so every
// query works and simply finds no bundled documents.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { BUNDLE_SCHEMA, BUNDLE_SCHEMA_VERSION } from '../content/bundle-schema.js';
import { LIBRARY_VIEWS_SQL } from './library-views.js';
import { registerSqlFunctions } from './sql-functions.js';

/** Address space for the bundle's map (SQLite maps at most the file's size). */
export const BUNDLE_MMAP_BYTES = 1 << 30;

export type BundleState = 'attached' | 'missing' | 'outdated';

/** The schema version a bundle file was built with (0 for none or unreadable). */
export function bundleSchemaVersion(file: string): number {
  if (!fs.existsSync(file)) return 0;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const v = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined;
    return Number(v ?? 1);
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

/** The bundle's DDL with every table and index created in the attached schema. */
function inBundleSchema(sql: string): string {
  return sql.replace(/CREATE (TABLE|INDEX) (\w+)/g, 'CREATE $1 bundle.$2');
}

export function attachBundle(db: Database.Database, bundlePath: string): BundleState {
  registerSqlFunctions(db);
  const version = bundleSchemaVersion(bundlePath);
  const state: BundleState = version === BUNDLE_SCHEMA_VERSION ? 'attached' : version === 0 ? 'missing' : 'outdated';
  if (state === 'attached') {
    // Read-only in practice: nothing writes to `bundle.*` (better-sqlite3 is built without URI
    // filenames, so `?mode=ro` is unavailable; a test checks the file is unchanged by use).
    db.prepare('ATTACH DATABASE ? AS bundle').run(bundlePath);
    // Keep the shared lock between statements: otherwise every read of the bundle takes and drops
    // it and re-checks the file (~9 µs a statement, more than the lookup itself; a search reads a
    // dozen rows). Readers never block each other, and content updates write a new file and rename
    // it into place, so holding the lock blocks nothing.
    db.pragma('bundle.locking_mode = EXCLUSIVE');
    // Read the bundle's pages from a memory map instead of copying each through a read() into the
    // page cache: a search reads postings and its hits' documents (a 4 KB document spans two or
    // three pages), and the copies were most of a snippet's cost (search p50 about a fifth lower,
    // results identical). Safe for this file: it is never written or truncated in place (updates
    // replace it by a rename, and the mapping keeps the old file). The user database is not mapped.
    db.pragma(`bundle.mmap_size = ${BUNDLE_MMAP_BYTES}`);
  } else {
    db.exec("ATTACH DATABASE ':memory:' AS bundle");
    db.exec(inBundleSchema(BUNDLE_SCHEMA));
  }
  db.exec(LIBRARY_VIEWS_SQL);
  return state;
}
