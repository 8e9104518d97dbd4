// Turns a file reference from an import call (inline base64 or an upload id) into bytes, refusing
// an oversized file from its size alone, before any of it is read or decoded.
import fs from 'node:fs';
import type { FileRef } from '../../contract/common.js';
import { ApiError } from '../../contract/errors.js';
import { limitError, type ImportLimits } from '../content/guard/limits.js';
import { discardUpload, uploadFile } from './uploads.js';

export interface LoadedFile {
  name: string;
  bytes: Buffer;
}

/** Reads the file; an upload is consumed (deleted) whether or not it could be read. */
export function loadFileRef(dataDir: string, ref: FileRef, limits: ImportLimits): LoadedFile {
  if ('dataBase64' in ref) {
    const approx = Math.floor((ref.dataBase64.length * 3) / 4);
    if (approx > limits.maxInputBytes) throw limitError.inputTooLarge(limits, approx);
    return { name: ref.name, bytes: Buffer.from(ref.dataBase64, 'base64') };
  }
  const file = uploadFile(dataDir, ref.uploadId);
  try {
    const size = fs.statSync(file).size;
    if (size > limits.maxInputBytes) throw limitError.inputTooLarge(limits, size);
    return { name: ref.name, bytes: fs.readFileSync(file) };
  } finally {
    discardUpload(dataDir, ref.uploadId);
  }
}

export function emptyFileError(): ApiError {
  return new ApiError('BAD_INPUT', '文件是空的。');
}
