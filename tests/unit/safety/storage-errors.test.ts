// Storage failures get distinct codes and Chinese messages that say what to do: a read-only data
// folder (a read-only tmpfs mount, or a read-only file), a full disk (a 1 MB tmpfs, or SQLite's
// max_page_count), a database locked by another program. Real SQLite, real file systems.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openSafeCore, seedUserData, tempDir, type SafeCore } from './helpers.js';

let t: SafeCore | undefined;
const mounts: string[] = [];
afterEach(() => {
  t?.core.close();
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', ['-l', m]);
    } catch {
      // already gone
    }
  }
  if (t) fs.rmSync(t.dir, { recursive: true, force: true });
  t = undefined;
});

/** Mounts a small tmpfs (root only); null where mounting is not allowed. */
function tmpfs(sizeKb: number): string | null {
  const dir = tempDir('shelf-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return dir;
  } catch {
    return null;
  }
}

test('a read-only data folder: the library opens read-only and writes say READ_ONLY_LOCATION', async () => {
  const dir = tmpfs(8192);
  const base = dir ?? tempDir();
  t = openSafeCore({ dir: base });
  await seedUserData(t, 2);
  t.core.close();
  if (dir) execFileSync('mount', ['-o', 'remount,ro', dir]);
  else fs.chmodSync(path.join(t.dataDir, 'study-shelf.sqlite'), 0o444); // non-root fallback
  t.reopen();
  const status = await t.call('backupStatus', {});
  expect(status.problem?.kind).toBe('read-only-location');
  expect(status.mode).toBe('read-only');
  expect((await t.call('listAnnotations', {})).total).toBe(2);
  const err = await t.fail('setSettings', { theme: 'dark' });
  expect(err.code).toBe('READ_ONLY_LOCATION');
  expect(err.message).toContain('只读');
  expect(err.message).toContain('写入权限');
  if (dir) execFileSync('mount', ['-o', 'remount,rw', dir]);
});

test('a full disk: a write fails with DISK_FULL and the data already saved is intact', async () => {
  const dir = tmpfs(1024);
  t = openSafeCore(dir ? { dir } : {});
  await seedUserData(t, 2);
  const db = t.core.ctx.userDb;
  // Fill what is left of the disk (or, without a mount, cap the database at its current size).
  if (dir) {
    try {
      fs.writeFileSync(path.join(dir, 'filler'), Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full
    }
  } else db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const big = 'x'.repeat(200_000);
  let err: { code: string; message: string } | null = null;
  for (let i = 0; i < 20 && !err; i++) {
    const e = await t
      .fail('createAnnotation', {
        docId: 'b:doc1',
        paragraph: 1,
        start: 0,
        end: 4,
        color: 'yellow',
        note: big.slice(0, 4000) + i,
      })
      .catch(() => null);
    if (e) err = e;
  }
  expect(err?.code).toBe('DISK_FULL');
  expect(err?.message).toContain('磁盘空间已满');
  if (dir) fs.rmSync(path.join(dir, 'filler'), { force: true });
  const check = new Database(path.join(t.dataDir, 'study-shelf.sqlite'), { readonly: true });
  expect(check.pragma('quick_check', { simple: true })).toBe('ok');
  expect(check.prepare('SELECT count(*) FROM tags').pluck().get()).toBeGreaterThan(0);
  check.close();
});

test('a database locked by another program: DATABASE_LOCKED, and the call works once it is released', async () => {
  t = openSafeCore();
  await seedUserData(t, 1);
  t.core.ctx.userDb.pragma('busy_timeout = 200');
  const other = new Database(path.join(t.dataDir, 'study-shelf.sqlite'));
  other.pragma('busy_timeout = 0');
  other.exec('BEGIN EXCLUSIVE');
  const err = await t.fail('setSettings', { theme: 'dark' });
  expect(err.code).toBe('DATABASE_LOCKED');
  expect(err.message).toContain('另一个');
  other.exec('ROLLBACK');
  other.close();
  expect((await t.call('setSettings', { theme: 'dark' })).theme).toBe('dark');
});
