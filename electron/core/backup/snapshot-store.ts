// The snapshot folder as a list: complete snapshots (`<id>.sqlite` with its `<id>.json`), newest
// first; partial files from an interrupted run are ignored and cleaned up; rotation deletes what
// the policy no longer keeps; `latestGood` finds the snapshot a one-click restore would use.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSnapshot, SnapshotReason } from '../../contract/backup.js';
import { SNAPSHOT_REASONS } from '../../shared/enums.js';
import { totalCount } from './db-counts.js';
import { snapshotsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './rotation.js';
import { describeDbFile, PARTIAL_SUFFIX } from './snapshot-write.js';

const ID = /^(\d{8})-(\d{6})-(\d{3})-([a-z-]+)$/;

function metaFromId(dir: string, id: string): BackupSnapshot | null {
  const m = ID.exec(id);
  if (!m || !(SNAPSHOT_REASONS as readonly string[]).includes(m[4]!)) return null;
  const file = path.join(dir, `${id}.sqlite`);
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as BackupSnapshot;
    if (saved.id === id) return { ...saved, bytes: fs.statSync(file).size };
  } catch {
    // No description (e.g. a snapshot copied by hand): read it from the file itself.
  }
  try {
    const [d, t, ms] = [m[1]!, m[2]!, m[3]!];
    const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}.${ms}Z`;
    const copy = `${file}.inspect`;
    fs.copyFileSync(file, copy);
    try {
      const info = describeDbFile(copy);
      return { id, createdAt, reason: m[4] as SnapshotReason, bytes: fs.statSync(file).size, ...info };
    } finally {
      fs.rmSync(copy, { force: true });
    }
  } catch {
    return null;
  }
}

/** Complete snapshots in the folder, newest first. A missing folder is an empty list. */
export function listSnapshots(dir: string): BackupSnapshot[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.sqlite'))
    .map((n) => metaFromId(dir, n.slice(0, -'.sqlite'.length)))
    .filter((s): s is BackupSnapshot => s !== null)
    .sort((a, b) => b.id.localeCompare(a.id));
}

export const snapshotFile = (dir: string, id: string): string => path.join(dir, `${id}.sqlite`);

export function deleteSnapshot(dir: string, id: string): void {
  fs.rmSync(snapshotFile(dir, id), { force: true });
  fs.rmSync(path.join(dir, `${id}.json`), { force: true });
}

/** Removes leftovers of interrupted snapshots (partial copies, descriptions without a file). */
export function cleanupPartials(dir: string): number {
  let removed = 0;
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const n of names) {
    const orphanJson = n.endsWith('.json') && !names.includes(n.replace(/\.json$/, '.sqlite'));
    if (n.endsWith(PARTIAL_SUFFIX) || n.endsWith('.tmp') || n.endsWith('.inspect') || orphanJson) {
      fs.rmSync(path.join(dir, n), { force: true });
      removed++;
    }
  }
  return removed;
}

export function rotateSnapshots(dir: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const doomed = snapshotsToDelete(listSnapshots(dir), policy);
  for (const id of doomed) deleteSnapshot(dir, id);
  return doomed;
}

/** True when the snapshot file opens and passes SQLite's quick check. */
export function verifySnapshot(dir: string, id: string): boolean {
  try {
    const db = new Database(snapshotFile(dir, id), { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The newest snapshot that verifies, preferring one that holds user data over an empty one. */
export function latestGood(dir: string, verify = true): BackupSnapshot | null {
  const list = listSnapshots(dir);
  const ordered = [...list.filter((s) => totalCount(s.counts) > 0), ...list.filter((s) => totalCount(s.counts) === 0)];
  return ordered.find((s) => !verify || verifySnapshot(dir, s.id)) ?? null;
}
