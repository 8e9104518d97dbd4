// The search engine: parses the query, matches it in the bundle and user FTS5 bigram indexes,
// applies filters, counts facets, sorts (relevance with date tie-break, or date) and builds
// snippets with every hit marked from the documents' original text.
import type Database from 'better-sqlite3';
import type { Paragraph, SearchHit, SearchResult, DocType } from '../../contract/api.js';
import { termToFts } from './bigram-tokens.js';
import { hasSearchTables, loadDocTags, loadMeta, prefixOf, type DocMeta, type Origin } from './doc-meta.js';
import { findRanges } from './hit-ranges.js';
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

function matchRowids(db: Database.Database, origin: Origin, expr: string, withScore: boolean): Map<number, number> {
  const t = `${prefixOf(origin)}search_fts`;
  const sql = withScore
    ? `SELECT rowid AS r, bm25(${t}, ${TITLE_WEIGHT}, 1.0) AS s FROM ${t} WHERE ${t} MATCH ?`
    : `SELECT rowid AS r, 0 AS s FROM ${t} WHERE ${t} MATCH ?`;
  const out = new Map<number, number>();
  for (const row of db.prepare(sql).raw().iterate(expr) as Iterable<[number, number]>) out.set(row[0], -row[1]);
  return out;
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
    if (!f.tag.every((t) => docTags.includes(t))) return false;
  }
  return true;
}

function candidatesFrom(db: Database.Database, origin: Origin, q: ParsedQuery, tags: Map<string, string[]>): Candidate[] {
  if (!hasSearchTables(db, origin)) return [];
  const meta = loadMeta(db, origin);
  const pos = positiveExpr(q);
  let scored: Map<number, number>;
  if (pos) scored = matchRowids(db, origin, pos, true);
  else if (q.exclude.length || hasFilter(q)) scored = new Map(meta.all.map((m) => [m.rowid, 0]));
  else return [];
  if (q.exclude.length) {
    const neg = q.exclude.map(termToFts).filter((x): x is string => x !== null);
    if (neg.length) for (const r of matchRowids(db, origin, neg.join(' OR '), false).keys()) scored.delete(r);
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
  return f.type.length + f.tag.length + f.speaker.length + f.source.length > 0 || f.yearFrom !== null || f.yearTo !== null;
}

function dateKey(d: string | null): string {
  return d ?? '';
}

export function compareCandidates(sort: 'relevance' | 'date') {
  return (a: Candidate, b: Candidate): number => {
    const byDate = dateKey(b.meta.date).localeCompare(dateKey(a.meta.date));
    if (sort === 'date') return byDate || b.score - a.score || a.meta.docId.localeCompare(b.meta.docId);
    return b.score - a.score || byDate || a.meta.docId.localeCompare(b.meta.docId);
  };
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

export function loadParagraphs(src: SearchSources, origin: Origin, docId: string): Paragraph[] | null {
  const db = origin === 'user' ? src.userDb : src.bundle;
  if (!db) return null;
  const table = origin === 'user' ? 'user_documents' : 'documents';
  try {
    const json = db.prepare(`SELECT paragraphs FROM ${table} WHERE id = ?`).pluck().get(docId) as string | undefined;
    return json ? (JSON.parse(json) as Paragraph[]) : null;
  } catch {
    return null;
  }
}

export function buildSnippets(paragraphs: Paragraph[], title: string, terms: string[]): Pick<SearchHit, 'snippets' | 'hitCount'> {
  let hitCount = terms.length ? findRanges(title, terms).count : 0;
  const snippets: SearchHit['snippets'] = [];
  paragraphs.forEach((p, i) => {
    if (!terms.length) return;
    const { ranges, count } = findRanges(p.text, terms);
    hitCount += count;
    if (!ranges.length || snippets.length >= SNIPPETS_PER_HIT) return;
    const start = Math.max(0, ranges[0]![0] - SNIPPET_BEFORE);
    let end = Math.min(p.text.length, start + SNIPPET_LENGTH);
    // Never cut a hit in half at the end of the window.
    for (const r of ranges) if (r[0] < end && r[1] > end) end = r[1];
    const marks = ranges.filter((r) => r[0] >= start && r[1] <= end).map((r): [number, number] => [r[0] - start, r[1] - start]);
    snippets.push({ text: p.text.slice(start, end), paragraph: i, marks });
  });
  if (!snippets.length && paragraphs[0]) snippets.push({ text: paragraphs[0].text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] });
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
  const page = cands.sort(compareCandidates(opts.sort)).slice(opts.offset, opts.offset + opts.limit);
  const terms = highlightTerms(q);
  const hits: SearchHit[] = page.map((c) => {
    const paragraphs = loadParagraphs(src, c.meta.origin, c.meta.docId) ?? [];
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
  return { total: cands.length, hits, facets, notice: q.notice, tookMs: Math.round((performance.now() - t0) * 100) / 100 };
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
