// The search engine: parses the query, evaluates it over the library index (bundle and user
// segments), counts facets, picks the page in relevance or date order and builds its snippets
// from the documents' original text.
import type Database from 'better-sqlite3';
import type { DocType, Paragraph, SearchHit, SearchResult } from '../../contract/api.js';
import { countFacets } from './facets.js';
import type { LibraryIndex } from './library-index.js';
import { evaluate } from './match.js';
import { expandPinyin } from './pinyin-query.js';
import { highlightTerms, parseQuery } from './query-parser.js';
import { comparator, topK, type SortOrder } from './rank.js';
import { buildSnippets } from './snippets.js';
import { stmt } from './stmt-cache.js';
import { searchLibrary } from './user-index.js';

export interface SearchSources {
  bundle: Database.Database | null;
  userDb: Database.Database;
}

export interface SearchOptions {
  query: string;
  sort: SortOrder;
  offset: number;
  limit: number;
  /** Read a–z words as pinyin too (default true). */
  pinyin?: boolean;
}

/** A document's paragraphs from the bundle or the user database, or null. */
export function loadParagraphs(src: SearchSources, origin: 'bundle' | 'user', docId: string): Paragraph[] | null {
  const db = origin === 'user' ? src.userDb : src.bundle;
  if (!db) return null;
  const table = origin === 'user' ? 'user_documents' : 'documents';
  try {
    const json = stmt(db, `SELECT paragraphs FROM ${table} WHERE id = ?`).pluck().get(docId) as string | undefined;
    return json ? (JSON.parse(json) as Paragraph[]) : null;
  } catch {
    return null;
  }
}

function hitOf(src: SearchSources, lib: LibraryIndex, g: number, score: number, terms: string[]): SearchHit {
  const docId = lib.docId(g);
  const title = lib.title(g);
  const paragraphs = loadParagraphs(src, lib.isUser(g) ? 'user' : 'bundle', docId) ?? [];
  return {
    docId,
    title,
    type: lib.type(g) as DocType,
    date: lib.date(g),
    source: lib.source(g),
    score: Math.round(score * 1e4) / 1e4,
    ...buildSnippets(paragraphs, title, terms),
  };
}

export function runSearch(src: SearchSources, opts: SearchOptions): SearchResult {
  const t0 = performance.now();
  const lib = searchLibrary(src);
  const parsed = parseQuery(opts.query);
  const { q, pinyin } = opts.pinyin === false ? { q: parsed, pinyin: [] } : expandPinyin(src, parsed);
  const c = evaluate(lib, q);
  const page = topK(c.docs, comparator(lib, c, opts.sort), opts.offset + opts.limit).slice(opts.offset);
  const terms = highlightTerms(q);
  return {
    total: c.docs.length,
    hits: page.map((g) => hitOf(src, lib, g, c.score[g]!, terms)),
    facets: countFacets(lib, c.docs),
    notice: q.notice,
    pinyin,
    tookMs: Math.round((performance.now() - t0) * 100) / 100,
  };
}

/** Document ids matching a query (no paging, no snippets): for tagging results, benchmarks, tests. */
export function matchDocIds(src: SearchSources, query: string): string[] {
  const lib = searchLibrary(src);
  const c = evaluate(lib, parseQuery(query));
  return Array.from(c.docs, (g) => lib.docId(g));
}
