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

/** Occurrences found by `find(term, from)`, merged and sorted. Non-overlapping per term. */
function collect(terms: string[], find: (term: string, from: number) => number): { ranges: Range[]; count: number } {
  if (terms.length === 1) return collectOne(terms[0]!, find);
  let raw: Range[] | null = null;
  for (const t of terms) {
    if (!t) continue;
    for (let at = find(t, 0); at >= 0; at = find(t, at + t.length)) (raw ??= []).push([at, at + t.length]);
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

/** collect for one term: its occurrences come in order, so they are merged as found (no sort). */
function collectOne(t: string, find: (term: string, from: number) => number): { ranges: Range[]; count: number } {
  let at = t ? find(t, 0) : -1;
  if (at < 0) return { ranges: [], count: 0 };
  const ranges: Range[] = [];
  let count = 0;
  for (; at >= 0; at = find(t, at + t.length)) {
    count++;
    const last = ranges[ranges.length - 1];
    if (last && at <= last[1]) last[1] = Math.max(last[1], at + t.length);
    else ranges.push([at, at + t.length]);
  }
  return { ranges, count };
}

/** Occurrences of folded terms in folded units. */
function rangesInUnits(units: Uint16Array, n: number, terms: string[]): { ranges: Range[]; count: number } {
  return collect(terms, (t, from) => indexIn(units, n, t, from));
}

/** Which hits a caller needs: ranges starting `reach` units or more after the window's start (the
 * first hit less `before`) are not listed (a snippet never shows them); without `counted` the
 * search ends there, else the rest is only counted. The full list by default. */
export interface Reach {
  before: number;
  reach: number;
  counted: boolean;
}
const ALL: Reach = { before: 0, reach: Infinity, counted: true };

/** A folded text whose last search is remembered: a paragraph's hits are searched for up to its
 * end, and a search for a term found only in a later paragraph runs on to that one, which the next
 * search (from the next paragraph) would find again by reading the same text. */
export class FoldedText {
  private term: string | null = null;
  private from = 0;
  private at = -1;
  constructor(readonly text: string) {}
  forget(): void {
    this.term = null;
  }
  /** text.indexOf(t, from). */
  indexOf(t: string, from: number): number {
    // No occurrence in [this.from, this.at): from anywhere in it up to this.at the answer is the same.
    if (t === this.term && from >= this.from && (this.at < 0 || from <= this.at)) return this.at;
    this.term = t;
    this.from = from;
    return (this.at = this.text.indexOf(t, from));
  }
}

/** Hits of already-folded terms in folded[from, to) (a cached paragraph), as offsets from `from`:
 * native indexOf. One term (the usual query) is matched in a loop of its own: through collect's
 * closure it cost three times the searching; and only as far as `want` needs (a common character
 * holds dozens of hits per paragraph, of which a snippet shows the first few). */
export function rangesInFolded(
  folded: string | FoldedText,
  from: number,
  to: number,
  terms: string[],
  want: Reach = ALL,
): { ranges: Range[]; count: number } {
  const f = typeof folded === 'string' ? new FoldedText(folded) : folded;
  if (terms.length !== 1) {
    const find = (t: string, at: number) => {
      const i = f.text.indexOf(t, from + at);
      return i >= 0 && i + t.length <= to ? i - from : -1;
    };
    return collect(terms, find);
  }
  const t = terms[0]!;
  const ranges: Range[] = [];
  let count = 0;
  if (!t) return { ranges, count };
  const len = t.length;
  let end = -1;
  let limit = Infinity;
  // Occurrences of one term do not overlap: one starting where the last ended is merged with it.
  let at = f.indexOf(t, from);
  for (; at >= 0 && at + len <= to; at = f.indexOf(t, at + len)) {
    const rel = at - from;
    if (rel === end) ranges[ranges.length - 1]![1] = end = rel + len;
    else if (rel >= limit)
      break; // past the window and apart from the last range: never shown
    else {
      if (ranges.length === 0) limit = Math.max(0, rel - want.before) + want.reach;
      ranges.push([rel, (end = rel + len)]);
    }
    count++;
  }
  // The rest is counted only (the caller goes on reading while hits are left).
  if (want.counted) for (; at >= 0 && at + len <= to; at = f.indexOf(t, at + len)) count++;
  return { ranges, count };
}

/** Whether the text holds a unit that folds to the first unit of one of the terms. Most
 * paragraphs of a matching document hold no hit; a native indexOf per form turns them away
 * without folding them. */
export function mayHold(text: string, terms: string[]): boolean {
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
