// Times the catalogue build alone, as bench:search does it (bundle-file.ts), on the People's Daily
// corpus: `npx tsx scripts/bench/catalogue-build.ts [--size=all] [--before=1e6,1e7] [--digest]`.
// --before builds smaller prefixes first in the same process, as bench:search's size order does
// (its memos and loaded libraries then serve the timed size); --digest prints a SHA-256 of every
// catalogue row, to show a change leaves the catalogue byte-identical. Prints one JSON line.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentDocument } from '../../electron/core/content/types.js';
import { buildCatalogueTable, buildPinyinWordsTable } from '../../electron/core/search/catalogue-build.js';
import { charsOf, rmrbDocs, takeChars } from './lib/corpus.js';
import { cpuMs } from './lib/stats.js';

const arg = (name: string, dflt: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;

function build(docs: readonly ContentDocument[], digest: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-catalogue-'));
  const db = new Database(path.join(dir, 'content.sqlite'));
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const [t1, c1] = [performance.now(), cpuMs()];
  buildCatalogueTable(db, docs);
  const [catalogueMs, catalogueCpuMs] = [performance.now() - t1, cpuMs() - c1];
  const [t2, c2] = [performance.now(), cpuMs()];
  buildPinyinWordsTable(db, docs);
  const [wordsMs, wordsCpuMs] = [performance.now() - t2, cpuMs() - c2];
  let sha: string | undefined;
  if (digest) {
    const hash = crypto.createHash('sha256');
    const rows = db.prepare('SELECT key, value FROM search_catalogue ORDER BY key').all() as {
      key: string;
      value: Buffer;
    }[];
    for (const r of rows) hash.update(r.key).update('\0').update(r.value);
    sha = hash.digest('hex').slice(0, 16);
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { catalogueMs, catalogueCpuMs, wordsMs, wordsCpuMs, sha };
}

const rmrb = await rmrbDocs();
const total = rmrb.reduce((n, d) => n + charsOf(d), 0);
const prefix = (s: string) => (s === 'all' ? rmrb : takeChars(rmrb, Number(s)));
for (const s of arg('before', '').split(',').filter(Boolean)) build(prefix(s), false);
const docs = prefix(arg('size', 'all'));
const r = build(docs, process.argv.includes('--digest'));
console.log(
  JSON.stringify({
    docs: docs.length,
    chars: docs === rmrb ? total : docs.reduce((n, d) => n + charsOf(d), 0),
    catalogueMs: Math.round(r.catalogueMs),
    docsPerS: Math.round(docs.length / (r.catalogueMs / 1000)),
    catalogueCpuMs: Math.round(r.catalogueCpuMs),
    wordsMs: Math.round(r.wordsMs),
    wordsCpuMs: Math.round(r.wordsCpuMs),
    ...(r.sha ? { sha: r.sha } : {}),
  }),
);
