// Snapshots on real SQLite files: rotation (7 daily / 4 weekly / 12 monthly, size cap), restore
// keeps the current state first, the folder can move (a USB disk), a snapshot is taken before a
// migration and before a content update, the daily one only when due, and a process killed in the
// middle of a snapshot leaves no broken snapshot behind.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { snapshotsToDelete } from '../../../electron/core/backup/rotation.js';
import { cleanupPartials, listSnapshots, verifySnapshot } from '../../../electron/core/backup/snapshot-store.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { openSafeCore, seedUserData, tempDir, type SafeCore } from './helpers.js';

let t: SafeCore;
afterEach(() => t?.close());

describe('rotation', () => {
  const day = 86_400_000;
  const snaps = (n: number, stepMs: number, bytes = 10) =>
    Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      createdAt: new Date(Date.UTC(2025, 11, 31) - i * stepMs).toISOString(),
      bytes,
    }));

  test('a year of daily snapshots keeps 7 daily, 4 weekly and 12 monthly (about 20), newest always', () => {
    const list = snaps(365, day);
    const doomed = new Set(snapshotsToDelete(list));
    const kept = list.filter((s) => !doomed.has(s.id));
    expect(kept.length).toBeGreaterThanOrEqual(18);
    expect(kept.length).toBeLessThanOrEqual(23);
    expect(kept.slice(0, 7).map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
    const months = new Set(kept.map((s) => s.createdAt.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  test('the size cap drops the oldest first but never the newest', () => {
    const list = snaps(10, day, 100);
    const policy = { daily: 7, weekly: 4, monthly: 12, maxBytes: 350 };
    const doomed = snapshotsToDelete(list, policy);
    expect(list.filter((s) => !doomed.includes(s.id)).map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    expect(snapshotsToDelete(snaps(1, day, 1e12), policy)).toEqual([]);
  });
});

test('restore brings the data back and snapshots the current state first', async () => {
  t = openSafeCore();
  await seedUserData(t, 3);
  const snap = await t.call('backupCreate', {});
  expect(snap.counts).toMatchObject({
    annotations: 3,
    documents: 1,
    quizItems: 1,
    reviews: 1,
    sessions: 1,
    savedQuotes: 1,
  });
  expect(verifySnapshot(t.core.data.snapshotDir, snap.id)).toBe(true);
  await t.call('deleteAnnotation', { id: (await t.call('listAnnotations', {})).items[0]!.id });
  const r = await t.call('backupRestore', { id: snap.id });
  expect(r.safetySnapshot?.reason).toBe('pre-restore');
  expect(r.safetySnapshot?.counts.annotations).toBe(2);
  expect((await t.call('listAnnotations', {})).total).toBe(3);
  // The state before the restore is one click away too.
  await t.call('backupRestore', { id: r.safetySnapshot!.id });
  expect((await t.call('listAnnotations', {})).total).toBe(2);
  expect((await t.fail('backupRestore', { id: '20000101-000000-000-manual' })).code).toBe('NOT_FOUND');
});

test('the snapshot folder moves (e.g. to a USB disk) with its snapshots, and back to the default', async () => {
  t = openSafeCore();
  await seedUserData(t, 1);
  await t.call('backupCreate', {});
  const usb = path.join(t.dir, 'usb', '学习书架快照');
  expect(await t.call('backupSetFolder', { folder: usb })).toEqual({ snapshotDir: usb, moved: 1 });
  expect(listSnapshots(usb)).toHaveLength(1);
  await t.call('backupCreate', {});
  expect((await t.call('backupList', {})).items).toHaveLength(2);
  t.reopen();
  expect((await t.call('backupStatus', {})).snapshotDir).toBe(usb);
  const back = await t.call('backupSetFolder', { folder: null });
  expect(back.moved).toBe(2);
  expect(listSnapshots(usb)).toHaveLength(0);
  expect((await t.fail('backupSetFolder', { folder: 'relative/dir' })).code).toBe('INVALID_ARGUMENT');
});

test('snapshots are taken before a migration and before a content update', async () => {
  // An older app's database: every migration but the last, holding a tag.
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  const old = new Database(path.join(dataDir, 'study-shelf.sqlite'));
  migrate(old, migrations.slice(0, -1));
  old.prepare("INSERT INTO tags (name) VALUES ('理论')").run();
  old.close();
  t = openSafeCore({ dir });
  const pre = listSnapshots(t.core.data.snapshotDir).find((s) => s.reason === 'pre-migration');
  expect(pre?.schemaVersion).toBe(migrations.at(-2)!.version);
  expect(pre?.counts.tags).toBe(1);
  expect((await t.call('info', {})).schemaVersion).toBe(migrations.at(-1)!.version);
  // A content update: the bundle's version changes between two starts.
  const setVersion = (v: string) => {
    t.core.close();
    const bundle = new Database(t.bundlePath);
    bundle.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?)").run(v);
    bundle.close();
    t.reopen();
  };
  const updates = () => listSnapshots(t.core.data.snapshotDir).filter((s) => s.reason === 'pre-content-update');
  t.reopen(); // same content: no snapshot
  expect(updates()).toHaveLength(0);
  setVersion('2025.2');
  expect(updates()).toHaveLength(1);
});

test('the daily snapshot is taken only when due, and not for an empty new library', async () => {
  t = openSafeCore();
  expect(await t.core.data.dailyIfDue()).toBeNull();
  await seedUserData(t, 1);
  expect((await t.core.data.dailyIfDue())?.reason).toBe('daily');
  expect(await t.core.data.dailyIfDue(new Date(Date.now() + 3600_000))).toBeNull();
  expect((await t.core.data.dailyIfDue(new Date(Date.now() + 21 * 3600_000)))?.reason).toBe('daily');
});

test('a process killed during snapshots leaves only complete, sound snapshots (partials are cleaned up)', async () => {
  t = openSafeCore();
  await seedUserData(t, 3);
  // A few MB so a snapshot takes a while to copy.
  t.core.ctx.userDb.exec(
    'CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT randomblob(4000) FROM n',
  );
  t.core.close();
  const snapDir = path.join(tempDir(), 'snaps');
  // The child compiled once to plain JavaScript (five starts under a TypeScript loader cost
  // seconds), inside the project so that it finds better-sqlite3 in node_modules.
  const childJs = path.join(__dirname, '../../../dist/unit-tmp', `snapshot-child-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve(__dirname, 'snapshot-child.ts')],
    outfile: childJs,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  let partialsSeen = 0;
  for (let round = 0; round < 5; round++) {
    const child = spawn(process.execPath, [childJs, t.dataDir, snapDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150 + round * 97));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    partialsSeen += fs.readdirSync(snapDir).filter((n) => n.endsWith('.partial')).length;
    for (const s of listSnapshots(snapDir)) expect(verifySnapshot(snapDir, s.id), s.id).toBe(true);
  }
  cleanupPartials(snapDir);
  expect(fs.readdirSync(snapDir).some((n) => n.endsWith('.partial'))).toBe(false);
  expect(partialsSeen).toBeGreaterThan(0);
  // The database itself survived every kill.
  t.reopen();
  expect((await t.call('backupStatus', {})).mode).toBe('normal');
  expect((await t.call('listAnnotations', {})).total).toBe(3);
  fs.rmSync(path.dirname(snapDir), { recursive: true, force: true });
  fs.rmSync(childJs, { force: true });
}, 60_000);
