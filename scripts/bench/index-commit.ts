// The small import's index commit alone (issue 14): the segment of the bench's 100 files (the
// corpus rows `npm run bench:import` writes as .txt files) built as an import builds it, then
// written into a new user database, as UserIndexBatch.commit does. Prints the rows, the commit's
// time and its parts (the rows' walk without SQLite, the inserts), thread CPU, median of `--runs`.
// Usage: tsx scripts/bench/index-commit.ts [--files=100] [--runs=9]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonl, RMRB_FILE } from './lib/corpus.js';
import { pct } from './lib/stats.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';
import { openUserDb } from '../../electron/core/db/open-user-db.js';
import { UserIndexBatch } from '../../electron/core/search/user-index.js';
import { PostingsBuilder } from '../../electron/core/search/postings-builder.js';
import { BODY } from '../../electron/core/search/index-schema.js';
import type { ContentDocument } from '../../electron/core/content/types.js';

const arg = (n: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3) ?? d);
const FILES = arg('files', 100);
const RUNS = arg('runs', 9);
const rows: { title: string; text: string }[] = [];
for await (const r of readJsonl<{ title: string; text: string }>(RMRB_FILE)) rows.push(r);
// The same rows as bench/import.ts's .txt files (its --rows=3000 .jsonl follows them).
const tail = rows.slice(-(FILES + 3000)).slice(0, FILES);
const docs = tail.map((r, i) => ({
  id: `bench-${i}`,
  title: r.title,
  paragraphs: r.text
    .split('\n')
    .filter((t) => t.trim())
    .map((text) => ({ kind: 'p' as const, text })),
}));
const folded = docs.map((d) => foldForSearch(d.paragraphs.map((p) => p.text).join('\n')));
const thread = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const timed = (f: () => void) => {
  const [w, c] = [performance.now(), thread()];
  f();
  return [performance.now() - w, thread() - c] as const;
};

const commit: number[] = [];
const commitCpu: number[] = [];
const walk: number[] = [];
const flushCpu: number[] = [];
let written = 0;
for (let r = 0; r < RUNS; r++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-commit-'));
  const db = openUserDb(dir);
  const batch = new UserIndexBatch();
  batch.add(docs as unknown as ContentDocument[], folded);
  const [w, c] = timed(() => batch.commit(db));
  commit.push(w);
  commitCpu.push(c);
  written = db.prepare('SELECT count(*) FROM search_postings').pluck().get() as number;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  // The bodies' rows walked, nothing written: the first walk flushes the queued pairs and sorts
  // the keys; the second only sorts and walks (its queue is empty), so the flush is their difference.
  const pb = new PostingsBuilder();
  folded.forEach((text, i) => pb.add(i, text));
  let n = 0;
  const none = () => void n++;
  const first = timed(() => pb.forEachRow(1, BODY, none))[1];
  walk.push(timed(() => pb.forEachRow(1, BODY, none))[1]);
  flushCpu.push(first - walk.at(-1)!);
}
const f = (xs: number[]) => `${pct(xs, 50).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
console.log(
  JSON.stringify({
    docs: docs.length,
    rows: written,
    commitWall: f(commit),
    commitCpu: f(commitCpu),
    bodyFlushCpu: f(flushCpu),
    bodyWalkCpu: f(walk),
  }),
);
