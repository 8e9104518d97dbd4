// Opens (and migrates) the user's database: WAL for crash safety, foreign keys enforced. Read-only
// opening (a damaged file the user chose to look at, a read-only folder) changes nothing in it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
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
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    ro.pragma('busy_timeout = 5000');
    return ro;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < LATEST_VERSION) opts.beforeMigrate?.(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
