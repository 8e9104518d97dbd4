// The one import worker per process (and per memory limit): every core in the process shares it,
// so reading files never runs on the main thread and a thread is started only once, not per core.
import { WorkerHost } from '../worker/worker-host.js';
import { limitError, type ImportLimits } from '../content/guard/limits.js';

const hosts = new Map<string, WorkerHost>();
let background = true;

/** For a process without a UI (the CLI): import workers started from now on keep its priority. */
export function runImportsInForeground(): void {
  background = false;
}

export function importWorker(limits: ImportLimits): WorkerHost {
  const key = `${limits.memoryMb}:${limits.timeoutMs}`;
  let host = hosts.get(key);
  if (!host) {
    host = new WorkerHost({
      memoryMb: limits.memoryMb,
      background,
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

/** Reads a library document in the worker (guard, then the import pipeline). */
export function parseDocumentInWorker(name: string, bytes: Uint8Array, limits: ImportLimits) {
  return importWorker(limits).run('parseDocument', { name, bytes, limits }, limits.timeoutMs);
}

/** Reads a question bank in the worker (guard, then the bank parser). */
export function parseBankInWorker(name: string, bytes: Uint8Array, limits: ImportLimits) {
  return importWorker(limits).run('parseBank', { name, bytes, limits }, limits.timeoutMs);
}

/** Cancels every running and waiting import in this process. */
export function cancelImports(): number {
  let n = 0;
  for (const host of hosts.values()) n += host.cancelAll();
  return n;
}
