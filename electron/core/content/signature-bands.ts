// Candidate lookup for near-duplicate checks without comparing against every known signature.
// Two signatures of PERMS values are near duplicates when at least `minSame` positions agree, that
// is when at most PERMS - minSame disagree. Cut into PERMS - minSame + 1 bands, such a pair agrees
// on one whole band at least (pigeonhole), so looking up each band of the new signature finds every
// near duplicate: the same answers as the full scan, not LSH's probable ones. A band is keyed by a
// hash of its values; a collision only adds a candidate, which the caller scores in full.
export class SignatureBands {
  private readonly bounds: number[];
  private readonly tables: Map<number, number[]>[];

  constructor(perms: number, minSame: number) {
    const bands = perms - minSame + 1;
    this.bounds = Array.from({ length: bands + 1 }, (_, b) => Math.floor((b * perms) / bands));
    this.tables = Array.from({ length: bands }, () => new Map());
  }

  private key(sig: Uint32Array, band: number): number {
    let h = 0x811c9dc5;
    for (let i = this.bounds[band]!; i < this.bounds[band + 1]!; i++) h = Math.imul(h ^ sig[i]!, 0x01000193);
    return h >>> 0;
  }

  /** Files signature number `at` (numbers increase with each call). */
  add(at: number, sig: Uint32Array): void {
    this.tables.forEach((table, band) => {
      const k = this.key(sig, band);
      const list = table.get(k);
      if (list) list.push(at);
      else table.set(k, [at]);
    });
  }

  /** Numbers of the signatures that share a whole band with this one, in increasing order. */
  candidates(sig: Uint32Array): number[] {
    const found = new Set<number>();
    this.tables.forEach((table, band) => {
      for (const at of table.get(this.key(sig, band)) ?? []) found.add(at);
    });
    return [...found].sort((a, b) => a - b);
  }
}
