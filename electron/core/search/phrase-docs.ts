// Documents containing an exact phrase (folded, punctuation kept as typed), answered from the
// bigram FTS5 indexes of the bundle and the user database. Used for 提法 occurrences and first use.
import type { SearchSources } from './engine.js';
import { termToFts } from './bigram-tokens.js';
import { hasSearchTables, loadMeta, prefixOf, type DocMeta, type Origin } from './doc-meta.js';
import { stmt } from './stmt-cache.js';
import { foldForSearch } from '../text/normalize.js';

function matchIn(src: SearchSources, origin: Origin, expr: string): DocMeta[] {
  const db = origin === 'bundle' ? src.bundle : src.userDb;
  if (!db || !hasSearchTables(db, origin)) return [];
  const t = `${prefixOf(origin)}search_fts`;
  const ids = JSON.parse(
    stmt(db, `SELECT json_group_array(rowid) FROM ${t} WHERE ${t} MATCH ?`).pluck().get(expr) as string,
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

/** Earliest first (documents without a date last), then by id for a stable order. */
export function byDateAsc(a: { date: string | null; docId: string }, b: { date: string | null; docId: string }) {
  const da = a.date ?? '9999';
  const dbb = b.date ?? '9999';
  return da < dbb ? -1 : da > dbb ? 1 : a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0;
}
