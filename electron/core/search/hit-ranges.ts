// Finds every occurrence of the query terms in a text (folded on the fly), returning merged
// [start, end) ranges in the ORIGINAL text: folding is length-preserving, so offsets map 1:1.
// Terms are matched on the folded code units themselves: snippets scan a dozen paragraphs per
// hit, and making a folded string of each cost more than the matching.
import { foldUnits, unitsFoldingTo } from '../text/normalize.js';

export type Range = [number, number];

/** Start of the first occurrence of `term` in units[from, n), or -1. */
function indexIn(units: Uint16Array, n: number, term: string, from: number): number {
  const first = term.charCodeAt(0);
  const last = n - term.length;
  outer: for (let i = from; i <= last; i++) {
    if (units[i] !== first) continue;
    for (let k = 1; k < term.length; k++) if (units[i + k] !== term.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** Occurrences of folded terms in folded units, merged and sorted. Non-overlapping per term. */
function rangesInUnits(units: Uint16Array, n: number, terms: string[]): { ranges: Range[]; count: number } {
  let raw: Range[] | null = null;
  for (const t of terms) {
    if (!t) continue;
    for (let at = indexIn(units, n, t, 0); at >= 0; at = indexIn(units, n, t, at + t.length))
      (raw ??= []).push([at, at + t.length]);
  }
  if (!raw) return { ranges: [], count: 0 };
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

/** Whether the text holds a unit that folds to the first unit of one of the terms. Most
 * paragraphs of a matching document hold no hit; a native indexOf per form turns them away
 * without folding them. */
function mayHold(text: string, terms: string[]): boolean {
  for (const t of terms) {
    if (!t) continue;
    for (const form of unitsFoldingTo(t.charCodeAt(0))) if (text.includes(form)) return true;
  }
  return false;
}

/** Hits of already-folded terms in `text`. */
export function findRanges(text: string, terms: string[]): { ranges: Range[]; count: number } {
  return terms.length && mayHold(text, terms)
    ? rangesInUnits(foldUnits(text), text.length, terms)
    : { ranges: [], count: 0 };
}
