// Reading an import call's files ahead of storing them: each file is read and handed to the worker
// while this thread checks, stores and indexes earlier ones, up to a number of files and of bytes
// (a folder of large PDFs is not held in memory at once). Results come back in the files' order.
import type { FileRef } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import type { PipelineResult } from '../content/pipeline.js';
import { loadFileRef } from '../imports/file-ref.js';
import { parseDocumentInWorker } from '../imports/import-worker.js';

export type Parsed = { name: string; res: PipelineResult | null };

/** Enough that the worker never waits for this thread (one file at a time left it idle for a
 * third of a 1000-file import); the worker host posts up to eight of them at once. */
const AHEAD_FILES = 10;
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
  private bytes = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly files: FileRef[],
  ) {}

  /** File i parsed; files are taken in order (0, 1, 2…), each once. */
  take(i: number): Promise<Parsed> {
    const s = this.started;
    while (
      s.length < this.files.length &&
      (s.length <= i + 1 || (s.length - i <= AHEAD_FILES && this.bytes < AHEAD_BYTES))
    ) {
      const next = start(this.ctx, this.files[s.length]!);
      s.push(next);
      this.bytes += next.bytes;
    }
    this.bytes -= s[i]!.bytes;
    return s[i]!.parsed;
  }
}
