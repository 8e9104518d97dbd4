// Excerpt (节选) detection by containment, not similarity: a short document made of passages of a
// long one scores low on Jaccard similarity but high on containment |A∩B|/|A|. Each document is
// sketched by the 8-character shingles whose hash falls in a fixed 1/16 of the hash space (content-
// defined sampling, so the same passage selects the same shingles in both documents); an inverted
// index from sampled shingle to documents answers a lookup in time linear in the new document.
import { bodyKey } from './dedupe.js';
import { lowerBound } from '../../shared/lower-bound.js';
import { SAMPLE_BITS, shingleHashes } from './shingles.js';

/** At least this share of the new text must lie inside one library document. */
export const EXCERPT_CONTAINMENT = 0.8;
/** …and that document must be clearly longer, or it is a (near-)duplicate instead. */
const LONGER = 1.3;
/** Sketches smaller than this (≈ 250 characters of text) are too short to call an excerpt. */
const MIN_SAMPLES = 15;

/** The sampled shingle hashes of a text's body key (bodyKey), each once, in text order. */
export function sketchOfKey(key: string): Uint32Array {
  return sketchOfSamples(shingleHashes(key).sampled);
}

/** The sketch of sampled hashes (shingles.ts). They are kept as h / 2^SAMPLE_BITS while sampling,
 * which fits a small integer: a hash of 32 bits does not, and a set of such numbers boxes each one. */
export function sketchOfSamples(sampled: Set<number>): Uint32Array {
  const sketch = new Uint32Array(sampled.size);
  let k = 0;
  for (const q of sampled) sketch[k++] = q * 2 ** SAMPLE_BITS;
  return sketch;
}

/** A text's sketch as stored with its duplicate fingerprint. */
export function sketchOf(text: string): Uint32Array {
  return sketchOfKey(bodyKey(text));
}

/** Sketches of many documents as one sorted list of (hash, document) pairs: what a library's
 * stored fingerprints hold, so loading them builds no map (a lookup is a binary search). */
export interface FrozenSketches {
  ids: string[];
  sizes: Int32Array;
  hashes: Uint32Array;
  docs: Int32Array;
}

export function freezeSketches(entries: { id: string; sketch: Uint32Array }[]): FrozenSketches {
  const total = entries.reduce((n, e) => n + e.sketch.length, 0);
  const pairs = new Float64Array(total);
  let k = 0;
  entries.forEach((e, i) => {
    for (const h of e.sketch) pairs[k++] = h * 2 ** 21 + i;
  });
  pairs.sort();
  return {
    ids: entries.map((e) => e.id),
    sizes: Int32Array.from(entries, (e) => e.sketch.length),
    hashes: Uint32Array.from(pairs, (p) => Math.floor(p / 2 ** 21)),
    docs: Int32Array.from(pairs, (p) => p % 2 ** 21),
  };
}

export class ExcerptIndex {
  /** Documents per sampled hash, keyed by hash / 2^SAMPLE_BITS (a small integer, see sketchOfSamples). */
  private postings = new Map<number, string[]>();
  private sizes = new Map<string, number>();
  private frozen: FrozenSketches[] = [];
  private gone = new Set<string>();

  /** Adds a library's stored sketches at once. */
  addFrozen(f: FrozenSketches): void {
    this.frozen.push(f);
  }

  add(id: string, text: string): void {
    this.addSketch(id, sketchOf(text));
  }

  /** Adds a document by its stored sketch (no text needed). */
  addSketch(id: string, s: Uint32Array): void {
    this.sizes.set(id, s.length);
    for (let i = 0; i < s.length; i++) {
      const q = s[i]! >>> SAMPLE_BITS;
      const list = this.postings.get(q);
      if (list) list.push(id);
      else this.postings.set(q, [id]);
    }
  }

  remove(id: string): void {
    this.gone.add(id);
    if (!this.sizes.delete(id)) return;
    for (const [h, list] of this.postings) {
      const rest = list.filter((x) => x !== id);
      if (rest.length) this.postings.set(h, rest);
      else this.postings.delete(h);
    }
  }

  /** The library document a text is an excerpt of, with the contained share, or null; the text is
   * given by its sketch (sketchOf). */
  containerOf(s: Uint32Array): { id: string; contained: number } | null {
    if (s.length < MIN_SAMPLES) return null;
    const hits = new Map<string, number>();
    const frozenSizes = new Map<string, number>();
    for (let i = 0; i < s.length; i++)
      for (const id of this.postings.get(s[i]! >>> SAMPLE_BITS) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const f of this.frozen)
      for (const h of s)
        for (let i = lowerBound(f.hashes, h); i < f.hashes.length && f.hashes[i] === h; i++) {
          const id = f.ids[f.docs[i]!]!;
          if (this.gone.has(id)) continue;
          hits.set(id, (hits.get(id) ?? 0) + 1);
          frozenSizes.set(id, f.sizes[f.docs[i]!]!);
        }
    let best: { id: string; contained: number } | null = null;
    for (const [id, n] of hits) {
      const contained = n / s.length;
      const size = this.sizes.get(id) ?? frozenSizes.get(id) ?? 0;
      if (contained < EXCERPT_CONTAINMENT || size < LONGER * s.length) continue;
      if (!best || contained > best.contained) best = { id, contained };
    }
    return best;
  }
}
