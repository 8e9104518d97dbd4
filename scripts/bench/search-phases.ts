// Per-phase breakdown of one search class (`tsx scripts/bench/search-phases.ts [--class=filter: tag]
// [--lib=/tmp/bench-13m] [--rounds=5]`): the whole People's Daily library (13.4 M characters) is built
// once with the benchmark's tags and kept in `--lib`, then each query of the class runs phase by phase as
// `runSearch` does (change check, parsing, matching and scoring, page sort, facets, hit counts and snippets,
// serialisation), after a warm-up. Prints the median µs of each phase, overall and by term length.
import fs from 'node:fs';
import path from 'node:path';
import { rmrbDocs } from './lib/corpus.js';
import { openLibrary, writeLibrary } from './lib/bundle-file.js';
import { benchTags, queryClasses } from './lib/queries.js';
import { splitByTermLength } from './lib/term-split.js';
import { runSearch, type SearchSources } from '../../electron/core/search/engine.js';
import { searchLibrary } from '../../electron/core/search/user-index.js';
import { highlightTerms, parseQuery } from '../../electron/core/search/query-parser.js';
import { expandPinyin } from '../../electron/core/search/pinyin-query.js';
import { evaluate } from '../../electron/core/search/match.js';
import { pageOf } from '../../electron/core/search/rank.js';
import { countFacets } from '../../electron/core/search/facets.js';
import { snippetsOf } from '../../electron/core/search/snippets.js';
import { paragraphReader } from '../../electron/core/search/paragraph-reader.js';
import { tfOf } from '../../electron/core/search/term-hits.js';
import { BODY } from '../../electron/core/search/index-schema.js';

const arg = (name: string, dflt: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const DIR = path.resolve(arg('lib', '/tmp/bench-13m'));
const CLASS = arg('class', 'filter: tag');
const ROUNDS = Number(arg('rounds', '5'));

const docs = await rmrbDocs();
const lib0 = { bundlePath: path.join(DIR, 'content.sqlite'), dataDir: path.join(DIR, 'user') };
if (!fs.existsSync(lib0.bundlePath)) {
  fs.mkdirSync(DIR, { recursive: true });
  writeLibrary(DIR, docs, benchTags(docs));
}
const queries = queryClasses(docs, 200)[CLASS];
if (!queries) throw new Error(`no class ${CLASS}`);
const db = openLibrary(lib0);
const src: SearchSources = { bundle: db, userDb: db };
const search = (query: string) => runSearch(src, { query, sort: 'relevance', offset: 0, limit: 20 });
for (let w = 0; w < 2; w++) queries.forEach(search);

const phases: Record<string, number[][]> = {};
const add = (k: string, i: number, t: number) => (phases[k] ??= queries.map(() => []))[i]!.push(t * 1000);
for (let r = 0; r < ROUNDS; r++)
  for (const [i, x] of queries.entries()) {
    let t = performance.now();
    const step = (k: string) => {
      const u = performance.now();
      add(k, i, u - t);
      t = u;
    };
    const lib = searchLibrary(src);
    step('change check');
    const { q } = expandPinyin(src, parseQuery(x));
    const terms = highlightTerms(q);
    step('parse');
    const c = evaluate(lib, q);
    step('match+score');
    const page = pageOf(lib, c, 'relevance', 20);
    step('sort');
    const facets = countFacets(lib, c.docs);
    step('facets');
    const hits = page.map((g) => {
      const docId = lib.docId(g);
      const { view, local } = lib.locate(g);
      let body = 0;
      for (const term of terms) body += tfOf(c.terms.get(view, BODY, term), local);
      const read = () => paragraphReader(view.db, `${view.schema}.documents`, docId, view.rowids?.[local]);
      return { docId, title: lib.title(g), snippets: lib.texts.with(g, read, (s) => snippetsOf(s, terms, body), true) };
    });
    step('hits+snippets');
    JSON.stringify({ total: c.docs.length, hits, facets });
    step('serialise');
    const t0 = performance.now();
    search(x);
    add('whole', i, performance.now() - t0);
  }

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
/** Per query the median over rounds, then the median (and mean) over the queries selected. */
const line = (sel: number[]) =>
  Object.entries(phases)
    .map(([k, v]) => {
      const per = sel.map((i) => med(v[i]!));
      return `${k} ${med(per).toFixed(1)}/${(per.reduce((a, b) => a + b, 0) / per.length).toFixed(1)}`;
    })
    .join(' | ');
console.log(`${CLASS}: ${queries.length} queries × ${ROUNDS} rounds, µs median/mean per phase`);
console.log('all    ', line(queries.map((_, i) => i)));
const lengths = queries.map((x) => [...x.split(' ')[0]!].length);
for (const L of [...new Set(lengths)].sort())
  console.log(`len ${L}  `, line(lengths.flatMap((l, i) => (l === L ? [i] : []))));
// The queries around the whole search's median set the p50: their phases.
const whole = queries.map((_, i) => med(phases.whole![i]!));
const order = whole.map((_, i) => i).sort((a, b) => whole[a]! - whole[b]!);
const mid = (o: number[]) => o.slice(Math.floor(o.length * 0.4), Math.ceil(o.length * 0.6));
console.log('p40–60 ', line(mid(order)));
// The same around the median of each side of the split by term length (bench rows `(1 char)`, `(2–3 chars)`).
for (const s of splitByTermLength(CLASS, queries)) {
  const inSub = new Set(s.at);
  console.log(`p40–60 ${s.name}`, line(mid(order.filter((i) => inSub.has(i)))));
}
if (process.argv.includes('--list'))
  for (const i of order.slice(70, 130))
    console.log(
      queries[i]!.padEnd(16),
      `total ${runSearch(src, { query: queries[i]!, sort: 'relevance', offset: 0, limit: 1 }).total}`.padEnd(10),
      Object.entries(phases)
        .map(([k, v]) => `${k.split(' ')[0]} ${med(v[i]!).toFixed(0)}`)
        .join(' '),
    );
db.close();
