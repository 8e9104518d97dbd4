// The start-up check, run before the user database is opened for writing: is the file there,
// readable, a SQLite database, sound by `PRAGMA quick_check`, and not empty where data used to
// be (usage marker or existing snapshots)? Opens the file read-only and changes nothing.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { DataProblemKind } from '../../contract/backup.js';
import { LATEST_VERSION } from '../db/migrate.js';
import { userDbPath } from './locations.js';
import { readMarker } from './marker.js';
import { listSnapshots } from './snapshot-store.js';

export type DbCheckStatus = 'new' | 'ok' | DataProblemKind;

export interface DbCheck {
  status: DbCheckStatus;
  /** Chinese: what happened, for the recovery page. Empty when status is new or ok. */
  message: string;
  /** Technical detail (SQLite's own words), shown folded away. */
  detail: string | null;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const PROBLEM_MESSAGES: Record<DataProblemKind, string> = {
  damaged: '数据库文件已损坏（完整性检查未通过）。为避免损失扩大，学习书架没有以可写方式打开它。',
  empty: '数据库文件是空的，但这个数据文件夹以前保存过您的资料。文件可能被截断或覆盖了。',
  missing: '找不到数据库文件，但这个数据文件夹以前保存过您的资料。文件可能被移动或删除了。',
  unreadable: '无法读取数据库文件（没有读取权限或文件被占用）。',
  'read-only-location': '数据文件夹是只读的，无法保存任何修改。',
  'too-new': '数据库来自更新版本的学习书架，本程序无法安全地修改它。请升级学习书架后再打开。',
};

function problem(status: DataProblemKind, detail: string | null = null): DbCheck {
  return { status, message: PROBLEM_MESSAGES[status], detail };
}

/** Whether this data folder has held user data before (marker, or snapshots that hold data). */
export function usedBefore(dataDir: string, snapshotDir: string): boolean {
  if (readMarker(dataDir)?.hadData) return true;
  return listSnapshots(snapshotDir).some((s) => Object.values(s.counts).some((n) => n > 0));
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function writable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Inspects the database read-only; `quick_check` stops at the first problems it meets. */
function inspect(file: string): { check: string; version: number; tables: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
    return {
      check: rows.map((r) => r.quick_check).join('\n'),
      version: db.pragma('user_version', { simple: true }) as number,
      tables: db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

export function checkUserDb(dataDir: string, snapshotDir: string): DbCheck {
  const file = userDbPath(dataDir);
  const used = () => usedBefore(dataDir, snapshotDir);
  if (!fs.existsSync(file)) {
    if (used()) return problem('missing');
    return fs.existsSync(dataDir) && !writable(dataDir)
      ? problem('read-only-location')
      : { status: 'new', message: '', detail: null };
  }
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (err) {
    return problem('unreadable', String(err));
  }
  const walBytes = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  if (header.length === 0 && walBytes === 0)
    return used() ? problem('empty') : { status: 'new', message: '', detail: null };
  if (header.length > 0 && !header.equals(SQLITE_HEADER.subarray(0, header.length)))
    return problem('damaged', '文件头不是 SQLite 数据库的标识');
  if (!writable(file) || !writable(dataDir)) return problem('read-only-location');
  let info: ReturnType<typeof inspect>;
  try {
    info = inspect(file);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (/^SQLITE_(BUSY|LOCKED|CANTOPEN|PERM|AUTH)/.test(code)) return problem('unreadable', String(err));
    return problem('damaged', String(err));
  }
  if (info.check !== 'ok') return problem('damaged', info.check);
  if (info.version > LATEST_VERSION) return problem('too-new', `user_version ${info.version} > ${LATEST_VERSION}`);
  if (info.tables === 0 && used()) return problem('empty');
  return { status: info.tables === 0 ? 'new' : 'ok', message: '', detail: null };
}
