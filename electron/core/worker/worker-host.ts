// The main-thread side of the worker: one thread, jobs run one at a time in order, each with a
// time limit; the thread has a heap limit (resourceLimits). A job that runs too long, runs out of
// memory, crashes the thread or is cancelled ends the thread (a fresh one starts for the next
// job) and rejects with a contract error; the main thread only ever waits on a message.
// Up to `pipeline` jobs are posted at once, so the thread starts the next job without waiting for
// this thread to read the last reply (it may be busy storing it); the thread still runs them one
// by one, and the oldest posted job is the running one. A crash can be reported before replies
// the thread sent just before it, so after a crash with several jobs posted the jobs run again
// one at a time: the one that crashes then is known, and no finished job takes its blame.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, isApiErrorCode } from '../../contract/errors.js';
import type { JobKind, JobPayload, JobResult } from '../worker-jobs.js';

export interface WorkerHostOptions {
  memoryMb: number;
  /** Lower the thread's priority so the main thread (the UI's calls) wins the CPU; default true. */
  background?: boolean;
  /** Jobs posted to the thread at once (default 1). */
  pipeline?: number;
  /** The thread tags texts from slices of jieba's dictionary (text/jieba-slice.ts), not the whole one. */
  dictionarySlices?: boolean;
  /** Errors for the ways a job can be stopped (each names the limit in Chinese). */
  errors: { timeout(): ApiError; memory(): ApiError; cancelled(): ApiError };
}

interface Job {
  id: number;
  kind: JobKind;
  payload: unknown;
  timeoutMs: number;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const HERE = fileURLToPath(import.meta.url);

/** Sources in development (tsx/vitest); else the compiled worker beside this bundle: worker.mjs
 * (dist/node, code-split ES modules) or worker.cjs (the desktop build, beside main.cjs). The unit
 * tests run the sources but name the compiled worker their global setup built from them
 * (STUDY_SHELF_WORKER_BUNDLE): a TypeScript loader inside every new thread costs seconds. */
/** The thread's young generation. Parsing allocates much that dies young, but a larger one only
 * touched more fresh pages (a slow fault each on some virtual machines): at 64 MB a 1000-file
 * import faulted 24,000 pages in the thread, at 16 MB 11,000, and the thread's CPU fell by a
 * fifth; a 12 MB .jsonl import was no slower. */
const YOUNG_GENERATION_MB = 16;

function spawn(memoryMb: number, background: boolean, dictionarySlices: boolean): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: memoryMb,
    maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    stackSizeMb: 8,
  };
  const workerData = { background, dictionarySlices };
  if (HERE.endsWith('.ts')) {
    const compiled = process.env.STUDY_SHELF_WORKER_BUNDLE;
    if (compiled) return new Worker(compiled, { workerData, resourceLimits });
    const entry = new URL('../worker-entry.ts', import.meta.url).href;
    const boot = new URL('./worker-bootstrap.mjs', import.meta.url);
    return new Worker(boot, { workerData: { ...workerData, entry }, resourceLimits });
  }
  const esm = path.join(path.dirname(HERE), 'worker.mjs');
  const file = fs.existsSync(esm) ? esm : path.join(path.dirname(HERE), 'worker.cjs');
  return new Worker(file, { workerData, resourceLimits });
}

export class WorkerHost {
  private worker: Worker | null = null;
  /** Posted to the thread, oldest (running) first. */
  private posted: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Jobs still to run one at a time after a crash. */
  private solo = 0;

  constructor(private readonly opts: WorkerHostOptions) {}

  run<K extends JobKind>(kind: K, payload: JobPayload<K>, timeoutMs: number): Promise<JobResult<K>> {
    if (this.closed) return Promise.reject(this.opts.errors.cancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        kind,
        payload,
        timeoutMs,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  /** Stops the running job and drops the waiting ones; returns how many were cancelled. */
  cancelAll(): number {
    const waiting = [...this.posted.splice(1), ...this.queue.splice(0)];
    const running = this.posted.length;
    this.solo = 0;
    for (const job of waiting) job.reject(this.opts.errors.cancelled());
    if (running) this.fail(this.opts.errors.cancelled());
    return waiting.length + running;
  }

  get busy(): boolean {
    return this.posted.length > 0 || this.queue.length > 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelAll();
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private pump(): void {
    const depth = this.solo > 0 ? 1 : (this.opts.pipeline ?? 1);
    while (this.queue.length && this.posted.length < depth) {
      const job = this.queue.shift()!;
      this.posted.push(job);
      const worker = this.ensureWorker();
      worker.ref();
      worker.postMessage({ id: job.id, kind: job.kind, payload: job.payload });
    }
    this.startTimer();
  }

  /** The running job's time limit, counted from when this thread learns that it started. */
  private startTimer(): void {
    const head = this.posted[0];
    if (this.timer || !head) return;
    this.timer = setTimeout(() => this.fail(this.opts.errors.timeout()), head.timeoutMs);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = spawn(this.opts.memoryMb, this.opts.background ?? true, this.opts.dictionarySlices ?? false);
    w.on('message', (reply: Reply) => {
      if (this.worker === w) this.settle(reply);
    });
    w.on('error', (err: Error & { code?: string }) => {
      if (this.worker !== w) return;
      this.crash(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.opts.errors.memory() : this.crashed());
    });
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = null;
      if (this.posted.length) this.crash(this.crashed());
    });
    this.worker = w;
    return w;
  }

  private crashed(): ApiError {
    return new ApiError('IMPORT_LIMIT', '处理文件时后台线程意外退出，没有保存任何内容。请检查文件是否完好后重试。');
  }

  private settle(reply: Reply): void {
    const job = this.posted[0];
    if (!job || reply.id !== job.id) return;
    this.posted.shift();
    if (this.solo > 0) this.solo--;
    this.finishJob();
    if (reply.ok) job.resolve(reply.value);
    else {
      const code = reply.error?.code;
      job.reject(new ApiError(isApiErrorCode(code) ? code : 'INTERNAL', reply.error?.message ?? '处理失败。'));
    }
  }

  /** The thread died: the running job failed if it was the only one posted; otherwise which one is
   * not certain, and they all run again, one at a time, on a new thread. */
  private crash(error: ApiError): void {
    if (this.posted.length <= 1) return this.fail(error);
    this.solo = this.posted.length;
    this.fail(null);
  }

  /** Ends the running job with an error (none: it runs again) and the thread with it (it may be
   * stuck or poisoned); the jobs posted after it had not started and go to the next thread. */
  private fail(error: ApiError | null): void {
    const [job, ...notStarted] = this.posted;
    this.posted = [];
    if (error && this.solo > 0) this.solo--;
    if (!error && job) notStarted.unshift(job);
    this.queue.unshift(...notStarted);
    const w = this.worker;
    this.worker = null;
    this.finishJob();
    void w?.terminate();
    if (error) job?.reject(error);
  }

  private finishJob(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.posted.length) this.worker?.unref();
    this.startTimer();
    queueMicrotask(() => this.pump());
  }
}
