import fs from 'node:fs'; import zlib from 'node:zlib'; import path from 'node:path';
import Database from 'better-sqlite3';
import { buildTextIndex } from '../../electron/core/search/build-index.js';
import { runSearch, loadParagraphs, buildSnippets, positiveExpr } from '../../electron/core/search/engine.js';
import { openUserDb } from '../../electron/core/db/open-user-db.js';
import { BUNDLE_SCHEMA } from '../../electron/core/content/bundle-schema.js';
import { parseQuery } from '../../electron/core/search/query-parser.js';
const file = '/tmp/prof-full.sqlite';
if (!fs.existsSync(file)) {
  const arts = zlib.gunzipSync(fs.readFileSync('/work/shared/corpus/bench/rmrb-articles.jsonl.gz')).toString().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const docs = arts.map((a: any, i: number) => ({ id: 'd' + i, title: a.title, type: '文章', date: a.date, source: 'x', speakers: [], occasion: null, place: null, script: 'simplified', paragraphs: a.text.split(/\n+/).map((t: string) => t.trim()).filter(Boolean).map((t: string) => ({ kind: 'p', text: t })), quotes: [], terms: [], hash: 'h' + i, origin: 'o' })) as any[];
  const db = new Database(file); db.exec(BUNDLE_SCHEMA);
  const ins = db.prepare('INSERT INTO documents (id, title, type, date, year, source, paragraphs, chars, hash, origin) VALUES (?,?,?,?,?,?,?,?,?,?)');
  db.transaction(() => { for (const d of docs) ins.run(d.id, d.title, d.type, d.date, 2019, d.source, JSON.stringify(d.paragraphs), 0, d.hash, d.origin); })();
  buildTextIndex(db, docs); db.close();
}
const db = new Database(file, { readonly: true });
fs.rmSync('/tmp/prof-user', { recursive: true, force: true });
const src = { bundle: db, userDb: openUserDb('/tmp/prof-user') };
for (const q of ['的', '国', '发展', '中国', '记者', '高质量发展', '中国 发展', '发展 year:2019..2020']) {
  for (let i = 0; i < 3; i++) runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 20 });
  let t = performance.now(); const r = runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 20 }); const tot = performance.now() - t;
  const pq = parseQuery(q); const e = positiveExpr(pq)!;
  t = performance.now(); db.prepare("SELECT rowid, bm25(search_fts, 5, 1) FROM search_fts WHERE search_fts MATCH ?").raw().all(e); const fts = performance.now() - t;
  t = performance.now(); for (const h of r.hits) buildSnippets(loadParagraphs(src as any, 'bundle', h.docId)!, h.title, pq.clauses.flat()); const sn = performance.now() - t;
  console.log(q, r.total, 'total', tot.toFixed(2), 'fts', fts.toFixed(2), 'snippets', sn.toFixed(2), 'hitcounts', r.hits.slice(0, 3).map((h) => h.hitCount).join(','));
}
