// Stable LSD radix sort of three parallel Int32Array columns by the first (an unsigned 32-bit key).
// The index builder sorts each batch of pair occurrences (key, document, offset) by key so that it
// visits a key's state once per batch instead of once per occurrence: random access per
// occurrence dominated the build.

const BITS = 11; // 2,048 buckets: the counts and the write heads stay in L1/L2
const MASK = (1 << BITS) - 1;

export type Columns = [Int32Array, Int32Array, Int32Array];

/** Sorts the first `n` rows of `cols` by `cols[0]` read as unsigned (every key ≤ maxKey, an
 * unsigned 32-bit value), stably, using `spare`
 * (columns at least as long) as scratch. Returns whichever of the two sets holds the result. */
export function radixSortByKey(cols: Columns, spare: Columns, n: number, maxKey: number): Columns {
  let [k1, a1, b1] = cols;
  let [k2, a2, b2] = spare;
  const counts = new Int32Array(1 << BITS);
  let swapped = false;
  for (let shift = 0; shift === 0 || (shift < 32 && maxKey >>> shift > 0); shift += BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(k1[i]! >>> shift) & MASK]!++;
    let sum = 0;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = k1[i]!;
      const at = counts[(k >>> shift) & MASK]!++;
      k2[at] = k;
      a2[at] = a1[i]!;
      b2[at] = b1[i]!;
    }
    [k1, a1, b1, k2, a2, b2] = [k2, a2, b2, k1, a1, b1];
    swapped = !swapped;
  }
  return swapped ? spare : cols;
}
