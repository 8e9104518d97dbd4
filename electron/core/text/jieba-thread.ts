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
// ctrl[0]: 0 idle, 1 a request waits, 2 its answer is ready; ctrl[1]: request bytes; ctrl[2]:
// answer bytes (-1: tag it yourself); ctrl[3]: -1 once the thread could not build the dictionary.
const IDLE = 0;
const ASKED = 1;
const ANSWERED = 2;
/** An answer later than this means the thread is gone: the caller tags on its own from then on. */
const GIVE_UP_MS = 60_000;
/** Waiting for answers past this in all (each call hands over between threads twice, slow on a
 * busy machine), the caller builds its own dictionary: the thread never costs much more than it saves. */
const WAIT_BUDGET_MS = 100;
let waited = 0;
let answered = 0;

// The thread's code (CommonJS, evaluated: no file of its own to find in a bundle or an archive).
const THREAD = `
const { workerData } = require('node:worker_threads');
const ctrl = new Int32Array(workerData.sab, 0, 4);
const data = Buffer.from(workerData.sab, 16);
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
  if (state !== ${ASKED}) {
    Atomics.wait(ctrl, 0, state);
    continue;
  }
  let n = -1;
  try {
    const text = data.toString('utf8', 0, ctrl[1]);
    const out = JSON.stringify(jieba.tag(text, true).map((t) => [t.word, t.tag]));
    if (Buffer.byteLength(out) <= data.length) n = data.write(out);
  } catch {}
  ctrl[2] = n;
  Atomics.store(ctrl, 0, ${ANSWERED});
  Atomics.notify(ctrl, 0);
}
`;

let channel: { ctrl: Int32Array; data: Buffer } | null = null;
let started = false;

/** Starts the tagging thread (once per thread that calls it); the dictionary builds meanwhile. */
export function startJiebaThread(): void {
  if (started) return;
  started = true;
  const require = createRequire(import.meta.url);
  const sab = new SharedArrayBuffer(16 + CAPACITY);
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { sab, jieba: require.resolve('@node-rs/jieba'), dict: require.resolve('@node-rs/jieba/dict.txt') },
  });
  worker.unref(); // the process ends when its work does: the thread only ever waits for calls
  worker.on('error', () => undefined); // reported as a failed build: tagged on the caller's thread
  channel = { ctrl: new Int32Array(sab, 0, 4), data: Buffer.from(sab, 16) };
}

/** The text's tags from the thread, or null when the caller must tag it itself. */
export function tagOnThread(text: string): Tagged[] | null {
  const c = channel;
  if (!c || Atomics.load(c.ctrl, 3) === -1 || Buffer.byteLength(text) > c.data.length) return null;
  const asked = performance.now();
  c.ctrl[1] = c.data.write(text);
  Atomics.store(c.ctrl, 0, ASKED);
  Atomics.notify(c.ctrl, 0);
  const until = Date.now() + GIVE_UP_MS;
  while (Atomics.load(c.ctrl, 0) === ASKED) {
    if (Atomics.load(c.ctrl, 3) === -1 || Date.now() > until) {
      channel = null;
      return null;
    }
    Atomics.wait(c.ctrl, 0, ASKED, 1000);
  }
  const n = c.ctrl[2]!;
  const out = n < 0 ? null : (JSON.parse(c.data.toString('utf8', 0, n)) as [string, string][]);
  Atomics.store(c.ctrl, 0, IDLE);
  // The first answer waits for the dictionary, which the caller would have built itself.
  if (answered++ > 0) waited += performance.now() - asked;
  if (waited > WAIT_BUDGET_MS) channel = null;
  return out && out.map(([word, tag]) => ({ word, tag }));
}
