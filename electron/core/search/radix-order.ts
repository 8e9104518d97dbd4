// Stable LSD radix sort of three parallel Int32Array columns by the first. The index builder sorts
// each batch of pair occurrences (pair, document, offset) by pair so that it visits a key's state
// once per batch instead of once per occurrence: random access per occurrence dominated the build.

export type Columns = [Int32Array, Int32Array, Int32Array];

/** An Int32Array twice as long with `a` at its start. */
export function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Queued pair occurrences (pair, document, offset) in text order, with scratch for the sort. */
export class PairQueue {
  cols: Columns = [new Int32Array(1 << 14), new Int32Array(1 << 14), new Int32Array(1 << 14)];
  private spare: Columns = [new Int32Array(1 << 14), new Int32Array(1 << 14), new Int32Array(1 << 14)];
  n = 0;

  grow(): void {
    this.cols = [grown(this.cols[0]), grown(this.cols[1]), grown(this.cols[2])];
    const n = this.cols[0].length;
    this.spare = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  }

  /** Sorts the queued rows by pair (radixSortByPair, numbers below `base`); they stay in cols. */
  sort(base: number): void {
    radixSortByPair(this.cols, this.spare, this.n, base);
  }
}

/** Sorts the first `n` rows of `cols` by `cols[0]`, a pair of numbers below `base` (≤ 2^16) as
 * high << 16 | low, stably, in two passes (low, then high) of `base` buckets (a few thousand
 * characters: the counts and the write heads stay in L1/L2), using `spare` (columns at least as
 * long) as scratch. The result is in `cols`. */
export function radixSortByPair(cols: Columns, spare: Columns, n: number, base: number): void {
  const counts = new Int32Array(base);
  pass(cols, spare, n, counts, 0);
  pass(spare, cols, n, counts, 16);
}

/** One stable counting pass from `from` into `to` by the digit (key >>> shift) & 0xffff. */
function pass(from: Columns, to: Columns, n: number, counts: Int32Array, shift: number): void {
  const [k1, a1, b1] = from;
  const [k2, a2, b2] = to;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(k1[i]! >>> shift) & 0xffff]!++;
  let sum = 0;
  for (let b = 0; b < counts.length; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const k = k1[i]!;
    const at = counts[(k >>> shift) & 0xffff]!++;
    k2[at] = k;
    a2[at] = a1[i]!;
    b2[at] = b1[i]!;
  }
}
