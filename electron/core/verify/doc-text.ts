// A document's text as the verifier and the comparison read it: the row (through the library
// services, so user overrides apply) and each paragraph's comparison key, cached by content hash.
import type { Paragraph } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { findRow, type DocRow } from '../services/library-rows.js';
import { comparisonKey, type ComparisonKey } from '../text/normalize.js';

export interface DocText {
  row: DocRow;
  paragraphs: Paragraph[];
  keys: ComparisonKey[];
  /** All paragraph keys joined by SEP, and where each paragraph starts in it. */
  joined: string;
  starts: number[];
}

/** Never a key character, so no match runs across two paragraphs. */
export const SEP = '\n';
const MAX_CACHED = 300;
const cache = new Map<string, { hash: string; keys: ComparisonKey[]; joined: string; starts: number[] }>();

export function loadDocText(ctx: CoreContext, docId: string): DocText | null {
  const row = findRow(ctx, docId);
  if (!row) return null;
  const paragraphs = JSON.parse(row.paragraphs) as Paragraph[];
  let hit = cache.get(docId);
  if (!hit || hit.hash !== row.hash) {
    const keys = paragraphs.map((p) => comparisonKey(p.text));
    const starts: number[] = [];
    let at = 0;
    for (const k of keys) {
      starts.push(at);
      at += k.key.length + 1;
    }
    hit = { hash: row.hash, keys, joined: keys.map((k) => k.key).join(SEP), starts };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  } else cache.delete(docId); // re-insert below: most recently used last
  cache.set(docId, hit);
  return { row, paragraphs, keys: hit.keys, joined: hit.joined, starts: hit.starts };
}

/** The paragraph holding position `pos` of `joined`. */
export function paragraphAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
