// Reading an import call's files ahead of storing them: each file is read and handed to the worker
// while this thread checks, stores and indexes earlier ones, up to a number of files and of bytes
// (a folder of large PDFs is not held in memory at once). Results come back in the files' order.
import type { FileRef } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import type { PipelineResult } from '../content/pipeline.js';
import { loadFileRef } from '../imports/file-ref.js';
import { parseDocumentInWorker, POSTED_AT_ONCE } from '../imports/import-worker.js';

export type Parsed = { name: string; res: PipelineResult | null };

/** Enough that the worker never waits for this thread (one file at a time left it idle for a
 * third of a 1000-file import), even while it writes a batch of the search index's postings
 * (100–250 ms at once: sixty-odd small files of the worker's work); the worker host posts them
 * all at once. */
const AHEAD_FILES = POSTED_AT_ONCE;
const AHEAD_BYTES = 32 * 1024 * 1024;

interface Started {
  bytes: number;
  parsed: Promise<Parsed>;
}

/** Reads one file (res null: the file is empty) and hands it to the worker. */
function start(ctx: CoreContext, ref: FileRef): Started {
  try {
    const { name, bytes } = loadFileRef(ctx.dataDir, ref, ctx.importLimits);
    if (bytes.length === 0) return { bytes: 0, parsed: Promise.resolve({ name, res: null }) };
    const parsed = parseDocumentInWorker(name, bytes, ctx.importLimits).then((res) => ({ name, res }));
    parsed.catch(() => undefined); // reported when its turn comes, not before
    return { bytes: bytes.length, parsed };
  } catch (err) {
    const parsed = Promise.reject(err);
    parsed.catch(() => undefined);
    return { bytes: 0, parsed };
  }
}

export class ParseAhead {
  private readonly started: Started[] = [];
  private readonly settled = new Set<number>();
  private bytes = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly files: FileRef[],
  ) {}

  /** The size of file i as read (0 for an empty or unreadable one); known once it is taken. */
  bytesOf(i: number): number {
    return this.started[i]?.bytes ?? 0;
  }

  /** Whether file i (started by taking an earlier one) is parsed or failed: taking it would not
   * wait. */
  ready(i: number): boolean {
    return this.settled.has(i);
  }

  /** Whether file i (started by taking an earlier one) is parsed or failed within `ms`. */
  async settlesWithin(i: number, ms: number): Promise<boolean> {
    const parsed = this.started[i]?.parsed;
    if (this.settled.has(i) || !parsed) return this.settled.has(i);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, ms))));
    const done = parsed.then(
      () => true,
      () => true,
    );
    try {
      return await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** File i parsed; files are taken in order (0, 1, 2…), each once. */
  take(i: number): Promise<Parsed> {
    const s = this.started;
    while (
      s.length < this.files.length &&
      (s.length <= i + 1 || (s.length - i <= AHEAD_FILES && this.bytes < AHEAD_BYTES))
    ) {
      const next = start(this.ctx, this.files[s.length]!);
      const at = s.length;
      const settle = () => void this.settled.add(at);
      next.parsed.then(settle, settle);
      s.push(next);
      this.bytes += next.bytes;
    }
    this.bytes -= s[i]!.bytes;
    return s[i]!.parsed;
  }
}
