// Documents containing an exact phrase (folded, punctuation kept as typed), answered from the
// bigram FTS5 indexes of the bundle and the user database. Used for 提法 occurrences and first use.
import type { SearchSources } from './engine.js';
import { termToFts } from './bigram-tokens.js';
import { hasSearchTables, loadMeta, schemaOf, type DocMeta, type Origin } from './doc-meta.js';
import { stmt } from './stmt-cache.js';
import { foldForSearch } from '../text/normalize.js';

function matchIn(src: SearchSources, origin: Origin, expr: string): DocMeta[] {
  const db = origin === 'bundle' ? src.bundle : src.userDb;
  if (!db || !hasSearchTables(db, origin)) return [];
  const ids = JSON.parse(
    stmt(db, `SELECT json_group_array(rowid) FROM ${schemaOf(origin)}.search_fts WHERE search_fts MATCH ?`)
      .pluck()
      .get(expr) as string,
  ) as number[];
  const meta = loadMeta(db, origin);
  return ids.map((r) => meta.byRowid.get(r)).filter((m): m is DocMeta => m !== undefined);
}

/** Every document whose title or body contains `phrase` (folded for search, not otherwise changed). */
export function docsWithPhrase(src: SearchSources, phrase: string): DocMeta[] {
  const expr = termToFts(foldForSearch(phrase));
  if (!expr) return [];
  return [...matchIn(src, 'bundle', expr), ...matchIn(src, 'user', expr)];
}

/** Dates of different precision (`2024`, `2024-03-05`) compare on what both say, so a year-only
 * date is not taken for the earliest of its year; missing dates sort last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Earliest first; on a tie the more precisely dated document, then by id for a stable order. */
export function byDateAsc(a: { date: string | null; docId: string }, b: { date: string | null; docId: string }) {
  return (
    compareDates(a.date, b.date) ||
    (b.date?.length ?? 0) - (a.date?.length ?? 0) ||
    (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0)
  );
}
