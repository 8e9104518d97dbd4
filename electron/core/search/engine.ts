// The search engine: parses the query, matches it in the bundle and user FTS5 bigram indexes,
// applies filters, counts facets, sorts (relevance with date tie-break, or date) and builds
// snippets with every hit marked from the documents' original text.
import type Database from 'better-sqlite3';
import type { Paragraph, SearchHit, SearchResult, DocType } from '../../contract/api.js';
import { termToFts } from './bigram-tokens.js';
import { hasSearchTables, loadDocTags, loadMeta, schemaOf, type DocMeta, type Origin } from './doc-meta.js';
import { matchesRetitled } from './retitled.js';
import { findRanges, type Range } from './hit-ranges.js';
import { docsWithChar, hasCharPostings, singleChar } from './char-postings.js';
import { stmt } from './stmt-cache.js';
import { highlightTerms, parseQuery, type ParsedQuery } from './query-parser.js';
import { foldForSearch } from '../text/normalize.js';

export interface SearchSources {
  bundle: Database.Database | null;
  userDb: Database.Database;
}

export interface SearchOptions {
  query: string;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
}

/** Title matches weigh this much more than body matches in bm25. */
export const TITLE_WEIGHT = 5;
const SNIPPETS_PER_HIT = 3;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 140;

interface Candidate {
  meta: DocMeta;
  score: number;
}

function groupExpr(group: string[]): string | null {
  const parts = group.map(termToFts).filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** The FTS5 MATCH expression for the positive clauses, or null when there are none. */
export function positiveExpr(q: ParsedQuery): string | null {
  const groups = q.clauses.map(groupExpr).filter((x): x is string => x !== null);
  return groups.length ? groups.join(' AND ') : null;
}

/** Above this many matches bm25 is not computed (it costs ~1 µs per match and, for terms found
 * in most documents, its IDF is ≈0 so the scores barely differ); title hits + date rank instead. */
export const BM25_MAX_MATCHES = 2000;

function matchRowids(
  db: Database.Database,
  origin: Origin,
  expr: string,
  withScore: boolean,
): Map<number, number> | { tooMany: number[] } {
  const t = `${schemaOf(origin)}.search_fts`;
  // One JSON array crosses into JS far faster than one row per match.
  const ids = JSON.parse(
    stmt(db, `SELECT json_group_array(rowid) FROM ${t} WHERE search_fts MATCH ?`).pluck().get(expr) as string,
  ) as number[];
  if (withScore && ids.length > BM25_MAX_MATCHES) return { tooMany: ids };
  const out = new Map<number, number>();
  if (!withScore) {
    for (const r of ids) out.set(r, 0);
    return out;
  }
  const sql = `SELECT rowid AS r, bm25(search_fts, ${TITLE_WEIGHT}, 1.0) AS s FROM ${t} WHERE search_fts MATCH ?`;
  for (const row of stmt(db, sql).raw().all(expr) as [number, number][]) out.set(row[0], -row[1]);
  return out;
}

function allRowids(db: Database.Database, origin: Origin, expr: string): number[] {
  const m = matchRowids(db, origin, expr, false);
  return m instanceof Map ? [...m.keys()] : m.tooMany;
}

/** Cheap score: how many query clauses occur in the title (weighted like bm25's title boost). */
function titleScore(m: DocMeta | undefined, groups: string[][]): number {
  return m ? groups.filter((g) => g.some((t) => m.foldedTitle.includes(t))).length * TITLE_WEIGHT : 0;
}

function passesFilters(m: DocMeta, q: ParsedQuery, tags: Map<string, string[]>): boolean {
  const f = q.filters;
  if (f.type.length && !f.type.includes(m.type)) return false;
  if (f.yearFrom !== null && (m.year === null || m.year < f.yearFrom)) return false;
  if (f.yearTo !== null && (m.year === null || m.year > f.yearTo)) return false;
  if (f.source.length && !f.source.every((s) => m.foldedSource.includes(s))) return false;
  if (f.speaker.length && !f.speaker.every((s) => m.foldedSpeakers.some((sp) => sp.includes(s)))) return false;
  if (f.tag.length) {
    const docTags = (tags.get(m.docId) ?? []).map(foldForSearch);
    // A tag filter includes its sub-tags: `tag:乡村振兴` also finds `乡村振兴/人才`.
    if (!f.tag.every((t) => docTags.some((d) => d === t || d.startsWith(t + '/')))) return false;
  }
  return true;
}

function candidatesFrom(
  db: Database.Database,
  origin: Origin,
  q: ParsedQuery,
  tags: Map<string, string[]>,
): Candidate[] {
  if (!hasSearchTables(db, origin)) return [];
  const meta = loadMeta(db, origin);
  // Groups made only of one-character terms are answered from the bundle's character postings.
  const useChars = origin === 'bundle' && hasCharPostings(db);
  const charGroups: string[][] = [];
  const ftsGroups: string[][] = [];
  for (const g of q.clauses) (useChars && g.every((t) => singleChar(t) !== null) ? charGroups : ftsGroups).push(g);
  const ftsExpr = positiveExpr({ ...q, clauses: ftsGroups });
  let scored: Map<number, number> | null = null;
  let cheapScore = false;
  if (ftsExpr) {
    const m = matchRowids(db, origin, ftsExpr, true);
    if (!(m instanceof Map)) {
      scored = new Map(m.tooMany.map((r) => [r, 0]));
      cheapScore = true;
    } else scored = m;
  }
  for (const g of charGroups) {
    const set = new Set<number>();
    for (const t of g) for (const r of docsWithChar(db, singleChar(t)!)) set.add(r);
    if (scored) {
      for (const r of scored.keys()) if (!set.has(r)) scored.delete(r);
    } else scored = new Map([...set].map((r) => [r, 0]));
  }
  if (scored && (!ftsExpr || cheapScore)) {
    // No bm25 for single characters or very common terms: title matches first, then the date.
    for (const r of scored.keys()) scored.set(r, titleScore(meta.byRowid.get(r), q.clauses));
  }
  if (!scored) {
    if (!q.exclude.length && !hasFilter(q)) return [];
    scored = new Map(meta.all.map((m) => [m.rowid, 0]));
  }
  const negFts: string[] = [];
  for (const t of q.exclude) {
    const ch = useChars ? singleChar(t) : null;
    if (ch !== null) for (const r of docsWithChar(db, ch)) scored.delete(r);
    else {
      const e = termToFts(t);
      if (e) negFts.push(e);
    }
  }
  if (negFts.length) for (const r of allRowids(db, origin, negFts.join(' OR '))) scored.delete(r);
  // Renamed bundled documents are indexed under their old title: decide them on the current one.
  for (const m of meta.all) {
    if (!m.retitled) continue;
    if (matchesRetitled(db, m, q)) scored.set(m.rowid, titleScore(m, q.clauses));
    else scored.delete(m.rowid);
  }
  const out: Candidate[] = [];
  for (const [rowid, score] of scored) {
    const m = meta.byRowid.get(rowid);
    if (m && passesFilters(m, q, tags)) out.push({ meta: m, score });
  }
  return out;
}

function hasFilter(q: ParsedQuery): boolean {
  const f = q.filters;
  return (
    f.type.length + f.tag.length + f.speaker.length + f.source.length > 0 || f.yearFrom !== null || f.yearTo !== null
  );
}

function dateKey(d: string | null): string {
  return d ?? '';
}

// Plain code-unit comparison: ISO dates and ids sort correctly, and localeCompare (ICU) is
// far too slow for thousands of candidates.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareCandidates(sort: 'relevance' | 'date') {
  return (a: Candidate, b: Candidate): number => {
    const byDate = cmp(dateKey(b.meta.date), dateKey(a.meta.date));
    if (sort === 'date') return byDate || b.score - a.score || cmp(a.meta.docId, b.meta.docId);
    return b.score - a.score || byDate || cmp(a.meta.docId, b.meta.docId);
  };
}

/** The first k items in sorted order without sorting everything (k is a page, n can be 10,000). */
export function topK<T>(items: T[], cmpFn: (a: T, b: T) => number, k: number): T[] {
  if (k * 8 >= items.length) return [...items].sort(cmpFn).slice(0, k);
  const best: T[] = [];
  for (const it of items) {
    if (best.length === k && cmpFn(it, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmpFn(best[mid]!, it) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, it);
    if (best.length > k) best.pop();
  }
  return best;
}

function countFacets(cands: Candidate[], tags: Map<string, string[]>): SearchResult['facets'] {
  const facets: SearchResult['facets'] = { type: {}, year: {}, source: {}, tag: {} };
  const inc = (rec: Record<string, number>, k: string) => {
    rec[k] = (rec[k] ?? 0) + 1;
  };
  for (const c of cands) {
    inc(facets.type, c.meta.type);
    if (c.meta.year !== null) inc(facets.year, String(c.meta.year));
    if (c.meta.source) inc(facets.source, c.meta.source);
    for (const t of tags.get(c.meta.docId) ?? []) inc(facets.tag, t);
  }
  return facets;
}

export function loadParagraphs(db: Database.Database, docId: string): Paragraph[] | null {
  const json = stmt(db, 'SELECT paragraphs FROM all_documents WHERE id = ?').pluck().get(docId) as string | undefined;
  return json ? (JSON.parse(json) as Paragraph[]) : null;
}

export function buildSnippets(
  paragraphs: Paragraph[],
  title: string,
  terms: string[],
): Pick<SearchHit, 'snippets' | 'hitCount'> {
  const snippets: SearchHit['snippets'] = [];
  let hitCount = 0;
  if (terms.length) {
    hitCount = findRanges(title, terms).count;
    // Fold and scan the whole body once (terms never contain the newline separator), then map
    // hits back to paragraphs: far cheaper than folding fifty paragraphs one by one.
    const { ranges, count } = findRanges(paragraphs.map((p) => p.text).join('\n'), terms);
    hitCount += count;
    let para = 0;
    let paraStart = 0;
    let k = 0;
    while (k < ranges.length && snippets.length < SNIPPETS_PER_HIT) {
      while (para < paragraphs.length && ranges[k]![0] >= paraStart + paragraphs[para]!.text.length + 1) {
        paraStart += paragraphs[para]!.text.length + 1;
        para++;
      }
      const text = paragraphs[para]?.text ?? '';
      const inPara: Range[] = [];
      while (k < ranges.length && ranges[k]![0] < paraStart + text.length) {
        inPara.push([ranges[k]![0] - paraStart, ranges[k]![1] - paraStart]);
        k++;
      }
      const start = Math.max(0, inPara[0]![0] - SNIPPET_BEFORE);
      let end = Math.min(text.length, start + SNIPPET_LENGTH);
      // Never cut a hit in half at the end of the window.
      for (const r of inPara) if (r[0] < end && r[1] > end) end = r[1];
      const marks = inPara
        .filter((r) => r[0] >= start && r[1] <= end)
        .map((r): [number, number] => [r[0] - start, r[1] - start]);
      snippets.push({ text: text.slice(start, end), paragraph: para, marks });
    }
  }
  if (!snippets.length && paragraphs[0])
    snippets.push({ text: paragraphs[0].text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] });
  return { snippets, hitCount };
}

/** Run a query; `parsed` may be passed when the caller already parsed it. */
export function runSearch(src: SearchSources, opts: SearchOptions): SearchResult {
  const t0 = performance.now();
  const q = parseQuery(opts.query);
  const tags = loadDocTags(src.userDb);
  const cands = [
    ...(src.bundle ? candidatesFrom(src.bundle, 'bundle', q, tags) : []),
    ...candidatesFrom(src.userDb, 'user', q, tags),
  ];
  const facets = countFacets(cands, tags);
  const page = topK(cands, compareCandidates(opts.sort), opts.offset + opts.limit).slice(opts.offset);
  const terms = highlightTerms(q);
  const hits: SearchHit[] = page.map((c) => {
    const paragraphs = loadParagraphs(src.userDb, c.meta.docId) ?? [];
    return {
      docId: c.meta.docId,
      title: c.meta.title,
      type: c.meta.type as DocType,
      date: c.meta.date,
      source: c.meta.source,
      score: Math.round(c.score * 1e4) / 1e4,
      ...buildSnippets(paragraphs, c.meta.title, terms),
    };
  });
  return {
    total: cands.length,
    hits,
    facets,
    notice: q.notice,
    tookMs: Math.round((performance.now() - t0) * 100) / 100,
  };
}

/** Document ids matching a query (no paging, no snippets): for the benchmark and tests. */
export function matchDocIds(src: SearchSources, query: string): string[] {
  const q = parseQuery(query);
  const tags = loadDocTags(src.userDb);
  return [
    ...(src.bundle ? candidatesFrom(src.bundle, 'bundle', q, tags) : []),
    ...candidatesFrom(src.userDb, 'user', q, tags),
  ].map((c) => c.meta.docId);
}
