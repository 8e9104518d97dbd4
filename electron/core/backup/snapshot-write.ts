// Writes one consistent snapshot of the user database into the snapshot folder. Online snapshots
// use SQLite's backup API (copies page batches between event-loop turns, so the app keeps
// answering); the start-up one before a migration uses VACUUM INTO (synchronous, nothing else is
// running yet). The copy is written as `<id>.sqlite.partial`, verified, described in `<id>.json`
// and only then renamed: a kill at any moment leaves either a complete snapshot or a partial file
// that listing ignores and the next run removes.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSnapshot, SnapshotReason } from '../../contract/backup.js';
import { dataCounts } from './db-counts.js';

export const PARTIAL_SUFFIX = '.sqlite.partial';

/** `YYYYMMDD-HHMMSS-mmm-reason` in UTC: sorts by time, and says why it was taken. */
export function snapshotIdFor(date: Date, reason: SnapshotReason): string {
  const iso = date.toISOString(); // 2026-01-10T09:30:00.123Z
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}-${reason}`;
}

function freshId(dir: string, reason: SnapshotReason, now: Date): { id: string; createdAt: Date } {
  let t = now.getTime();
  for (;;) {
    const id = snapshotIdFor(new Date(t), reason);
    if (!fs.existsSync(path.join(dir, `${id}.sqlite`)) && !fs.existsSync(path.join(dir, `${id}${PARTIAL_SUFFIX}`)))
      return { id, createdAt: new Date(t) };
    t += 1;
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens a copied database file, checks it and describes it; throws if the copy is not sound. */
export function describeDbFile(file: string): { schemaVersion: number; counts: BackupSnapshot['counts'] } {
  const db = new Database(file, { fileMustExist: true });
  try {
    // A self-contained file: no -wal/-shm beside the snapshot (it may sit on a USB disk).
    db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`snapshot failed its check: ${String(check)}`);
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, counts: dataCounts(db) };
  } finally {
    db.close();
  }
}

function finish(dir: string, id: string, createdAt: Date, reason: SnapshotReason, partial: string): BackupSnapshot {
  const { schemaVersion, counts } = describeDbFile(partial);
  fsyncFile(partial);
  const meta: BackupSnapshot = {
    id,
    createdAt: createdAt.toISOString(),
    reason,
    bytes: fs.statSync(partial).size,
    schemaVersion,
    counts,
  };
  const metaFile = path.join(dir, `${id}.json`);
  fs.writeFileSync(`${metaFile}.tmp`, JSON.stringify(meta, null, 2));
  fs.renameSync(`${metaFile}.tmp`, metaFile);
  fs.renameSync(partial, path.join(dir, `${id}.sqlite`));
  return meta;
}

function cleanupOnFailure(partial: string, err: unknown): never {
  fs.rmSync(partial, { force: true });
  throw err;
}

/** Online snapshot through the backup API; other calls keep being answered while it runs. */
export async function writeSnapshot(
  db: Database.Database,
  dir: string,
  reason: SnapshotReason,
  now = new Date(),
): Promise<BackupSnapshot> {
  fs.mkdirSync(dir, { recursive: true });
  const { id, createdAt } = freshId(dir, reason, now);
  const partial = path.join(dir, `${id}${PARTIAL_SUFFIX}`);
  try {
    await db.backup(partial); // copies the main schema only (the default)
    return finish(dir, id, createdAt, reason, partial);
  } catch (err) {
    return cleanupOnFailure(partial, err);
  }
}

/** Synchronous snapshot (VACUUM INTO), for the moment before a migration at start-up. */
export function writeSnapshotSync(
  db: Database.Database,
  dir: string,
  reason: SnapshotReason,
  now = new Date(),
): BackupSnapshot {
  fs.mkdirSync(dir, { recursive: true });
  const { id, createdAt } = freshId(dir, reason, now);
  const partial = path.join(dir, `${id}${PARTIAL_SUFFIX}`);
  try {
    db.prepare('VACUUM main INTO ?').run(partial);
    return finish(dir, id, createdAt, reason, partial);
  } catch (err) {
    return cleanupOnFailure(partial, err);
  }
}
