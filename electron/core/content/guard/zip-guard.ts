// Pre-check for zip-based files (.docx, .xlsx, export archives) before a parser unpacks them:
// entry count, declared sizes and ratios from the central directory, then a bounded streaming
// inflate of every entry that stops as soon as the real total passes the limit (central
// directories can lie). Uses fflate, the same library the export archive is written with.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ApiError } from '../../../contract/errors.js';
import { limitError, type ImportLimits } from './limits.js';

const RATIO_FLOOR = 1024 * 1024;
const CHUNK = 16 * 1024;

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** The central directory: names and declared sizes, without inflating anything. */
export function zipEntries(bytes: Uint8Array, limits: ImportLimits, what: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(f) {
        if (entries.length >= limits.maxZipEntries) throw limitError.tooManyEntries(limits);
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw limitError.damaged(what);
  }
  return entries;
}

/** Inflates every entry as a stream and counts; returns the real unpacked total (≤ cap + one chunk). */
export function boundedUnpackedSize(bytes: Uint8Array, cap: number): { total: number; over: boolean } {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err || over) return;
      total += chunk.length;
      if (total > cap) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !over; i += CHUNK)
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
  } catch {
    // A layout the streaming reader does not follow (e.g. stored entries with data descriptors):
    // the declared sizes were checked already, and the worker's memory and time limits still hold.
  }
  return { total, over };
}

export function checkZip(bytes: Uint8Array, limits: ImportLimits, what: string): void {
  if (bytes.length > limits.maxInputBytes) throw limitError.inputTooLarge(limits, bytes.length);
  const entries = zipEntries(bytes, limits, what);
  let declared = 0;
  for (const e of entries) {
    declared += e.originalSize;
    if (declared > limits.maxUnpackedBytes) throw limitError.unpackedTooLarge(limits, what);
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > RATIO_FLOOR && ratio > limits.maxRatio) throw limitError.ratioTooHigh(limits, what, ratio);
  }
  if (boundedUnpackedSize(bytes, limits.maxUnpackedBytes).over) throw limitError.unpackedTooLarge(limits, what);
}
