// Numbered migrations applied in one transaction, tracked by PRAGMA user_version.
// A database written by a newer version of the app is refused rather than damaged.
import type Database from 'better-sqlite3';
import { migrations } from './migrations/index.js';
import { LATEST_SCHEMA } from './latest-schema.js';

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`数据库版本（${found}）比本程序支持的版本（${supported}）更新，请升级学习书架后再打开。`);
    this.name = 'DatabaseTooNewError';
  }
}

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

/** Apply every pending migration in a single transaction; returns the resulting version. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  const latest = list.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  // Rebuilding a table (the only way SQLite adds a CHECK) drops the old one: with foreign keys on,
  // that would cascade-delete its children. So keys are off while migrating and checked at the end.
  const keys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      if (startsEmpty(db, current, list)) {
        db.exec(LATEST_SCHEMA.sql);
        db.pragma(`user_version = ${LATEST_SCHEMA.version}`);
      } else
        for (const m of pending) {
          if (typeof m.up === 'string') db.exec(m.up);
          else m.up(db);
          db.pragma(`user_version = ${m.version}`);
        }
      const broken = db.pragma('foreign_key_check') as { table: string }[];
      if (broken.length) throw new Error(`migration left ${broken.length} broken references (${broken[0]!.table})`);
    })();
  } finally {
    db.pragma(`foreign_keys = ${keys ? 'ON' : 'OFF'}`);
  }
  return latest;
}

/** A new, empty database gets the latest schema in one script (latest-schema.ts, generated from the
 * migrations and tested to give the same schema and rows) rather than every migration in turn,
 * which rebuilt tables and then copied rows a new database does not have. Only for the app's own list, and
 * only while the script is as new as that list; any database with a schema migrates step by step. */
function startsEmpty(db: Database.Database, current: number, list: readonly Migration[]): boolean {
  if (current !== 0 || list !== migrations || LATEST_SCHEMA.version !== list.at(-1)?.version) return false;
  return db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() === 0;
}
