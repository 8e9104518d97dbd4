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
  const byId = (a: number, b: number) => {
    const x = lib.docId(a);
    const y = lib.docId(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  if (sort === 'date')
    return (a, b) => dateKey[b]! - dateKey[a]! || titleHits[b]! - titleHits[a]! || score[b]! - score[a]! || byId(a, b);
  return (a, b) => titleHits[b]! - titleHits[a]! || score[b]! - score[a]! || dateKey[b]! - dateKey[a]! || byId(a, b);
}

/** The first k items in sorted order without sorting everything (k is a page, n can be 50,000). */
export function topK<T>(items: ArrayLike<T>, cmpFn: (a: T, b: T) => number, k: number): T[] {
  if (k * 8 >= items.length) return Array.from(items).sort(cmpFn).slice(0, k);
  const best: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
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
