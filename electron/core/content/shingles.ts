// The two shingle hashes of a body key (dedupe.ts), in one pass: FNV-1a of each 5-character
// shingle (MinHash's) and, continued over the next 3 characters, of each 8-character shingle
// (the excerpt sketch's, excerpt.ts). FNV-1a is sequential, so the 8-character hash at a position
// is the 5-character one carried on: each character is read and multiplied once per position for
// both, not 5 + 8 times.

export const MINHASH_SHINGLE = 5;
export const SKETCH_SHINGLE = 8;
/** The sketch keeps the 8-character shingles whose hash falls in 1/2^SAMPLE_BITS of the space. */
export const SAMPLE_BITS = 4;
const SAMPLE_MASK = (1 << SAMPLE_BITS) - 1;
const BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

export interface ShingleHashes {
  /** The 5-character shingles' hashes (the whole key's when shorter), int32 bits. */
  shingles: Int32Array;
  /** The sampled 8-character hashes / 2^SAMPLE_BITS, each once, in text order. */
  sampled: Set<number>;
}

export function shingleHashes(key: string, withSketch = true): ShingleHashes {
  const len = key.length;
  const n = Math.max(1, len - MINHASH_SHINGLE + 1);
  const shingles = new Int32Array(n);
  const sampled = new Set<number>();
  if (len < MINHASH_SHINGLE) {
    let h = BASIS;
    for (let j = 0; j < len; j++) h = Math.imul(h ^ key.charCodeAt(j), PRIME);
    shingles[0] = h;
    return { shingles, sampled };
  }
  const sketched = withSketch ? len - SKETCH_SHINGLE + 1 : 0; // positions with an 8-character shingle
  for (let i = 0; i < n; i++) {
    let h = Math.imul(BASIS ^ key.charCodeAt(i), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 1), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 2), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 3), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 4), PRIME);
    shingles[i] = h;
    if (i >= sketched) continue;
    h = Math.imul(h ^ key.charCodeAt(i + 5), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 6), PRIME);
    h = Math.imul(h ^ key.charCodeAt(i + 7), PRIME);
    if ((h & SAMPLE_MASK) === 0) sampled.add(h >>> SAMPLE_BITS);
  }
  return { shingles, sampled };
}
