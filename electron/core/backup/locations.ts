// Where the safety files live: the user database, the snapshot folder (default `snapshots/` in the
// data folder; the user may point it elsewhere, e.g. a USB disk) and files set aside after damage.
// The chosen snapshot folder is kept in a small JSON file beside the database, not in the
// database, so it is still known when the database is damaged.
import fs from 'node:fs';
import path from 'node:path';
import { USER_DB_FILE } from '../db/open-user-db.js';

const SETTINGS_FILE = 'backup-settings.json';

export const userDbPath = (dataDir: string): string => path.join(dataDir, USER_DB_FILE);
export const defaultSnapshotDir = (dataDir: string): string => path.join(dataDir, 'snapshots');
export const damagedDir = (dataDir: string): string => path.join(dataDir, 'damaged');

interface BackupSettings {
  snapshotDir?: string;
}

function readSettings(dataDir: string): BackupSettings {
  try {
    const v = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as unknown;
    return typeof v === 'object' && v !== null ? (v as BackupSettings) : {};
  } catch {
    return {};
  }
}

/** The folder snapshots are written to and read from. */
export function snapshotDir(dataDir: string): string {
  const chosen = readSettings(dataDir).snapshotDir;
  return typeof chosen === 'string' && path.isAbsolute(chosen) ? chosen : defaultSnapshotDir(dataDir);
}

/** Saves the chosen folder (null: back to the default), atomically. */
export function saveSnapshotDir(dataDir: string, dir: string | null): void {
  const file = path.join(dataDir, SETTINGS_FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(dir ? { snapshotDir: dir } : {}, null, 2));
  fs.renameSync(tmp, file);
}

/** The database file plus SQLite's companion files, which belong to it and move with it. */
export const dbFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`];
