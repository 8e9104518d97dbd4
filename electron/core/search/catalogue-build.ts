// Builds the search-as-you-type catalogue (titles, speakers, occasions, 金句, 提法, tags) from
// documents and stores it (rows built by catalogue-rows.ts) in the search_catalogue table. The lunr
// index this replaces took 2.5 s to load and 5 s to build at 13 M characters.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import type { CatalogueEntry } from './catalogue-entry.js';
import { buildCatalogueBlobs } from './catalogue-rows.js';
import { buildWordsBlob, mineWords } from './pinyin-words-build.js';

export { KINDS, compareEntries, type CatalogueEntry, type CatalogueKind } from './catalogue-entry.js';
export { buildCatalogueBlobs } from './catalogue-rows.js';

/** Catalogue entries of bundled or imported documents. */
export function catalogueEntriesFromDocs(docs: readonly ContentDocument[]): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const speakers = new Map<string, number>();
  const occasions = new Map<string, number>();
  const terms = new Map<string, { count: number; docId: string }>();
  for (const d of docs) {
    entries.push({ kind: 'title', text: d.title, docId: d.id, count: 1 });
    for (const s of d.speakers) speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
    if (d.occasion) occasions.set(d.occasion, (occasions.get(d.occasion) ?? 0) + 1);
    for (const q of d.quotes) entries.push({ kind: 'quote', text: q.text, docId: d.id, count: 1 });
    for (const t of d.terms) {
      const e = terms.get(t.term);
      terms.set(t.term, { count: (e?.count ?? 0) + t.occurrences.length, docId: e ? '' : d.id });
    }
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const [text, count] of occasions) entries.push({ kind: 'occasion', text, docId: null, count });
  for (const [text, v] of terms) entries.push({ kind: 'term', text, docId: v.docId || null, count: v.count });
  return entries;
}

/** Stores the catalogue's rows under `prefix.` (inside the caller's transaction), replacing any
 * earlier catalogue under that prefix (its chunk count may differ). */
export function writeCatalogue(db: Database.Database, prefix: string, rows: Record<string, Buffer>): void {
  db.exec(CATALOGUE_TABLE_SQL);
  const old = ['head', 'best', 'entries', 'text', 'pinyin'].map((row) => `${prefix}.${row}`);
  db.prepare(`DELETE FROM search_catalogue WHERE key IN (?, ?, ?, ?, ?) OR key GLOB ? || '.[ekt].[0-9]*'`).run(
    ...old,
    prefix,
  );
  const put = db.prepare('INSERT INTO search_catalogue (key, value) VALUES (?, ?)');
  for (const [name, value] of Object.entries(rows)) put.run(`${prefix}.${name}`, value);
}

export const CATALOGUE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS search_catalogue (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;`;

/** Texts to mine words from: every title first, then the documents' paragraphs. */
function* wordSources(docs: readonly ContentDocument[]): Generator<string> {
  yield docs.map((d) => d.title).join('\n');
  for (const d of docs) for (const p of d.paragraphs) yield p.text;
}

/** The bundle's catalogue, under the prefix 'catalogue'. */
export function buildCatalogueTable(db: Database.Database, docs: readonly ContentDocument[]): void {
  db.exec('DROP TABLE IF EXISTS search_catalogue');
  const blobs = buildCatalogueBlobs(catalogueEntriesFromDocs(docs));
  db.transaction(() => writeCatalogue(db, 'catalogue', blobs))();
}

/** The bundle's pinyin words (for reading pinyin queries), beside its catalogue. */
export function buildPinyinWordsTable(db: Database.Database, docs: readonly ContentDocument[]): void {
  db.exec(CATALOGUE_TABLE_SQL);
  const words = buildWordsBlob(mineWords(wordSources(docs)));
  db.prepare("INSERT OR REPLACE INTO search_catalogue (key, value) VALUES ('catalogue.words', ?)").run(words);
}
