// The user database folds its WAL into the file every 32 MB, not every 4 MB (SQLite's default): a
// large import commits batch after batch, and each checkpoint on the way copied pages and fsynced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

test('commits of 8 MB in all stay in the WAL, and are all there after reopening', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-wal-'));
  dirs.push(dir);
  const db = openUserDb(dir);
  db.exec('CREATE TABLE blobs (b BLOB)');
  const put = db.prepare('INSERT INTO blobs (b) VALUES (?)');
  for (let i = 0; i < 16; i++) db.transaction(() => put.run(Buffer.alloc(512 * 1024, i)))();
  // [{ busy, log, checkpointed }]: log = frames in the WAL since it last restarted. With SQLite's
  // default (1000 pages) it would have restarted after about 4 MB.
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)') as [{ log: number }];
  expect(log).toBeGreaterThan(1900);
  db.close();
  const again = openUserDb(dir);
  expect(again.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(16);
  again.close();
});
