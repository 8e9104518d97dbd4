// Duplicate detection: exact (hash of the folded, whitespace- and punctuation-free body) and
// near-duplicate (MinHash over character 5-gram shingles, estimated Jaccard similarity).
import { createHash } from 'node:crypto';
import { foldForSearch } from '../text/normalize.js';
import { classRemover } from '../text/strip-class.js';
import { ExcerptIndex, sketchOfSamples, type FrozenSketches } from './excerpt.js';
import { shingleHashes } from './shingles.js';
import { SignatureBands } from './signature-bands.js';

const stripSpacesAndPunctuation = classRemover('[\\s\\p{P}\\p{S}]');

export function bodyKey(text: string): string {
  return stripSpacesAndPunctuation(foldForSearch(text));
}

export function exactHash(text: string): string {
  return createHash('sha256').update(bodyKey(text)).digest('hex');
}

const PERMS = 64;
const TOP = 0x80000000 | 0;
// Fixed odd multipliers/offsets so signatures are stable across runs and processes.
const A = Int32Array.from({ length: PERMS }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
// Offsets with their top bit flipped (see minhashOfShingles).
const B = Int32Array.from({ length: PERMS }, (_, i) => Math.imul(i + 7, 0x85ebca6b) ^ TOP);

export type Signature = Uint32Array;

export function minhash(text: string): Signature {
  return minhashOfShingles(shingleHashes(bodyKey(text), false).shingles);
}

function minhashOfShingles(shingles: Int32Array): Signature {
  const n = shingles.length;
  // Per four permutations a tight loop over the shingles' hashes (fewer passes over them, same
  // minima). The minima are taken in int32 arithmetic on the values with their top bit flipped,
  // which orders them as the unsigned values they stand for (no conversion to a double per step);
  // (a·s + b) ^ TOP = a·s + (b ^ TOP) modulo 2^32: adding the top bit only flips it.
  const sig = new Uint32Array(PERMS);
  for (let p = 0; p < PERMS; p += 4) {
    const a0 = A[p]!;
    const a1 = A[p + 1]!;
    const a2 = A[p + 2]!;
    const a3 = A[p + 3]!;
    const b0 = B[p]!;
    const b1 = B[p + 1]!;
    const b2 = B[p + 2]!;
    const b3 = B[p + 3]!;
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const s = shingles[i]!;
      const v0 = (Math.imul(a0, s) + b0) | 0;
      const v1 = (Math.imul(a1, s) + b1) | 0;
      const v2 = (Math.imul(a2, s) + b2) | 0;
      const v3 = (Math.imul(a3, s) + b3) | 0;
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    sig[p] = (min0 ^ TOP) >>> 0;
    sig[p + 1] = (min1 ^ TOP) >>> 0;
    sig[p + 2] = (min2 ^ TOP) >>> 0;
    sig[p + 3] = (min3 ^ TOP) >>> 0;
  }
  return sig;
}

export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < PERMS; i++) if (a[i] === b[i]) same++;
  return same / PERMS;
}

export const NEAR_DUPLICATE = 0.8;
/** Positions that must agree for similarity ≥ NEAR_DUPLICATE (52 of 64). */
const MIN_SAME = Math.ceil(NEAR_DUPLICATE * PERMS - 1e-9);

/** What the near-duplicate and excerpt checks need of a text, computed once and persisted
 * (content/fingerprints.ts) so they need not be recomputed from the text. */
export interface Fingerprint {
  sig: Signature;
  sketch: Uint32Array;
}

export function fingerprint(text: string): Fingerprint {
  return fingerprintOfFolded(foldForSearch(text));
}

/** fingerprint of a text given folded (foldForSearch): an import folds each body once, for this
 * and for the search index. */
export function fingerprintOfFolded(folded: string): Fingerprint {
  const { shingles, sampled } = shingleHashes(stripSpacesAndPunctuation(folded));
  return { sig: minhashOfShingles(shingles), sketch: sketchOfSamples(sampled) };
}

/** Index of known documents for duplicate checks during an import or build. */
export class DuplicateIndex {
  private hashes = new Map<string, string>();
  private sigs: { id: string; sig: Signature }[] = [];
  /** Built on the first lookup and kept up to date; dropped when a document is removed. */
  private bands: SignatureBands | null = null;
  private excerpts = new ExcerptIndex();
  private prints = new Map<string, Fingerprint>();

  add(id: string, hash: string, text: string | null): void {
    this.addFingerprint(id, hash, text === null ? null : fingerprint(text));
  }

  /** Adds a document whose fingerprint was computed before (persisted, or by the caller). */
  addFingerprint(id: string, hash: string, fp: Fingerprint | null): void {
    this.hashes.set(hash, id);
    if (!fp) return;
    this.bands?.add(this.sigs.length, fp.sig);
    this.sigs.push({ id, sig: fp.sig });
    this.excerpts.addSketch(id, fp.sketch);
    this.prints.set(id, fp);
  }

  /** Adds a library's stored fingerprints at once: exact hashes, signatures (64 per document) and
   * excerpt sketches already in lookup order. */
  addLibrary(ids: string[], hashes: string[], sigs: Uint32Array, sketches: FrozenSketches): void {
    ids.forEach((id, i) => {
      this.hashes.set(hashes[i]!, id);
      const sig = sigs.subarray(i * PERMS, (i + 1) * PERMS);
      this.bands?.add(this.sigs.length, sig);
      this.sigs.push({ id, sig });
    });
    this.excerpts.addFrozen(sketches);
  }

  /** Every known document with its fingerprint (to persist them). */
  entries(): { id: string; hash: string; fp: Fingerprint | null }[] {
    return [...this.hashes].map(([hash, id]) => ({ id, hash, fp: this.prints.get(id) ?? null }));
  }

  remove(id: string): void {
    for (const [h, v] of this.hashes) if (v === id) this.hashes.delete(h);
    this.sigs = this.sigs.filter((s) => s.id !== id);
    this.bands = null;
    this.excerpts.remove(id);
    this.prints.delete(id);
  }

  /** The known document a text is a large excerpt (节选) of, by its fingerprint's sketch:
   * containment, not similarity. */
  excerptOf(sketch: Uint32Array): { id: string; contained: number } | null {
    return this.excerpts.containerOf(sketch);
  }

  /** The id of an existing document this one duplicates, with the kind of match. */
  find(hash: string, text: string): { id: string; kind: 'exact' | 'near'; score: number } | null {
    return this.findSignature(hash, () => minhash(text));
  }

  private bandsOf(): SignatureBands {
    if (!this.bands) {
      this.bands = new SignatureBands(PERMS, MIN_SAME, this.sigs.length);
      this.sigs.forEach((s, at) => this.bands!.add(at, s.sig));
    }
    return this.bands;
  }

  /** Like find, with the signature computed by the caller (only when no exact match). */
  findSignature(
    hash: string,
    signature: () => Signature,
  ): { id: string; kind: 'exact' | 'near'; score: number } | null {
    const exact = this.hashes.get(hash);
    if (exact) return { id: exact, kind: 'exact', score: 1 };
    const sig = signature();
    let best: { id: string; kind: 'near'; score: number } | null = null;
    for (const at of this.bandsOf().candidates(sig)) {
      const s = this.sigs[at]!;
      const score = similarity(sig, s.sig);
      if (score >= NEAR_DUPLICATE && (!best || score > best.score)) best = { id: s.id, kind: 'near', score };
    }
    return best;
  }
}
