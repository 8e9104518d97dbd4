// Every hit of a query inside one document (title and paragraphs), for result highlighting,
// next/previous navigation and Ctrl+F. Uses the same parser and folding as search.
import type { DocumentHits, Paragraph } from '../../contract/api.js';
import type { SearchSources } from './engine.js';
import { loadParagraphs } from './engine.js';
import { findRanges } from './hit-ranges.js';
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

/** Looks the document up in the bundle, then the user's imports; null when it does not exist. */
export function findInDocument(src: SearchSources, docId: string, query: string): DocumentHits | null {
  for (const [origin, db, table] of [
    ['user', src.userDb, 'user_documents'],
    ['bundle', src.bundle, 'documents'],
  ] as const) {
    if (!db) continue;
    let title: string | undefined;
    try {
      title = db.prepare(`SELECT title FROM ${table} WHERE id = ?`).pluck().get(docId) as string | undefined;
    } catch {
      title = undefined;
    }
    if (title === undefined) continue;
    return findHitsIn(title, loadParagraphs(src, origin, docId) ?? [], query);
  }
  return null;
}
