// Files staged on disk for an import call: web mode streams a request body here (POST /upload),
// the CLI copies a file here for import-all. An upload is named by a random id, read once by the
// import that names it and then deleted; leftovers older than a day are swept at start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../contract/errors.js';

const ID = /^up-[0-9a-f]{32}$/;
const uploadDir = (dataDir: string): string => path.join(dataDir, 'uploads');
const DAY_MS = 86_400_000;

export function newUpload(dataDir: string): { id: string; file: string } {
  const dir = uploadDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const id = `up-${crypto.randomBytes(16).toString('hex')}`;
  return { id, file: path.join(dir, id) };
}

/** The staged file for an id; NOT_FOUND when it never existed or was used already. */
export function uploadFile(dataDir: string, id: string): string {
  if (!ID.test(id)) throw new ApiError('INVALID_ARGUMENT', '上传编号格式不正确。');
  const file = path.join(uploadDir(dataDir), id);
  if (!fs.existsSync(file))
    throw new ApiError('NOT_FOUND', '找不到上传的文件（可能已导入过或已过期），请重新选择文件。');
  return file;
}

export function discardUpload(dataDir: string, id: string): void {
  if (ID.test(id)) fs.rmSync(path.join(uploadDir(dataDir), id), { force: true });
}

/** Copies a local file into the upload area (CLI), returning its id. */
export function stageFile(dataDir: string, source: string): string {
  const { id, file } = newUpload(dataDir);
  fs.copyFileSync(source, file);
  return id;
}

export function sweepUploads(dataDir: string, now = Date.now()): void {
  const dir = uploadDir(dataDir);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const file = path.join(dir, n);
    try {
      if (now - fs.statSync(file).mtimeMs > DAY_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
}
