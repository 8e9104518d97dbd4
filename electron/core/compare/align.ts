// Sentence alignment of two documents that survives reordering: identical sentences (same
// comparison key) pair first wherever they are; the rest pair by bigram similarity (Dice ≥ MIN),
// best pairs first. Paragraphs then pair by the sentences they share, and the side-by-side rows
// follow the newer document's order with the older document's unpaired paragraphs slotted in
// after their predecessor (sharing a row with an unpaired newer paragraph that follows).
import type { DocUnits, Unit } from './units.js';

export const MIN_SIMILARITY = 0.5;

export interface SentencePairs {
  /** newer sentence id → older sentence id */
  newToOld: Map<number, number>;
  oldToNew: Map<number, number>;
  /** Pairs whose keys differ (changed sentences). */
  changed: Set<number>;
}

function bigrams(key: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < key.length; i++) {
    const g = key.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function pairSentences(older: Unit[], newer: Unit[]): SentencePairs {
  const newToOld = new Map<number, number>();
  const oldToNew = new Map<number, number>();
  const byKey = new Map<string, number[]>();
  for (const o of older) if (o.key) push(byKey, o.key, o.id);
  for (const n of newer) {
    const o = byKey.get(n.key)?.shift();
    if (o !== undefined) {
      newToOld.set(n.id, o);
      oldToNew.set(o, n.id);
    }
  }
  // Fuzzy pairs among the rest, through an inverted index of the older sentences' bigrams.
  const grams = new Map<number, Map<string, number>>();
  const index = new Map<string, number[]>();
  for (const o of older) {
    if (oldToNew.has(o.id) || o.key.length < 2) continue;
    const g = bigrams(o.key);
    grams.set(o.id, g);
    for (const k of g.keys()) push(index, k, o.id);
  }
  const scored: [number, number, number][] = [];
  for (const n of newer) {
    if (newToOld.has(n.id) || n.key.length < 2) continue;
    const ng = bigrams(n.key);
    const shared = new Map<number, number>();
    for (const [k, c] of ng)
      for (const o of index.get(k) ?? []) shared.set(o, (shared.get(o) ?? 0) + Math.min(c, grams.get(o)!.get(k)!));
    const nTotal = n.key.length - 1;
    for (const [o, s] of shared) {
      const dice = (2 * s) / (nTotal + older[o]!.key.length - 1);
      if (dice >= MIN_SIMILARITY) scored.push([dice, n.id, o]);
    }
  }
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const changed = new Set<number>();
  for (const [, n, o] of scored) {
    if (newToOld.has(n) || oldToNew.has(o)) continue;
    newToOld.set(n, o);
    oldToNew.set(o, n);
    changed.add(n);
  }
  return { newToOld, oldToNew, changed };
}

/** Paragraph pairs (newer → older), one to one, by the characters of the sentences they share. */
export function pairParagraphs(older: DocUnits, newer: DocUnits, pairs: SentencePairs): Map<number, number> {
  const weight = new Map<string, number>();
  for (const [n, o] of pairs.newToOld) {
    const k = `${newer.sentences[n]!.paragraph}:${older.sentences[o]!.paragraph}`;
    weight.set(k, (weight.get(k) ?? 0) + newer.sentences[n]!.key.length + 1);
  }
  const ranked = [...weight].sort((a, b) => b[1] - a[1]);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const [k] of ranked) {
    const [n, o] = k.split(':').map(Number) as [number, number];
    if (out.has(n) || used.has(o)) continue;
    out.set(n, o);
    used.add(o);
  }
  return out;
}

/** Rows of [older paragraph | null, newer paragraph | null] in reading order. */
export function paragraphRows(olderCount: number, newerCount: number, paraPairs: Map<number, number>) {
  const rows: [number | null, number | null][] = [];
  for (let n = 0; n < newerCount; n++) rows.push([paraPairs.get(n) ?? null, n]);
  const placed = new Set(paraPairs.values());
  for (let o = 0; o < olderCount; o++) {
    if (placed.has(o)) continue;
    // After the row holding the closest older paragraph before it (or at the top).
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const ro = rows[r]![0];
      if (ro !== null && ro < o) at = r + 1;
    }
    rows.splice(at, 0, [o, null]);
    placed.add(o);
  }
  // A dropped paragraph right before a new one shares its row: rewritten passages side by side.
  const out: [number | null, number | null][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === null && r[0] === null && last[0] !== null) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}
