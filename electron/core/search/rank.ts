// Ranking. Relevance = documents with the query in the title first (the more clauses the better),
// then the hits in the text: per clause idf × tf·(k1+1)/(tf + k1·norm), where norm grows with the
// document's length above the library's average but never drops below 1 for shorter documents,
// so a 500-character note with one hit does not outrank a report with eight (BM25's usual
// normalisation favours short documents). Ties: newer first, then id. Date order: newest first,
// relevance within a date.
import type { Candidates } from './match.js';
import type { LibraryIndex } from './library-index.js';

export const K1 = 1.2;
/** How much longer-than-average documents are discounted (BM25's b, applied above average only). */
export const B = 0.5;

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function bodyScore(tf: number, len: number, avgLen: number): number {
  const norm = 1 - B + B * Math.max(1, len / avgLen);
  return (tf * (K1 + 1)) / (tf + K1 * norm);
}

export type SortOrder = 'relevance' | 'date';

export function comparator(lib: LibraryIndex, c: Candidates, sort: SortOrder): (a: number, b: number) => number {
  const { dateKey } = lib.meta;
  const { score, titleHits } = c;
  // Anonymous: a named closure is renamed at each call under tsx (esbuild's keepNames).
  if (sort === 'date')
    return (a, b) =>
      dateKey[b]! - dateKey[a]! || titleHits[b]! - titleHits[a]! || score[b]! - score[a]! || byId(lib, a, b);
  return (a, b) =>
    titleHits[b]! - titleHits[a]! || score[b]! - score[a]! || dateKey[b]! - dateKey[a]! || byId(lib, a, b);
}

function byId(lib: LibraryIndex, a: number, b: number): number {
  const x = lib.docId(a);
  const y = lib.docId(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The result page: the first `k` candidates in the chosen order. Most candidates are turned away
 * by comparing their first sort key (title hits and score, or date) with the page's last entry;
 * only the rest meet the full comparison (at 50 M characters a common character has 45,000). */
export function pageOf(lib: LibraryIndex, c: Candidates, sort: SortOrder, k: number): number[] {
  const cmp = comparator(lib, c, sort);
  const { score, titleHits } = c;
  const { dateKey } = lib.meta;
  const worse =
    sort === 'date'
      ? (g: number, w: number) => dateKey[g]! < dateKey[w]!
      : (g: number, w: number) =>
          titleHits[g]! < titleHits[w]! || (titleHits[g] === titleHits[w] && score[g]! < score[w]!);
  const best: number[] = [];
  for (let i = 0; i < c.docs.length; i++) {
    const g = c.docs[i]!;
    if (best.length === k && (worse(g, best[k - 1]!) || cmp(g, best[k - 1]!) >= 0)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(best[mid]!, g) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, g);
    if (best.length > k) best.pop();
  }
  return best;
}
