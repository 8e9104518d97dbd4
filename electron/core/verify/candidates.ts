// Candidate documents for a quotation, from the bigram FTS5 indexes (bundle and user). The
// quotation's rarest bigrams (document frequency from an fts5vocab view) are looked up one by one
// and documents are ranked by how many of them they hold: an edited character or a removed comma
// breaks only the few bigrams around it, so the source still holds most of the rest.
import type Database from 'better-sqlite3';
import { hasSearchTables, loadMeta, schemaOf, type Origin } from '../search/doc-meta.js';
import { stmt } from '../search/stmt-cache.js';
import type { SearchSources } from '../search/engine.js';

/** How many of the rarest bigrams are looked up (more = better recall, slower). */
const PROBES = 14;

export interface Candidate {
  docId: string;
  hits: number;
}

const vocabReady = new WeakMap<Database.Database, Set<Origin>>();

/** A temp fts5vocab table over one side's FTS index (temp schema: works on the read-only bundle). */
function vocab(db: Database.Database, origin: Origin): string {
  const name = `temp.verify_vocab_${origin}`;
  let ready = vocabReady.get(db);
  if (!ready) vocabReady.set(db, (ready = new Set()));
  if (!ready.has(origin)) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING fts5vocab(${schemaOf(origin)}, search_fts, 'row')`);
    ready.add(origin);
  }
  return name;
}

/** Distinct bigrams of a comparison key (BMP characters only: the index pairs code points). */
export function keyBigrams(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) {
    const c0 = key.charCodeAt(i);
    const c1 = key.charCodeAt(i + 1);
    if ((c0 & 0xf800) === 0xd800 || (c1 & 0xf800) === 0xd800) continue;
    out.add(key.slice(i, i + 2));
  }
  return [...out];
}

function candidatesIn(db: Database.Database, origin: Origin, grams: string[], limit: number): Candidate[] {
  if (!hasSearchTables(db, origin)) return [];
  const v = vocab(db, origin);
  const df = stmt(db, `SELECT term, doc FROM ${v} WHERE term IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(grams)) as [string, number][];
  // Rarest first; bigrams found nowhere (an edit, a removed comma) are simply absent.
  df.sort((a, b) => a[1] - b[1]);
  const probes = df.slice(0, PROBES);
  const q = stmt(
    db,
    `SELECT json_group_array(rowid) FROM ${schemaOf(origin)}.search_fts WHERE search_fts MATCH ?`,
  ).pluck();
  const hits = new Map<number, number>();
  for (const [gram] of probes) {
    for (const r of JSON.parse(q.get(`"${gram}"`) as string) as number[]) hits.set(r, (hits.get(r) ?? 0) + 1);
  }
  const meta = loadMeta(db, origin);
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([r, n]) => ({ docId: meta.byRowid.get(r)?.docId ?? '', hits: n }))
    .filter((c) => c.docId);
}

/** The documents most likely to hold the quotation, best first (bundle and user together). */
export function findCandidates(src: SearchSources, key: string, limit: number): Candidate[] {
  const grams = keyBigrams(key);
  if (!grams.length) return [];
  const all = [
    ...(src.bundle ? candidatesIn(src.bundle, 'bundle', grams, limit) : []),
    ...candidatesIn(src.userDb, 'user', grams, limit),
  ];
  return all.sort((a, b) => b.hits - a.hits).slice(0, limit);
}
