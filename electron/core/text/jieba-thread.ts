// jieba's dictionary takes 100–200 ms to build, on the thread that first tags a sentence; the CLI's
// import tags from its first file on. A process that knows it will tag starts this thread first:
// it builds the same dictionary from the same file while the caller loads its modules and opens
// its databases, then tags for it synchronously (shared memory, Atomics.wait). Same dictionary,
// same tags; a text too long for the shared buffer, or a thread that failed, is tagged on the
// calling thread as before (segment.ts).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Tagged {
  word: string;
  tag: string;
}

/** Bytes of text and of its tags (JSON) that one call can pass. */
const CAPACITY = 1 << 20;
/** Shared control words before the buffer: ctrl[0] 0 idle, 1 a request waits, 2 its answer is
 * ready; ctrl[1] request bytes; ctrl[2] answer bytes (-1: tag it yourself); ctrl[3] -1 once the
 * thread could not build the dictionary; ctrl[4] the microseconds the thread spent tagging. */
const HEADER = 32;
const IDLE = 0;
const ASKED = 1;
const ANSWERED = 2;
/** The caller needs no more tags: the thread drops its dictionary and ends. */
const QUIT = 3;
/** An answer later than this means the thread is gone: the caller tags on its own from then on. */
const GIVE_UP_MS = 60_000;
/** Handing calls over past this in all (twice a call, between threads: slow on a busy machine),
 * the caller builds its own dictionary: the thread never costs much more than it saves. */
const WAIT_BUDGET_MS = 100;

// The thread's code (CommonJS, evaluated: no file of its own to find in a bundle or an archive).
const THREAD = `
const { workerData } = require('node:worker_threads');
const ctrl = new Int32Array(workerData.sab, 0, 5);
const data = Buffer.from(workerData.sab, ${HEADER});
let jieba = null;
try {
  const { Jieba } = require(workerData.jieba);
  jieba = Jieba.withDict(require('node:fs').readFileSync(workerData.dict));
} catch {
  Atomics.store(ctrl, 3, -1);
  Atomics.notify(ctrl, 0);
}
while (jieba) {
  const state = Atomics.load(ctrl, 0);
  if (state === ${QUIT}) break;
  if (state !== ${ASKED}) {
    Atomics.wait(ctrl, 0, state);
    continue;
  }
  const started = performance.now();
  let n = -1;
  try {
    const text = data.toString('utf8', 0, ctrl[1]);
    const out = JSON.stringify(jieba.tag(text, true).map((t) => [t.word, t.tag]));
    if (Buffer.byteLength(out) <= data.length) n = data.write(out);
  } catch {}
  ctrl[2] = n;
  ctrl[4] = Math.round(1000 * (performance.now() - started));
  Atomics.store(ctrl, 0, ${ANSWERED});
  Atomics.notify(ctrl, 0);
}
`;

export interface TaggingThread {
  /** The text's tags from the thread, or null when the caller must tag it itself. */
  tag(text: string): Tagged[] | null;
  /** Ends the thread (later calls get null); settles when it has exited. Its dictionary is freed
   * on its own core meanwhile, not while the process exits (a process waits for its threads). */
  stop(): Promise<void>;
}

/** Starts a tagging thread; its dictionary builds meanwhile. `waitBudgetMs`: see WAIT_BUDGET_MS. */
export function startTaggingThread(waitBudgetMs = WAIT_BUDGET_MS): TaggingThread {
  const require = createRequire(import.meta.url);
  const sab = new SharedArrayBuffer(HEADER + CAPACITY);
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { sab, jieba: require.resolve('@node-rs/jieba'), dict: require.resolve('@node-rs/jieba/dict.txt') },
  });
  worker.unref(); // the process ends when its work does: the thread only ever waits for calls
  worker.on('error', () => undefined); // reported as a failed build: tagged on the caller's thread
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const ctrl = new Int32Array(sab, 0, 5);
  const data = Buffer.from(sab, HEADER);
  let open = true;
  let handOver = 0;
  let answered = 0;
  return {
    tag(text) {
      if (!open || Atomics.load(ctrl, 3) === -1 || Buffer.byteLength(text) > data.length) return null;
      const asked = performance.now();
      ctrl[1] = data.write(text);
      Atomics.store(ctrl, 0, ASKED);
      Atomics.notify(ctrl, 0);
      const until = Date.now() + GIVE_UP_MS;
      while (Atomics.load(ctrl, 0) === ASKED) {
        if (Atomics.load(ctrl, 3) === -1 || Date.now() > until) {
          open = false;
          return null;
        }
        Atomics.wait(ctrl, 0, ASKED, 1000);
      }
      const n = ctrl[2]!;
      const out = n < 0 ? null : (JSON.parse(data.toString('utf8', 0, n)) as [string, string][]);
      Atomics.store(ctrl, 0, IDLE);
      // The first answer waits for the dictionary, which the caller would have built itself; the
      // tagging is work the caller would have done too: only the hand-over counts.
      if (answered++ > 0) handOver += performance.now() - asked - ctrl[4]! / 1000;
      if (handOver > waitBudgetMs) open = false;
      return out && out.map(([word, tag]) => ({ word, tag }));
    },
    stop() {
      open = false;
      Atomics.store(ctrl, 0, QUIT);
      Atomics.notify(ctrl, 0);
      return exited;
    },
  };
}

let shared: TaggingThread | null = null;

/** Starts this thread's tagging thread (once), for tagOnThread. */
export function startJiebaThread(): void {
  shared ??= startTaggingThread();
}

/** Ends this thread's tagging thread once nothing more will be tagged (the CLI, after its import):
 * a later tag is made on this thread, with its own dictionary. */
export function stopJiebaThread(): void {
  void shared?.stop();
  shared = null;
}

/** The text's tags from this thread's tagging thread, or null when there is none to ask. */
export function tagOnThread(text: string): Tagged[] | null {
  return shared?.tag(text) ?? null;
}
