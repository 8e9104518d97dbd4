// Builds the search index of the content bundle: a contentless bigram FTS5 table for titles and
// bodies, the metadata table, and the serialised lunr catalogue (titles, speakers, 金句, 提法).
// Called by `npm run build:content` after the BUNDLE_SCHEMA tables have been filled.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { BUNDLE_SEARCH_TABLES_SQL, BUNDLE_CATALOGUE_SQL } from './fts-schema.js';
import { toIndexRow } from './index-rows.js';
import { bodyText } from '../content/doc-fields.js';
import { CharPostingsBuilder } from './char-postings.js';
import { foldForSearch } from '../text/normalize.js';
import { buildCatalogue, catalogueEntriesFromDocs } from './catalogue.js';

export function buildSearchIndex(db: Database.Database, docs: ContentDocument[]): void {
  buildTextIndex(db, docs);
  buildCatalogueTable(db, docs);
}

/** The bigram FTS5 index and its metadata table. */
export function buildTextIndex(db: Database.Database, docs: ContentDocument[]): void {
  db.exec(`DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_chars;`);
  db.exec(BUNDLE_SEARCH_TABLES_SQL);
  const insDoc = db.prepare(
    'INSERT INTO search_docs (rowid, doc_id, title, type, date, year, source, speakers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insFts = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const chars = new CharPostingsBuilder();
  db.transaction(() => {
    let rowid = 0;
    for (const doc of docs) {
      rowid++;
      const title = foldForSearch(doc.title);
      const body = foldForSearch(bodyText(doc.paragraphs));
      const r = toIndexRow(doc, title, body);
      insDoc.run(rowid, r.docId, r.title, r.type, r.date, r.year, r.source, r.speakers);
      insFts.run(rowid, r.titleTokens, r.bodyTokens);
      chars.add(rowid, [title, body]);
    }
    chars.write(db);
    // One segment: fastest queries for a read-only bundle.
    db.exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
  })();
}

/** The serialised lunr catalogue for search-as-you-type. */
export function buildCatalogueTable(db: Database.Database, docs: ContentDocument[]): void {
  db.exec('DROP TABLE IF EXISTS search_catalogue;');
  db.exec(BUNDLE_CATALOGUE_SQL);
  const cat = buildCatalogue(catalogueEntriesFromDocs(docs));
  db.prepare('INSERT INTO search_catalogue (key, value) VALUES (?, ?)').run('catalogue', JSON.stringify(cat));
}
