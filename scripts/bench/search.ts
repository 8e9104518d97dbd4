// Search benchmark (`npm run bench:search [-- --sizes=1e6,1e7,all,5e7 --per-class=200 --runs=3]`).
// Per size of library: index and catalogue build, index size, a cold first search and first
// suggestion (child process), then every query class checked against the independent oracle
// (ids and hit counts) and timed: a warm-up pass, then `runs` timed passes (p50/p95/p99 and their
// spread). The oracle's scan over pre-folded text is the naive baseline, timed the same way in the same run.
// Writes bench/results/search.md. Corpus: see lib/corpus.ts (STUDY_SHELF_CORPUS).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentDocument } from '../../electron/core/content/types.js';
import { matchDocIds, runSearch, type SearchSources } from '../../electron/core/search/engine.js';
import { charsOf, poemDocs, rmrbDocs, scaledCorpus, takeChars } from './lib/corpus.js';
import { openLibrary, writeLibrary, type BuiltLibrary } from './lib/bundle-file.js';
import { oracleDocs, oracleHits, oracleMatch, oracleParse, type OracleDoc, type OracleQuery } from './lib/oracle.js';
import { benchTags, queryClasses } from './lib/queries.js';
import { load, summarise } from './lib/stats.js';
import { searchReport, type ClassRow, type FirstAnswer, type SizeRow } from './lib/search-report.js';
import { writeResults } from './lib/write-results.js';
import { pickRuns, splitByTermLength, termKind, type TermKind } from './lib/term-split.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, dflt: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const SIZES = arg('sizes', '1e6,1e7,all,5e7').split(',');
const PER_CLASS = Number(arg('per-class', '200'));
const RUNS = Number(arg('runs', '3'));

function firstAnswer(lib: BuiltLibrary, query: string, prefix: string): FirstAnswer {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(HERE, 'first-answer.ts'), lib.bundlePath, lib.dataDir, query, prefix],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as FirstAnswer;
}

/** A warm-up pass over the inputs, then RUNS timed passes (ms per input). */
function timedPasses<T>(inputs: readonly T[], run: (input: T) => unknown): number[][] {
  for (const x of inputs) run(x);
  return Array.from({ length: RUNS }, () =>
    inputs.map((x) => {
      const t = performance.now();
      run(x);
      return performance.now() - t;
    }),
  );
}

/** A filtered class with the text cache empty: a new connection (a new library index), one plain
 * search to load it, then each query once. The first is the first query on the filter after start;
 * the pass's p50 includes the cache filling as it goes (the timed passes find it full). */
function coldPass(lib: BuiltLibrary, queries: string[], plain: string): { first: number; p50: number } {
  const db = openLibrary(lib);
  const src: SearchSources = { bundle: db, userDb: db };
  runSearch(src, { query: plain, sort: 'relevance', offset: 0, limit: 20 });
  const times = queries.map((query) => {
    const t = performance.now();
    runSearch(src, { query, sort: 'relevance', offset: 0, limit: 20 });
    return performance.now() - t;
  });
  db.close();
  return { first: times[0]!, p50: summarise([times]).p50 };
}

/** One query checked against the oracle: documents found, expected and returned, hit counts of the page. */
interface Check {
  found: number;
  expected: number;
  returned: number;
  agree: number;
  pageHits: number;
  expanded: number;
  differing: number;
}

function checkQuery(src: SearchSources, oracle: OracleDoc[], query: string, q: OracleQuery): Check {
  const want = oracleMatch(oracle, q);
  // Checked with pinyin reading off (the oracle reads Latin words literally); timed with it on.
  const got = new Set(matchDocIds(src, query, false));
  const r = runSearch(src, { query, sort: 'relevance', offset: 0, limit: 20, pinyin: false });
  if (r.total !== got.size) throw new Error(`total ${r.total} ≠ ${got.size} for ${query}`);
  const byId = new Map(want.map((d) => [d.id, d]));
  let agree = 0;
  for (const h of r.hits) {
    const d = byId.get(h.docId);
    if (d && oracleHits(d, q) === h.hitCount) agree++;
  }
  return {
    found: want.filter((d) => got.has(d.id)).length,
    expected: want.length,
    returned: got.size,
    agree,
    pageHits: r.hits.length,
    expanded: runSearch(src, { query, sort: 'relevance', offset: 0, limit: 1 }).pinyin ? 1 : 0,
    differing: want.length !== got.size || want.some((d) => !got.has(d.id)) ? 1 : 0,
  };
}

/** A table row for the queries at `at` of a class: their checks and their timings (engine, naive, match only). */
function classRow(name: string, terms: TermKind, at: number[], checks: Check[], timings: number[][][]): ClassRow {
  const sum = (k: keyof Check) => at.reduce((n, i) => n + checks[i]![k], 0);
  const [engine, naive, matchOnly] = timings.map((t) => summarise(pickRuns(t, at)));
  const found = sum('found');
  return {
    name,
    terms,
    queries: at.length,
    engine: engine!,
    naiveP50: naive!.p50,
    matchP50: matchOnly!.p50,
    recall: sum('expected') ? found / sum('expected') : 1,
    precision: sum('returned') ? found / sum('returned') : 1,
    hitCountsAgree: sum('pageHits') ? sum('agree') / sum('pageHits') : 1,
    avgMatches: sum('expected') / at.length,
    pinyinExpanded: sum('expanded'),
    differing: sum('differing'),
  };
}

function benchSize(label: string, docs: ContentDocument[]): SizeRow {
  const loadStart = load();
  const chars = docs.reduce((n, d) => n + charsOf(d), 0);
  const utf8 = docs.reduce((n, d) => n + Buffer.byteLength(d.title + d.paragraphs.map((p) => p.text).join('\n')), 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const tags = benchTags(docs);
  const lib = writeLibrary(dir, docs, tags);
  console.log(
    `${label}: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} M chars, index ${(lib.indexMs / 1000).toFixed(1)} s`,
  );
  const first = [0, 1, 2].map(() => firstAnswer(lib, docs[0]!.title.slice(0, 2), 'zhongguo'));

  const db = openLibrary(lib);
  const src: SearchSources = { bundle: db, userDb: db };
  const oracle = oracleDocs(docs, tags);
  const classes: ClassRow[] = [];
  const timed: Record<string, string[]> = queryClasses(docs, PER_CLASS);
  for (const [name, queries] of Object.entries(timed)) {
    const parsed = queries.map(oracleParse);
    const cold = name.startsWith('filter:') ? coldPass(lib, queries, docs[0]!.title.slice(0, 2)) : undefined;
    const checks = queries.map((query, i) => checkQuery(src, oracle, query, parsed[i]!));
    // The engine, the naive scan and the match alone are each timed the same way, in a loop of their own:
    // the naive scan timed between engine calls ran with cold caches (the tag class: 2.5–3.0 ms, against
    // 0.7–0.9 ms in its own loop), which flattered the engine.
    const runs = timedPasses(queries, (query) => runSearch(src, { query, sort: 'relevance', offset: 0, limit: 20 }));
    const naive = timedPasses(parsed, (q) => oracleMatch(oracle, q));
    const matchOnly = timedPasses(queries, (query) => matchDocIds(src, query));
    const all = queries.map((_, i) => i);
    const row = classRow(name, termKind(queries), all, checks, [runs, naive, matchOnly]);
    classes.push({ ...row, cold });
    // A class mixing 1-char and longer terms also gets a row per side, from the same timings.
    for (const s of splitByTermLength(name, queries))
      classes.push({ ...classRow(s.name, s.kind, s.at, checks, [runs, naive, matchOnly]), subOf: name });
    console.log(
      `  ${name.padEnd(14)} p50 ${row.engine.p50.toFixed(2)} p95 ${row.engine.p95.toFixed(2)} ms | naive ${row.naiveP50.toFixed(1)} ms | recall ${row.recall.toFixed(3)} precision ${row.precision.toFixed(3)} hits ${row.hitCountsAgree.toFixed(3)}`,
    );
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { label, docs: docs.length, chars, utf8, lib, first, classes, load: [loadStart, load()] };
}

async function main(): Promise<void> {
  const rmrb = await rmrbDocs();
  const total = rmrb.reduce((n, d) => n + charsOf(d), 0);
  const poems = SIZES.some((s) => s !== 'all' && Number(s) > total) ? await poemDocs() : [];
  const rows: SizeRow[] = [];
  for (const s of SIZES) {
    const n = s === 'all' ? total : Number(s);
    const docs = s === 'all' ? rmrb : n > total ? scaledCorpus(rmrb, poems, n) : takeChars(rmrb, n);
    const label = s === 'all' ? 'all' : n > total ? `${Math.round(n / 1e6)} M (+ poems)` : `${Math.round(n / 1e6)} M`;
    rows.push(benchSize(label, docs));
  }
  const out = path.resolve(HERE, '../../bench/results/search.md');
  writeResults(out, searchReport(rows, { perClass: PER_CLASS, runs: RUNS }));
  console.log(`written ${path.relative(process.cwd(), out)}`);
}

await main();
