// File moves behind restore, import-all and start-fresh, made with the database closed: the
// damaged (or replaced) database is set aside with its -wal/-shm files, never deleted, and a
// verified copy is renamed into place. The old -wal must never meet the new file: SQLite would
// replay it into the wrong database.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../contract/errors.js';
import { damagedDir, dbFiles, userDbPath } from './locations.js';

const stamp = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Moves the database and its companions into `damaged/`; returns the new path, or null if none. */
export function setAside(dataDir: string, why: 'damaged' | 'replaced'): string | null {
  const file = userDbPath(dataDir);
  const present = dbFiles(file).filter((f) => fs.existsSync(f));
  if (present.length === 0) return null;
  const dir = damagedDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `study-shelf-${why}-${stamp()}`);
  for (const f of present) fs.renameSync(f, `${base}.sqlite${f.slice(file.length)}`);
  return `${base}.sqlite`;
}

/** Copies a database file next to the user database and checks the copy; returns its path. */
export function stageCopy(dataDir: string, source: string): string {
  const staged = `${userDbPath(dataDir)}.restoring`;
  fs.rmSync(staged, { force: true });
  fs.copyFileSync(source, staged);
  let ok = false;
  try {
    const db = new Database(staged, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
      ok = db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    fs.rmSync(staged, { force: true });
    throw new ApiError('FILE_DAMAGED', '要恢复的快照已损坏（完整性检查未通过），没有做任何改动。请选择另一个快照。');
  }
  return staged;
}

/** Puts a staged copy in place of the (closed) user database. */
export function swapIn(dataDir: string, staged: string): void {
  const file = userDbPath(dataDir);
  // After a clean close SQLite has removed these; anything left belongs to the old file.
  for (const extra of dbFiles(file).slice(1)) fs.rmSync(extra, { force: true });
  fs.renameSync(staged, file);
}
