// Builds the search index of the content bundle: one segment with the postings of titles and
// bodies plus the metadata snapshot, and the catalogue for search-as-you-type. Called by
// `npm run build:content` after the BUNDLE_SCHEMA tables have been filled.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { bodyText } from '../content/doc-fields.js';
import { foldForSearch } from '../text/normalize.js';
import { buildCatalogueTable, buildPinyinWordsTable } from './catalogue-build.js';
import { metaFromRows, metaSections } from './meta-columns.js';
import { SegmentBuilder } from './segment-writer.js';

export function buildSearchIndex(db: Database.Database, docs: ContentDocument[]): void {
  buildTextIndex(db, docs);
  buildCatalogueTable(db, docs);
  buildPinyinWordsTable(db, docs);
}

/** The full-text segment of the bundle with its metadata snapshot. */
export function buildTextIndex(db: Database.Database, docs: ContentDocument[]): void {
  db.exec(
    'DROP TABLE IF EXISTS search_segments; DROP TABLE IF EXISTS search_postings; DROP TABLE IF EXISTS search_strings;',
  );
  const b = new SegmentBuilder();
  for (const d of docs)
    b.add({
      id: d.id,
      title: d.title,
      foldedTitle: foldForSearch(d.title),
      foldedBody: foldForSearch(bodyText(d.paragraphs)),
    });
  const meta = metaFromRows(
    docs.map((d) => ({
      id: d.id,
      title: d.title,
      type: d.type,
      date: d.date,
      source: d.source,
      speakers: d.speakers.map((s) => s.name),
    })),
  );
  // Each document's rowid in `documents`: tags and edits name documents by id, and the documents
  // table finds the rowid by its id index without reading the segment's ids (search_strings).
  const rowOf = new Map(db.prepare('SELECT id, rowid FROM documents').raw().all() as [string, number][]);
  const rowids = Int32Array.from(docs, (d) => rowOf.get(d.id) ?? 0);
  db.transaction(() => b.write(db, 1, { ...metaSections(meta), 'meta.rowids': rowids }, true))();
}
