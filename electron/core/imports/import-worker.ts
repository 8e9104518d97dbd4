// The one import worker per process (and per memory limit): every core in the process shares it,
// so reading files never runs on the main thread and a thread is started only once, not per core.
import { WorkerHost } from '../worker/worker-host.js';
import { limitError, type ImportLimits } from '../content/guard/limits.js';

const hosts = new Map<string, WorkerHost>();

export function importWorker(limits: ImportLimits): WorkerHost {
  const key = `${limits.memoryMb}:${limits.timeoutMs}`;
  let host = hosts.get(key);
  if (!host) {
    host = new WorkerHost({
      memoryMb: limits.memoryMb,
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
