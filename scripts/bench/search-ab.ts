// A/B driver for the search engine on one library (`tsx scripts/bench/search-ab.ts --root=DIR
// [--lib=/tmp/bench-13m] [--classes=filter: tag;2 chars|all] [--mode=time|hash|oracle] [--per-class=200] [--naive]
// [--sub]`; --sub adds the p50 per length of the first word, as the tag class's 1, 2 and 3 characters).
// A class mixing 1-char and longer terms (the tag class) is also printed as `(1 char)` and `(2–3 chars)` rows
// in time and seq modes: its timings (and the naive scan's) split by the term's length, not a new run.
// The engine is imported from `--root` (a checkout of another build, default this tree), so two builds
// are compared on the same library and queries in alternated processes. `time`: the class checked
// once as search.ts does, a warm-up pass, three timed passes (p50/p95 µs) and, with --naive, the
// naive scan timed the same way (the ratio). `hash`: per class a new connection, pages 1 and 2 in relevance and date
// order, a cold pass then a warm one, every response (tookMs left out) hashed. `oracle`: queries
// whose ids differ from the independent oracle's. `seq`: as bench:search runs a size, every class in
// order on one connection (the text cache and heap as the listed classes find them there), each checked
// once and its engine passes run; only the listed classes are reported (with --naive, their ratio).
// The library is built as search-phases.ts builds it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rmrbDocs } from './lib/corpus.js';
import { openLibrary, writeLibrary } from './lib/bundle-file.js';
import { benchTags, queryClasses } from './lib/queries.js';
import { oracleDocs, oracleMatch, oracleParse } from './lib/oracle.js';
import { summarise } from './lib/stats.js';
import { pickRuns, splitByTermLength, termLength } from './lib/term-split.js';
import type * as Engine from '../../electron/core/search/engine.js';

const arg = (name: string, dflt: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const ROOT = path.resolve(arg('root', path.resolve(import.meta.dirname, '../..')));
const DIR = path.resolve(arg('lib', '/tmp/bench-13m'));
const CLASSES_ARG = arg('classes', 'filter: tag;2 chars');
const CLASSES = CLASSES_ARG === 'all' ? null : CLASSES_ARG.split(';');
const MODE = arg('mode', 'time');
const PER_CLASS = Number(arg('per-class', '200'));
const NAIVE = process.argv.includes('--naive');
const SUB = process.argv.includes('--sub');

/** Query indexes per length (code points) of the query's first word. */
function subClasses(queries: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  queries.forEach((q, i) => {
    const n = termLength(q);
    out.set(n, [...(out.get(n) ?? []), i]);
  });
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

const engine = (await import(pathToFileURL(path.join(ROOT, 'electron/core/search/engine.ts')).href)) as typeof Engine;
const { runSearch, matchDocIds } = engine;
type Src = Engine.SearchSources;

const docs = await rmrbDocs();
const tags = benchTags(docs);
const lib = { bundlePath: path.join(DIR, 'content.sqlite'), dataDir: path.join(DIR, 'user') };
if (!fs.existsSync(lib.bundlePath)) {
  fs.mkdirSync(DIR, { recursive: true });
  writeLibrary(DIR, docs, tags);
}
const all = queryClasses(docs, PER_CLASS);
const open = (): { src: Src; close: () => void } => {
  const db = openLibrary(lib);
  return { src: { bundle: db, userDb: db }, close: () => db.close() };
};
const search = (src: Src, query: string, offset = 0, sort: 'relevance' | 'date' = 'relevance') =>
  runSearch(src, { query, sort, offset, limit: 20 });

function timed<T>(inputs: readonly T[], run: (x: T) => unknown): number[][] {
  for (const x of inputs) run(x);
  return [0, 1, 2].map(() =>
    inputs.map((x) => {
      const t = performance.now();
      run(x);
      return performance.now() - t;
    }),
  );
}

const out: Record<string, unknown> = { root: ROOT };
const oracle = MODE === 'oracle' || MODE === 'seq' || NAIVE ? oracleDocs(docs, tags) : [];
const shared = MODE === 'seq' ? open() : null;
for (const name of MODE === 'seq' ? Object.keys(all) : (CLASSES ?? Object.keys(all))) {
  const queries = all[name];
  if (!queries) throw new Error(`no class ${name}`);
  const { src, close } = shared ?? open();
  search(src, docs[0]!.title.slice(0, 2));
  if (MODE === 'hash') {
    const h = createHash('sha256');
    for (const pass of ['cold', 'warm'])
      for (const query of queries)
        for (const [offset, sort] of [
          [0, 'relevance'],
          [20, 'relevance'],
          [0, 'date'],
          [20, 'date'],
        ] as const) {
          const { tookMs: _, ...r } = search(src, query, offset, sort);
          h.update(`${pass}\u0000${query}\u0000${offset}${sort}\u0000${JSON.stringify(r)}\n`);
        }
    out[name] = h.digest('hex').slice(0, 16);
  } else if (MODE === 'oracle') {
    let differing = 0;
    for (const query of queries) {
      const want = oracleMatch(oracle, oracleParse(query));
      const got = new Set(matchDocIds(src, query, false));
      if (want.length !== got.size || want.some((d) => !got.has(d.id))) differing++;
    }
    out[name] = { differing };
  } else {
    // As search.ts: each query checked once (pinyin off, then a one-hit page) before the timed passes.
    for (const query of queries) {
      matchDocIds(src, query, false);
      runSearch(src, { query, sort: 'relevance', offset: 0, limit: 20, pinyin: false });
      runSearch(src, { query, sort: 'relevance', offset: 0, limit: 1 });
    }
    const times = timed(queries, (q) => search(src, q));
    if (shared && CLASSES && !CLASSES.includes(name)) continue;
    const naive = NAIVE ? timed(queries.map(oracleParse), (q) => oracleMatch(oracle, q)) : null;
    // The whole class, then (a class mixing 1-char and longer terms) a row per side from the same timings.
    const all = queries.map((_, i) => i);
    for (const [key, at] of [
      [name, all] as const,
      ...splitByTermLength(name, queries).map((s) => [s.name, s.at] as const),
    ]) {
      const engineRuns = summarise(pickRuns(times, at));
      const row: Record<string, number> = {
        p50: +(engineRuns.p50 * 1000).toFixed(1),
        p95: +(engineRuns.p95 * 1000).toFixed(1),
      };
      // With --sub, the p50 (µs) per length of the query's first word (the tag class mixes 1-3 characters).
      if (SUB && key === name)
        for (const [n, sub] of subClasses(queries))
          row[`p50_${n}c`] = +(summarise(pickRuns(times, sub)).p50 * 1000).toFixed(1);
      if (naive) {
        const naiveP50 = summarise(pickRuns(naive, at)).p50;
        row.naiveP50 = +(naiveP50 * 1000).toFixed(1);
        row.ratio = +(naiveP50 / engineRuns.p50).toFixed(2);
      }
      out[key] = row;
    }
  }
  if (!shared) close();
}
shared?.close();
console.log(JSON.stringify(out));
