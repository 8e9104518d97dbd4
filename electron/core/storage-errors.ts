// Turns storage failures (SQLite result codes, file-system errno codes) into contract errors with
// a Chinese message that says what to do, instead of the generic 操作失败. Used by dispatch for
// every call, and by the backup code for its own file work.
import { ApiError } from '../contract/errors.js';

const MESSAGES = {
  READ_ONLY_LOCATION:
    '无法保存：数据文件夹或数据库文件是只读的。请检查该文件夹的写入权限（或把数据文件夹移到可写的位置），然后重试。',
  DISK_FULL: '无法保存：磁盘空间已满。请清理磁盘空间（或把快照文件夹移到其他磁盘）后重试，已有数据没有受到影响。',
  DATABASE_LOCKED: '数据库正被另一个程序占用（可能是另一个学习书架窗口或命令行）。请关闭它后重试。',
  DATABASE_DAMAGED:
    '数据库文件已损坏，为保护数据已停止写入。请在 设置 → 数据与备份 中从快照恢复（命令行：backup restore latest）。',
} as const;

type StorageCode = keyof typeof MESSAGES;

function codeOf(err: unknown): string {
  if (typeof err !== 'object' || err === null || !('code' in err)) return '';
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** Which storage problem an error is, or null when it is not one. */
export function storageErrorCode(err: unknown): StorageCode | null {
  const code = codeOf(err);
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return 'READ_ONLY_LOCATION';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === 'EBUSY') return 'DATABASE_LOCKED';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'DATABASE_DAMAGED';
  return null;
}

/** The contract error for a storage failure, or null when the error is something else. */
export function storageError(err: unknown): ApiError | null {
  const code = storageErrorCode(err);
  return code ? new ApiError(code, MESSAGES[code]) : null;
}

export function storageMessage(code: StorageCode): string {
  return MESSAGES[code];
}
