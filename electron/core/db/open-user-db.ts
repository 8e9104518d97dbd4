// Opens (and migrates) the user's database: WAL for crash safety, foreign keys enforced. Read-only
// opening (a damaged file the user chose to look at, a read-only folder) changes nothing in it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LATEST_VERSION, migrate } from './migrate.js';

export const USER_DB_FILE = 'study-shelf.sqlite';

export interface OpenUserDbOptions {
  readOnly?: boolean;
  /** Called before pending migrations run on a database that already holds a schema (snapshots). */
  beforeMigrate?(db: Database.Database): void;
}

export function openUserDb(dataDir: string, opts: OpenUserDbOptions = {}): Database.Database {
  const file = path.join(dataDir, USER_DB_FILE);
  if (opts.readOnly) {
    try {
      const ro = new Database(file, { readonly: true, fileMustExist: true });
      ro.pragma('busy_timeout = 5000');
      ro.prepare('SELECT count(*) FROM sqlite_schema').get();
      return ro;
    } catch (err) {
      // A WAL database in a read-only folder cannot get its -shm file: read a private copy instead.
      if ((err as { code?: string }).code !== 'SQLITE_CANTOPEN') throw err;
      return new Database(copyForReading(file), { readonly: true, fileMustExist: true });
    }
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Savepoint journals in memory: an import stores a batch of files in one transaction with a
    // savepoint per file, whose journal would otherwise spill to a temporary file past 64 KB.
    db.pragma('temp_store = MEMORY');
    db.pragma('busy_timeout = 5000');
    // Checkpoint when the WAL passes 32 MB, not 4 MB: an import of a thousand files otherwise
    // checkpointed seven times, each a copy into the database file and two fsyncs (0.3 s of its
    // 4 s). Commits stay as durable (WAL); the WAL is folded in at these points and on close.
    db.pragma('wal_autocheckpoint = 8192');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < LATEST_VERSION) opts.beforeMigrate?.(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function copyForReading(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-readonly-'));
  const copy = path.join(dir, USER_DB_FILE);
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}
