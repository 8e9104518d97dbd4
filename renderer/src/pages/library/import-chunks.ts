// Which files go into one import call. Each call costs a transaction, an index segment and a
// search refresh (~30 ms warm, stop 59: 100 small files one per call took 5.1 s), so small files
// travel together; a call's files still get one result each, and progress moves after each call.
export const CHUNK_BYTES = 2 << 20;
export const CHUNK_FILES = 50;

/** Files in their order, cut into runs of at most `maxFiles` and `maxBytes` (a larger file alone). */
export function importChunks<T extends { size: number }>(
  files: readonly T[],
  maxBytes = CHUNK_BYTES,
  maxFiles = CHUNK_FILES,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + file.size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
