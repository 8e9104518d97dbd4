// Runs inside the worker thread: receives `{ id, kind, payload }`, runs the job and answers with
// `{ id, ok, value }` or `{ id, ok: false, error: { code, message } }`. Nothing here can take the
// main thread down: a crash, an endless loop or a heap overflow ends only this thread.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../contract/errors.js';
import { JOBS, type JobKind } from './worker-jobs.js';
import { useDictionarySlices } from './text/jieba-slice.js';

interface Request {
  id: number;
  kind: JobKind;
  payload: unknown;
}

function wireError(err: unknown): { code: string; message: string } {
  if (err instanceof ApiError) return { code: err.code, message: err.message };
  console.error('[study-shelf] worker job failed:', err);
  return { code: 'INTERNAL', message: '处理文件时出现意外错误，没有保存任何内容。' };
}

// On Linux a nice value belongs to a thread: lowering this one lets the main thread (the UI's
// calls) win the CPU while a big file is read. Best effort: other systems may refuse. A process
// without a UI (the CLI) keeps the worker at its own priority: its main thread only waits.
try {
  if ((workerData as { background?: boolean } | null)?.background !== false)
    os.setPriority(0, Math.min(19, os.getPriority(0) + 10));
} catch {
  // keep the default priority
}
// Building jieba's whole dictionary costs the thread 0.15–0.25 s of CPU; slices give the same tags
// (the host asks for them where the thread's jobs tag only a few short texts; past a budget of
// words looked up, the whole dictionary is built after all).
if ((workerData as { dictionarySlices?: boolean } | null)?.dictionarySlices) useDictionarySlices();

async function answer(req: Request): Promise<void> {
  try {
    const run = JOBS[req.kind] as (p: unknown) => unknown;
    parentPort!.postMessage({ id: req.id, ok: true, value: await run(req.payload) });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, error: wireError(err) });
  }
}

// Jobs run one at a time in the order posted (the host may post the next before this one ends):
// the host's time limit and error for a job assume the oldest unanswered job is the running one.
let last: Promise<void> = Promise.resolve();
parentPort!.on('message', (req: Request) => {
  last = last.then(() => answer(req));
});
