// Numbered migrations applied in one transaction, tracked by PRAGMA user_version.
// A database written by a newer version of the app is refused rather than damaged.
import type Database from 'better-sqlite3';
import { migrations } from './migrations/index.js';

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
