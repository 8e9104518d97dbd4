// The search engine: parses the query, evaluates it over the library index (bundle and user
// segments), counts facets, picks the page in relevance or date order and builds its snippets
// from the documents' original text.
import type Database from 'better-sqlite3';
import type { DocType, SearchHit, SearchResult } from '../../contract/api.js';
import { countFacets } from './facets.js';
import { hasFilter } from './filters.js';
import type { LibraryIndex, SegmentView } from './library-index.js';
import { countTerm, evaluate, type Candidates } from './match.js';
import { BODY, TITLE } from './index-schema.js';
import { paragraphReader } from './paragraph-reader.js';
import { tfOf, type TermHits } from './term-hits.js';
import { expandPinyin } from './pinyin-query.js';
import { highlightTerms, parseQuery } from './query-parser.js';
import { pageOf, type SortOrder } from './rank.js';
import { snippetsOf } from './snippets.js';
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

/** Hits of the terms in a document's body, from the index (no text is read). */
function bodyHits(th: TermHits, view: SegmentView, local: number, terms: string[]): number {
  let n = 0;
  for (const t of terms) n += tfOf(th.get(view, BODY, t), local);
  return n;
}

/** Hits of the terms in a document's title: its current title when renamed since indexing. */
function titleHits(th: TermHits, view: SegmentView, local: number, terms: string[]): number {
  const renamed = view.renamed.get(local);
  let n = 0;
  for (const t of terms) n += renamed !== undefined ? countTerm(renamed, t) : tfOf(th.get(view, TITLE, t), local);
  return n;
}

function hitOf(lib: LibraryIndex, c: Candidates, g: number, terms: string[], filtered: boolean): SearchHit {
  const docId = lib.docId(g);
  const { view, local } = lib.locate(g);
  const body = bodyHits(c.terms, view, local, terms);
  return {
    docId,
    title: lib.title(g),
    type: lib.type(g) as DocType,
    date: lib.date(g),
    source: lib.source(g),
    score: Math.round(c.score[g]! * 1e4) / 1e4,
    hitCount: titleHits(c.terms, view, local, terms) + body,
    // Keyed by global number: the cache lives and dies with this library index.
    snippets: lib.texts.with(
      g,
      () => paragraphReader(view.db, `${view.schema}.documents`, docId, view.rowids?.[local]),
      (text) => snippetsOf(text, terms, body),
      filtered,
    ),
  };
}

export function runSearch(src: SearchSources, opts: SearchOptions): SearchResult {
  const t0 = performance.now();
  const lib = searchLibrary(src);
  const { q, pinyin } = readQuery(src, opts.query, opts.pinyin);
  const c = evaluate(lib, q);
  const page = pageOf(lib, c, opts.sort, opts.offset + opts.limit).slice(opts.offset);
  const terms = highlightTerms(q);
  const filtered = hasFilter(q.filters);
  return {
    total: c.docs.length,
    hits: page.map((g) => hitOf(lib, c, g, terms, filtered)),
    facets: countFacets(lib, c.docs),
    notice: q.notice,
    pinyin,
    tookMs: Math.round((performance.now() - t0) * 100) / 100,
  };
}

/** The query as searched: parsed, with a–z words read as pinyin unless switched off. */
function readQuery(src: SearchSources, query: string, pinyin = true) {
  const parsed = parseQuery(query);
  return pinyin ? expandPinyin(src, parsed) : { q: parsed, pinyin: null };
}

/** Document ids matching a query (no paging, no snippets): for tagging results, benchmarks, tests. */
export function matchDocIds(src: SearchSources, query: string, pinyin = true): string[] {
  const lib = searchLibrary(src);
  const c = evaluate(lib, readQuery(src, query, pinyin).q);
  return Array.from(c.docs, (g) => lib.docId(g));
}
