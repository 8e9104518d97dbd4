// Migrations: empty → latest in one transaction, idempotent, refusal of a database from the future.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DatabaseTooNewError, LATEST_VERSION, migrate, type Migration } from '../../../electron/core/db/migrate.js';
import { openUserDb, USER_DB_FILE } from '../../../electron/core/db/open-user-db.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-db-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const tables = (db: Database.Database) =>
  (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
  ).sort();

describe('user database migrations', () => {
  test('an empty database migrates to the latest schema with every product table', () => {
    const db = new Database(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const names = tables(db);
    for (const t of [
      'settings',
      'documents',
      'quotes',
      'terms',
      'document_overrides',
      'document_state',
      'tags',
      'document_tags',
      'annotations',
      'annotation_tags',
      'highlight_colors',
      'saved_quotes',
      'quiz_items',
      'review_cards',
      'review_log',
      'mistakes',
      'study_sessions',
      'session_items',
      'session_attendees',
      'search_history',
      'saved_searches',
    ]) {
      expect(names).toContain(t);
    }
    expect(db.prepare('SELECT label FROM highlight_colors ORDER BY position').pluck().all()).toEqual([
      '重要论述',
      '新提法',
      '典型案例',
      '存疑',
      '背诵',
    ]);
  });

  test('running migrations again changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = tables(db);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(tables(db)).toEqual(before);
  });

  test('a database from a newer version is refused with a clear Chinese message and left untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, USER_DB_FILE);
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.close();
    expect(() => openUserDb(dir)).toThrow(DatabaseTooNewError);
    expect(() => openUserDb(dir)).toThrow(/请升级学习书架/);
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(tables(again)).toEqual(['from_the_future']);
    again.close();
  });

  test('a failing migration rolls back every step of the batch', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'ok', up: 'CREATE TABLE a (x)' },
      { version: 2, name: 'broken', up: 'CREATE TABLE b (x); THIS IS NOT SQL' },
    ];
    expect(() => migrate(db, list)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  test('the opened database uses WAL and enforces foreign keys', () => {
    const db = openUserDb(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO document_tags (doc_id, tag_id) VALUES ('x', 999)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});

test('migration versions are 1, 2, 3 … with no gaps, so none can be skipped', () => {
  const versions = migrations.map((m) => m.version);
  expect(versions).toEqual(versions.map((_, i) => i + 1));
});
