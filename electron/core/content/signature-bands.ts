// Candidate lookup for near-duplicate checks without comparing against every known signature.
// Two signatures of PERMS values are near duplicates when at least `minSame` positions agree, that
// is when at most PERMS - minSame disagree. Cut into PERMS - minSame + 1 bands, such a pair agrees
// on one whole band at least (pigeonhole), so looking up each band of the new signature finds every
// near duplicate: the same answers as the full scan, not LSH's probable ones. A band is keyed by a
// hash of its values; a collision only adds a candidate, which the caller scores in full.
// Entries live in typed arrays chained by hash slot: filing a 10,000-document library's 130,000
// band keys takes milliseconds and makes no garbage (a Map of arrays took 60 ms).
export class SignatureBands {
  private readonly bounds: number[];
  private readonly bands: number;
  /** Entry e = signature (e / bands) in band (e % bands): its key and the next entry in its slot. */
  private keys = new Uint32Array(0);
  private next = new Int32Array(0);
  private head = new Int32Array(0);
  private entries = 0;

  /** `expected`: signatures about to be filed (room is made for them at once). */
  constructor(perms: number, minSame: number, expected = 0) {
    this.bands = perms - minSame + 1;
    this.bounds = Array.from({ length: this.bands + 1 }, (_, b) => Math.floor((b * perms) / this.bands));
    this.grow(expected * this.bands);
  }

  private key(sig: Uint32Array, band: number): number {
    let h = 0x811c9dc5;
    for (let i = this.bounds[band]!; i < this.bounds[band + 1]!; i++) h = Math.imul(h ^ sig[i]!, 0x01000193);
    return h >>> 0;
  }

  private slot(key: number, band: number): number {
    return (Math.imul(key ^ band, 0x9e3779b1) >>> 0) & (this.head.length - 1);
  }

  private link(e: number): void {
    const s = this.slot(this.keys[e]!, e % this.bands);
    this.next[e] = this.head[s]!;
    this.head[s] = e;
  }

  private grow(entries: number): void {
    let size = Math.max(1024, this.head.length);
    while (size < entries * 2) size *= 2;
    if (size === this.head.length) return;
    const keys = new Uint32Array(size);
    keys.set(this.keys.subarray(0, this.entries));
    this.keys = keys;
    this.next = new Int32Array(size);
    this.head = new Int32Array(size).fill(-1);
    for (let e = 0; e < this.entries; e++) this.link(e);
  }

  /** Files signature number `at`; numbers are 0, 1, 2… in the order of the calls. */
  add(at: number, sig: Uint32Array): void {
    if (at * this.bands !== this.entries) throw new Error('signatures must be numbered in order');
    this.grow(this.entries + this.bands);
    for (let b = 0; b < this.bands; b++) {
      const e = this.entries++;
      this.keys[e] = this.key(sig, b);
      this.link(e);
    }
  }

  /** Numbers of the signatures that share a whole band with this one, in increasing order. */
  candidates(sig: Uint32Array): number[] {
    const found = new Set<number>();
    if (!this.entries) return [];
    for (let b = 0; b < this.bands; b++) {
      const k = this.key(sig, b);
      for (let e = this.head[this.slot(k, b)]!; e >= 0; e = this.next[e]!)
        if (this.keys[e] === k && e % this.bands === b) found.add((e / this.bands) | 0);
    }
    return [...found].sort((a, b) => a - b);
  }
}
