// Limits of API calls that callers size their calls by (the CLI's import batches), here rather than
// in the contract so that reading them does not load the contract's validators (zod).

/** Files one importFiles call takes. One call stores each file on its own and indexes them in one
 * segment, so larger calls write fewer, larger segments; the UI sends one file per call. */
export const IMPORT_FILES_MAX = 1000;

/** Largest file web mode accepts on `POST /upload` (an export-everything archive can be large). The
 * page checks it before sending, so a browser never streams a file the server will refuse. */
export const UPLOAD_MAX_BYTES = 1024 ** 3;

/** The refusal of a file over `max` bytes, worded as the server words it; null when it fits. */
export function uploadTooLarge(size: number, max = UPLOAD_MAX_BYTES): string | null {
  if (size <= max) return null;
  return `上传的文件超过 ${mb(max)} 的上限，已拒绝。请拆分成较小的文件后再试。`;
}

export const mb = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;
