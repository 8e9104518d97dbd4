// A new database is created from one script (db/latest-schema.ts) instead of every migration in
// turn: it must end exactly as the migrations leave it (schema, seeded rows, user_version), and
// the script must be regenerated whenever a migration is added. Old databases still migrate.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { LATEST_SCHEMA } from '../../../electron/core/db/latest-schema.js';
import { schemaScript } from '../../../electron/core/db/schema-dump.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Everything a database holds but its page layout: sqlite_master (rootpage aside), every row of
 * every table with its rowid where it has one, and user_version. */
function contents(db: Database.Database) {
  const master = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const rows: Record<string, unknown[]> = {};
  for (const t of master.filter((m) => m.type === 'table')) {
    const rowid = /WITHOUT\s+ROWID\s*$/i.test(t.sql ?? '') ? '' : 'rowid AS _rowid, ';
    rows[t.name] = db.prepare(`SELECT ${rowid}* FROM "${t.name}" ORDER BY 1`).all();
  }
  return { master, rows, version: db.pragma('user_version', { simple: true }) };
}

/** Every migration in turn (a copy of the list: the one-script path is for the app's own list). */
function stepByStep(): Database.Database {
  const db = new Database(':memory:');
  expect(migrate(db, [...migrations])).toBe(LATEST_VERSION);
  return db;
}

describe('a new database from the latest schema', () => {
  test('the script is up to date with the migrations (else: node --import tsx scripts/gen-user-schema.ts)', () => {
    expect(LATEST_SCHEMA.version).toBe(LATEST_VERSION);
    expect(LATEST_SCHEMA.sql.trim()).toBe(schemaScript(stepByStep()));
  });

  test('a new database holds exactly what the migrations one by one leave', () => {
    const oneScript = new Database(':memory:');
    expect(migrate(oneScript)).toBe(LATEST_VERSION);
    const expected = contents(stepByStep());
    expect(expected.rows.highlight_colors!.length).toBeGreaterThan(0); // seeded rows are compared too
    expect(contents(oneScript)).toEqual(expected);
  });

  test('openUserDb on a new folder gives the same database as migrating step by step', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-schema-'));
    dirs.push(dir);
    const db = openUserDb(dir);
    try {
      expect(contents(db)).toEqual(contents(stepByStep()));
    } finally {
      db.close();
    }
  });

  test('a database part-way through still runs its pending migrations, not the script', () => {
    const old = new Database(':memory:');
    migrate(old, migrations.slice(0, 6));
    old.prepare("INSERT INTO tags (name) VALUES ('旧标签')").run();
    expect(migrate(old)).toBe(LATEST_VERSION);
    expect(old.prepare('SELECT name FROM tags').pluck().all()).toEqual(['旧标签']);
    const { master, version } = contents(old);
    const fresh = contents(stepByStep());
    expect({ master, version }).toEqual({ master: fresh.master, version: fresh.version });
  });
});
