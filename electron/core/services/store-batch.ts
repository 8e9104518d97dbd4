// Group commit for an import call's files: the files parsed so far are stored in one transaction,
// each in its own savepoint, so that a file that fails is rolled back alone and the others are
// stored. A commit per file wrote the same pages into the WAL again and again (1000 small files:
// 31,710 page writes, half as many in batches). The transaction opens and commits in one
// synchronous run, never across an await: other calls of the app may write to the database
// meanwhile.
import type Database from 'better-sqlite3';

/** When a batch is stored: after this many files, this many bytes of input, or this long since
 * its first file was parsed. Few enough that the worker, with its files posted ahead, does not
 * run dry while this thread stores them. */
export const BATCH_FILES = 16;
export const BATCH_BYTES = 4 * 1024 * 1024;
export const BATCH_MS = 100;

class BatchLost extends Error {}

/**
 * Stores `items` with `storeOne` (which reports its own errors as results and stores with a nested
 * db.transaction, a savepoint here) in one transaction. Should the transaction itself be lost (a
 * storage error that ends it, or a failing COMMIT), nothing of the batch is stored: `undo` forgets
 * what this thread remembered of the files stored so far, and each file is stored again in its
 * own transaction, as in a call of one file.
 */
export function storeInOneTransaction<T, R>(
  db: Database.Database,
  items: readonly T[],
  storeOne: (item: T) => R,
  undo: (stored: R[]) => void,
): R[] {
  if (items.length === 1 || db.inTransaction) return items.map(storeOne);
  const done: R[] = [];
  try {
    db.transaction(() => {
      for (const item of items) {
        const r = storeOne(item);
        done.push(r);
        if (!db.inTransaction) throw new BatchLost();
      }
    })();
    return done;
  } catch {
    undo(done);
    return items.map(storeOne);
  }
}

/** What inBatches needs of the files being parsed ahead (parse-ahead.ts). */
export interface ParsedInTurn<T> {
  take(i: number): Promise<T>;
  bytesOf(i: number): number;
  ready(i: number): boolean;
  settlesWithin(i: number, ms: number): Promise<boolean>;
}

/**
 * Takes the files in order as they are parsed and hands them to `store` in batches: BATCH_FILES
 * files, BATCH_BYTES of input, or BATCH_MS after the batch's first file, whichever comes first.
 * When the next file is not parsed yet the batch waits for it, but only until BATCH_MS after its
 * first file (no file is stored late): stored whenever the next file was not ready, a 1000-file
 * import made 399 transactions of mostly one file, each rewriting the same pages.
 */
export async function inBatches<T>(
  files: readonly { name: string }[],
  ahead: ParsedInTurn<T>,
  store: (batch: (T | { name: string; err: unknown })[]) => void,
): Promise<void> {
  let batch: (T | { name: string; err: unknown })[] = [];
  let bytes = 0;
  let start = 0;
  const flush = () => {
    store(batch);
    batch = [];
    bytes = 0;
  };
  for (const [i, f] of files.entries()) {
    const parsed = ahead.take(i);
    bytes += ahead.bytesOf(i);
    try {
      batch.push(await parsed);
    } catch (err) {
      batch.push({ name: f.name, err });
    }
    if (batch.length === 1) start = performance.now();
    const last = i === files.length - 1;
    if (last || batch.length >= BATCH_FILES || bytes >= BATCH_BYTES || performance.now() - start >= BATCH_MS) {
      flush();
      continue;
    }
    // Replies that arrived while this thread was busy are settled first.
    await new Promise((resolve) => setImmediate(resolve));
    if (!ahead.ready(i + 1) && !(await ahead.settlesWithin(i + 1, start + BATCH_MS - performance.now()))) flush();
  }
}
