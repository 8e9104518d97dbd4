// The start-up check on real SQLite files: a 0-byte, truncated, garbled-header or garbled-page
// database is never opened for writing; the core offers the recovery choices (restore the newest
// good snapshot, open read-only, start fresh keeping the file aside) and every domain call, the
// CLI included, answers DATABASE_DAMAGED with the way out instead of a silent empty library.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkUserDb } from '../../../electron/core/backup/startup-check.js';
import { cli } from '../support/run-cli.js';
import { garble, openSafeCore, seedUserData, type SafeCore } from './helpers.js';

let t: SafeCore;
afterEach(() => t?.close());

const dbFile = () => path.join(t.dataDir, 'study-shelf.sqlite');

/** A used data folder with a snapshot, closed cleanly (no -wal), ready to be damaged. */
async function usedFolder(annotations = 5): Promise<void> {
  t = openSafeCore();
  await seedUserData(t, annotations);
  await t.call('backupCreate', {});
  // More pages than the first few, so "garbled pages" can hit the middle of the file.
  t.core.ctx.userDb.exec(
    'CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO filler SELECT randomblob(2000) FROM n',
  );
  t.core.close();
  expect(fs.existsSync(`${dbFile()}-wal`)).toBe(false);
}

const damages: [string, () => void, string][] = [
  ['0 bytes', () => fs.truncateSync(dbFile(), 0), 'empty'],
  ['truncated to half', () => fs.truncateSync(dbFile(), Math.floor(fs.statSync(dbFile()).size / 2)), 'damaged'],
  ['garbled header', () => garble(dbFile(), 0, 100), 'damaged'],
  ['garbled pages mid-file', () => garble(dbFile(), 4096 * 8, 4096 * 20), 'damaged'],
  ['deleted', () => fs.rmSync(dbFile()), 'missing'],
];

describe.each(damages)('a database %s', (_name, damage, kind) => {
  test('is refused, with the recovery choices, and restores from the newest good snapshot', async () => {
    await usedFolder();
    damage();
    const before = fs.existsSync(dbFile()) ? fs.readFileSync(dbFile()) : null;
    t.reopen();
    const status = await t.call('backupStatus', {});
    expect(status.mode).toBe('recovery');
    expect(status.problem?.kind).toBe(kind);
    expect(status.latestGood?.counts.annotations).toBe(5);
    const err = await t.fail('listAnnotations', {});
    expect(err.code).toBe('DATABASE_DAMAGED');
    expect(err.message).toContain('backup restore latest');
    // Nothing was written into the damaged file.
    if (before) expect(fs.readFileSync(dbFile()).equals(before)).toBe(true);
    const restored = await t.call('backupRestore', { id: 'latest' });
    expect(restored.restored.counts.annotations).toBe(5);
    if (before) expect(restored.setAside && fs.readFileSync(restored.setAside).equals(before)).toBe(true);
    expect((await t.call('listAnnotations', {})).total).toBe(5);
    expect((await t.call('backupStatus', {})).mode).toBe('normal');
  });
});

test('the CLI answers every command with DATABASE_DAMAGED (JSON, non-zero) and backup restore latest fixes it', async () => {
  await usedFolder();
  garble(dbFile(), 0, 100);
  const data = ['--data', t.dataDir, '--bundle', t.bundlePath];
  for (const cmd of [['info'], ['list'], ['search', '人民'], ['import', dbFile()], ['backup', 'create']]) {
    const r = await cli([...cmd, ...data, '--json']);
    expect(r.code, cmd.join(' ')).not.toBe(0);
    const err = JSON.parse(r.out).error;
    expect(err.code).toBe('DATABASE_DAMAGED');
    expect(err.message).toContain('backup restore latest');
  }
  const human = await cli(['info', ...data]);
  expect(human.err).toContain('可选择：');
  expect(human.err).not.toMatch(/SqliteError|at .*\.ts:\d+/);
  const fixed = await cli(['backup', 'restore', 'latest', ...data, '--json']);
  expect(fixed.code).toBe(0);
  expect(JSON.parse((await cli(['info', ...data, '--json'])).out).counts.annotations).toBe(5);
  t.reopen();
});

test('open read-only shows what can be read and refuses writes with READ_ONLY_MODE', async () => {
  await usedFolder();
  // Damage only the filler pages at the end: the user tables stay readable.
  garble(dbFile(), fs.statSync(dbFile()).size - 4096 * 10, 4096 * 5);
  t.reopen();
  expect((await t.call('backupStatus', {})).mode).toBe('recovery');
  expect((await t.call('recoveryOpenReadOnly', {})).mode).toBe('read-only');
  expect((await t.call('listAnnotations', {})).total).toBe(5);
  const err = await t.fail('setSettings', { theme: 'dark' });
  expect(err.code).toBe('READ_ONLY_MODE');
});

test('start fresh keeps the damaged file aside and opens an empty library', async () => {
  await usedFolder();
  garble(dbFile(), 0, 100);
  const damaged = fs.readFileSync(dbFile());
  t.reopen();
  const { setAside } = await t.call('recoveryStartFresh', {});
  expect(fs.readFileSync(setAside!).equals(damaged)).toBe(true);
  expect((await t.call('backupStatus', {})).mode).toBe('normal');
  expect((await t.call('listAnnotations', {})).total).toBe(0);
});

test('a new, never-used data folder with a 0-byte file starts normally (nothing to recover)', () => {
  t = openSafeCore();
  t.core.close();
  for (const f of fs.readdirSync(t.dataDir)) fs.rmSync(path.join(t.dataDir, f), { recursive: true });
  fs.writeFileSync(dbFile(), '');
  expect(checkUserDb(t.dataDir, path.join(t.dataDir, 'snapshots')).status).toBe('new');
  t.reopen();
});

test('a healthy database passes the check and the background integrity check', async () => {
  t = openSafeCore({ backgroundCheck: true });
  await seedUserData(t, 1);
  await expect.poll(async () => (await t.call('backupStatus', {})).integrity, { timeout: 20_000 }).toBe('ok');
  const db = new Database(dbFile(), { readonly: true });
  expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  db.close();
});
