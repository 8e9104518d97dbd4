// Documents containing an exact phrase (folded, punctuation kept as typed), from the search index
// of the bundle and the user database, with their current title and date. Used for 提法
// occurrences and first use.
import type { SearchSources } from './engine.js';
import { evaluate } from './match.js';
import { parsePlain } from './query-parser.js';
import { foldForSearch } from '../text/normalize.js';
import { searchLibrary } from './user-index.js';

export interface PhraseDoc {
  docId: string;
  title: string;
  date: string | null;
  year: number | null;
}

/** Every live document whose title or body contains `phrase`. */
export function docsWithPhrase(src: SearchSources, phrase: string): PhraseDoc[] {
  const term = foldForSearch(phrase).trim();
  if (!term) return [];
  const lib = searchLibrary(src);
  const c = evaluate(lib, { ...parsePlain(''), clauses: [[term]] });
  return Array.from(c.docs, (g) => ({
    docId: lib.docId(g),
    title: lib.title(g),
    date: lib.date(g),
    year: lib.meta.year[g] || null,
  }));
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
