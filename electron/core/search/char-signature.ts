// A 256-bit signature of the code units of a text (one bit per unit, hashed): a text whose
// signature lacks a bit of a term cannot hold the term. Snippets of a cached document test each
// paragraph's signature before searching it: the first hits of a two-character term are often
// paragraphs away, and a native indexOf over Chinese text is slow (its first-byte scan stops at
// most characters of a CJK block).

/** Int32 words per signature. */
export const SIGNATURE_WORDS = 8;

const bitOf = (unit: number) => Math.imul(unit, 0x9e3779b1) >>> 24;

/** Sets the signature of `text` in sigs[at … at + SIGNATURE_WORDS). */
export function signText(text: string, sigs: Int32Array, at: number): void {
  for (let i = 0; i < text.length; i++) {
    const b = bitOf(text.charCodeAt(i));
    sigs[at + (b >>> 5)]! |= 1 << (b & 31);
  }
}

/** Whether the signature at `at` holds every unit of `term` (up to its first 8). */
export function mayContain(sigs: Int32Array, at: number, term: string): boolean {
  const n = Math.min(term.length, 8);
  for (let i = 0; i < n; i++) {
    const b = bitOf(term.charCodeAt(i));
    if ((sigs[at + (b >>> 5)]! & (1 << (b & 31))) === 0) return false;
  }
  return true;
}

/** A term's bits as (word, bits) pairs, one per word holding some: tested against many paragraphs'
 * signatures without hashing the term again for each. */
export function termProbe(term: string): Int32Array {
  const words = new Int32Array(SIGNATURE_WORDS);
  const n = Math.min(term.length, 8);
  for (let i = 0; i < n; i++) {
    const b = bitOf(term.charCodeAt(i));
    words[b >>> 5]! |= 1 << (b & 31);
  }
  let n2 = 0;
  for (let w = 0; w < SIGNATURE_WORDS; w++) if (words[w]) n2 += 2;
  const probe = new Int32Array(n2);
  for (let w = 0, k = 0; w < SIGNATURE_WORDS; w++)
    if (words[w]) {
      probe[k++] = w;
      probe[k++] = words[w]!;
    }
  return probe;
}

/** Whether the signature at `at` holds every bit of the probe (as mayContain for its term). */
export function mayContainProbe(sigs: Int32Array, at: number, probe: Int32Array): boolean {
  for (let k = 0; k < probe.length; k += 2) {
    const bits = probe[k + 1]!;
    if ((sigs[at + probe[k]!]! & bits) !== bits) return false;
  }
  return true;
}
