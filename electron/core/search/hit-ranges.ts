// Finds every occurrence of the query terms in a text (folded on the fly), returning merged
// [start, end) ranges in the ORIGINAL text: foldForSearch is length-preserving, so offsets map 1:1.
import { foldForSearch } from '../text/normalize.js';

export type Range = [number, number];

/** Occurrences of folded terms in already-folded text, merged and sorted. Non-overlapping per term. */
export function rangesInFolded(folded: string, terms: string[]): { ranges: Range[]; count: number } {
  const raw: Range[] = [];
  for (const t of terms) {
    if (!t) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(t, from);
      if (at < 0) break;
      raw.push([at, at + t.length]);
      from = at + t.length;
    }
  }
  const count = raw.length;
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ranges: Range[] = [];
  for (const r of raw) {
    const last = ranges[ranges.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else ranges.push([r[0], r[1]]);
  }
  return { ranges, count };
}

export function findRanges(text: string, terms: string[]): { ranges: Range[]; count: number } {
  return rangesInFolded(foldForSearch(text), terms);
}
