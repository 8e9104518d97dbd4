// The one import worker per process (and per memory limit): every core in the process shares it,
// so reading files never runs on the main thread and a thread is started only once, not per core.
// A process without a UI (the CLI) may read small text files on its own thread instead (the
// inProcessMaxBytes limit): see readsInProcess.
import { WorkerHost } from '../worker/worker-host.js';
import { limitError, type ImportLimits } from '../content/guard/limits.js';
import { extOf, sniffBinary } from '../content/formats/sniff.js';
import type { JobResult } from '../worker-jobs.js';

const hosts = new Map<string, WorkerHost>();
let background = true;

/** For a process without a UI (the CLI): import workers started from now on keep its priority. */
export function runImportsInForeground(): void {
  background = false;
}

/** The size up to which the CLI reads a text file on its own thread. Starting a thread that loads
 * the pipeline, opencc and jieba a second time costs more than such files take to read (100 short
 * articles: 0.4 s of CPU of 1.8 s); there is no UI to keep responsive, and a file this small
 * within the guard's line limits cannot need the worker's heap or time limit. */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;

/** Whether a file of this name and size is read on this thread under these limits (decided before
 * its bytes are read: a file named .txt that holds a PDF still goes to the worker). PDF and Word
 * files, and anything larger, always go to the worker. */
export function readsInProcess(name: string, size: number, limits: ImportLimits): boolean {
  return size <= limits.inProcessMaxBytes && !['.pdf', '.docx', '.doc'].includes(extOf(name));
}

function isSmallText(name: string, bytes: Uint8Array, limits: ImportLimits): boolean {
  if (!readsInProcess(name, bytes.length, limits)) return false;
  try {
    return sniffBinary(name, bytes) === 'text';
  } catch {
    return false; // a binary the reader refuses: the worker reports it in the usual words
  }
}

/** Files posted to the thread at once: it goes on to the next files while the calling thread is
 * busy storing the last (one posted at a time left it idle a third of a 1000-file import). The
 * import reads this many ahead (services/parse-ahead.ts). */
export const POSTED_AT_ONCE = 64;

export function importWorker(limits: ImportLimits): WorkerHost {
  const key = `${limits.memoryMb}:${limits.timeoutMs}`;
  let host = hosts.get(key);
  if (!host) {
    host = new WorkerHost({
      memoryMb: limits.memoryMb,
      background,
      // The CLI's imports tag a few short texts (79 of ≤ 12 characters for 1000 articles: 金句 are
      // worked out after the import): from slices of jieba's dictionary, not the whole one.
      dictionarySlices: !background,
      pipeline: POSTED_AT_ONCE,
      errors: {
        timeout: () => limitError.timeout(limits),
        memory: () => limitError.memory(limits),
        cancelled: () => limitError.cancelled(),
      },
    });
    hosts.set(key, host);
  }
  return host;
}

/** Starts the worker and loads the import pipeline in it, without waiting: for a caller that
 * knows files are coming (the CLI's import) and has other start-up work to overlap with it. */
export function warmImportWorker(limits: ImportLimits): void {
  importWorker(limits)
    .run('warmImport', undefined, limits.timeoutMs)
    .catch(() => undefined); // a failure here resurfaces, with its message, on the first real file
}

type ParseJob = Promise<JobResult<'parseDocument'>>;
interface EarlyParse {
  name: string;
  bytes: Uint8Array;
  limits: string;
  job: ParseJob;
}
/** Files handed to the worker before the import call that reads them (parseEarly). */
const early: EarlyParse[] = [];
// Code-unit order, not localeCompare: the first localeCompare of a process builds ICU's collator
// (20–70 ms on the CLI's start-up path) for keys that are plain ASCII names.
const limitsKey = (l: ImportLimits) =>
  JSON.stringify(Object.entries(l).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** For the CLI: hands its first files to the worker as soon as the thread is started, so that it
 * parses them while this thread is still loading the core and opening the databases (it otherwise
 * waited, warm, for the import call). The call that imports them finds each parse under way: same
 * job, same name, bytes and limits, so the same result. Files read on this thread are left to it. */
export function parseEarly(files: { name: string; bytes: Uint8Array }[], limits: ImportLimits): void {
  for (const { name, bytes } of files) {
    if (bytes.length === 0 || bytes.length > limits.maxInputBytes || isSmallText(name, bytes, limits)) continue;
    const job = importWorker(limits).run('parseDocument', { name, bytes, limits }, limits.timeoutMs);
    job.catch(() => undefined); // reported by the call that takes it
    early.push({ name, bytes, limits: limitsKey(limits), job });
  }
}

function takeEarly(name: string, bytes: Uint8Array, limits: ImportLimits): ParseJob | undefined {
  if (early.length === 0) return undefined;
  const key = limitsKey(limits);
  const i = early.findIndex(
    (e) =>
      e.name === name && e.limits === key && e.bytes.length === bytes.length && Buffer.compare(e.bytes, bytes) === 0,
  );
  return i < 0 ? undefined : early.splice(i, 1)[0]!.job;
}

/** Reads a library document in the worker (guard, then the import pipeline), or on this thread
 * (the same job) for a small text file when the limits allow that (inProcessMaxBytes). */
export async function parseDocumentInWorker(name: string, bytes: Uint8Array, limits: ImportLimits) {
  const started = takeEarly(name, bytes, limits);
  if (started) return started;
  if (isSmallText(name, bytes, limits))
    return (await import('../worker-jobs.js')).JOBS.parseDocument({ name, bytes, limits });
  return importWorker(limits).run('parseDocument', { name, bytes, limits }, limits.timeoutMs);
}

/** Reads a question bank in the worker (guard, then the bank parser). */
export function parseBankInWorker(name: string, bytes: Uint8Array, limits: ImportLimits) {
  return importWorker(limits).run('parseBank', { name, bytes, limits }, limits.timeoutMs);
}

/** Cancels every running and waiting import in this process. */
export function cancelImports(): number {
  early.length = 0;
  let n = 0;
  for (const host of hosts.values()) n += host.cancelAll();
  return n;
}
