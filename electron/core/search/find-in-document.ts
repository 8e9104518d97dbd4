// Every hit of a query inside one document (title and paragraphs), for result highlighting,
// next/previous navigation and Ctrl+F. Uses the same parser and folding as search.
import type { DocumentHits, Paragraph } from '../../contract/api.js';
import type Database from 'better-sqlite3';
import { findRanges } from './hit-ranges.js';
import { readParagraphs } from './paragraph-reader.js';
import { highlightTerms, parseQuery } from './query-parser.js';

export function findHitsIn(title: string, paragraphs: Paragraph[], query: string): DocumentHits {
  const pq = parseQuery(query);
  const terms = highlightTerms(pq);
  const titleHits = terms.length ? findRanges(title, terms).ranges : [];
  const hits: DocumentHits['hits'] = [];
  if (terms.length) {
    paragraphs.forEach((p, i) => {
      for (const [start, end] of findRanges(p.text, terms).ranges) hits.push({ paragraph: i, start, end });
    });
  }
  return { title: titleHits, hits, total: titleHits.length + hits.length, notice: pq.notice };
}

/** Every hit in one document of the library; null when it does not exist. */
export function findInDocument(db: Database.Database, docId: string, query: string): DocumentHits | null {
  const title = db.prepare('SELECT title FROM all_documents WHERE id = ?').pluck().get(docId) as string | undefined;
  if (title === undefined) return null;
  return findHitsIn(title, readParagraphs(db, 'all_documents', docId) ?? [], query);
}
