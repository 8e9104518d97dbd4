// Reading an import call's files ahead of storing them: each file is read and handed to the worker
// while this thread checks, stores and indexes earlier ones, up to a number of files and of bytes
// (a folder of large PDFs is not held in memory at once). Results come back in the files' order.
// Where the limits allow it (the CLI: assistMaxBytes), this thread also reads small text files
// itself while the file it needs next is still in the worker, instead of waiting idle.
import type { FileRef } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import type { PipelineResult } from '../content/pipeline.js';
import { loadFileRef } from '../imports/file-ref.js';
import { parseDocumentInWorker, readsInProcess } from '../imports/import-worker.js';

export type Parsed = { name: string; res: PipelineResult | null };

/** Enough that the worker never waits for this thread (one file at a time left it idle for a
 * third of a 1000-file import); the worker host posts up to eight of them at once. */
const AHEAD_FILES = 10;
const AHEAD_BYTES = 32 * 1024 * 1024;
/** How far past the file being stored this thread reads for itself (parsed files wait in memory). */
const ASSIST_FILES = 64;

interface Started {
  bytes: number;
  parsed: Promise<Parsed>;
  done: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ParseAhead {
  private readonly started: Started[] = [];
  private bytes = 0;
  private inWorker = 0;
  /** Files this thread read itself while waiting (see assistMaxBytes). */
  assisted = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly files: FileRef[],
  ) {}

  /** Reads file i (res null: the file is empty) and hands it to the worker, or reads it on this
   * thread when `assist` and it is a small text file. */
  private start(assist: boolean): void {
    const limits = this.ctx.importLimits;
    const s: Started = { bytes: 0, parsed: Promise.resolve({ name: '', res: null }), done: false };
    try {
      const { name, bytes } = loadFileRef(this.ctx.dataDir, this.files[this.started.length]!, limits);
      s.bytes = bytes.length;
      const here =
        assist && readsInProcess(name, bytes.length, { ...limits, inProcessMaxBytes: limits.assistMaxBytes });
      if (bytes.length === 0) s.parsed = Promise.resolve({ name, res: null });
      else if (here) {
        this.assisted++;
        s.parsed = parseDocumentInWorker(name, bytes, { ...limits, inProcessMaxBytes: limits.assistMaxBytes }).then(
          (res) => ({ name, res }),
        );
      } else {
        this.inWorker++;
        s.parsed = parseDocumentInWorker(name, bytes, limits).then((res) => ({ name, res }));
        void s.parsed.then(
          () => this.inWorker--,
          () => this.inWorker--,
        );
      }
    } catch (err) {
      s.parsed = Promise.reject(err);
    }
    s.parsed.catch(() => undefined); // reported when its turn comes, not before
    void s.parsed.then(
      () => (s.done = true),
      () => (s.done = true),
    );
    this.started.push(s);
    this.bytes += s.bytes;
  }

  /** File i parsed; files are taken in order (0, 1, 2…), each once. */
  async take(i: number): Promise<Parsed> {
    const s = this.started;
    const n = this.files.length;
    while (s.length < n && (s.length <= i + 1 || (this.inWorker < AHEAD_FILES && this.bytes < AHEAD_BYTES)))
      this.start(false);
    if (this.ctx.importLimits.assistMaxBytes > 0) {
      await nextTurn(); // the worker's finished files first
      while (!s[i]!.done && s.length < n && s.length - i < ASSIST_FILES && this.bytes < AHEAD_BYTES) {
        this.start(true);
        await s[s.length - 1]!.parsed.catch(() => undefined);
        await nextTurn();
      }
    }
    this.bytes -= s[i]!.bytes;
    return s[i]!.parsed;
  }
}
