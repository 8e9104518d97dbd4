// Integer ids for index keys while building: a BMP character is its own code (0…65535); bigrams
// of BMP characters go through an open-addressing hash of the 32-bit pair (no string per
// occurrence, which dominated build time); anything with a supplementary character uses a Map.

const UNIGRAMS = 0x10000;

export class KeyTable {
  // [pair, id] interleaved so a probe touches one cache line; id -1 = empty slot.
  private table = KeyTable.emptyTable(1 << 16);
  private used = 0;
  private shift = 16; // 32 - log2(slots.length): the hash's top bits pick the slot
  private other = new Map<string, number>();
  /** Key string per id at or above UNIGRAMS. */
  readonly names: string[] = [];

  get size(): number {
    return UNIGRAMS + this.names.length;
  }

  /** Id of a one-character key (code point). */
  unigram(cp: number): number {
    return cp < UNIGRAMS ? cp : this.named(String.fromCodePoint(cp));
  }

  /** Id of a two-character key. */
  bigram(a: number, b: number): number {
    if (a >= UNIGRAMS || b >= UNIGRAMS) return this.named(String.fromCodePoint(a, b));
    const k = (a << 16) | b;
    const t = this.table;
    const mask = (t.length >> 1) - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      h &= mask;
      const id = t[2 * h + 1]!;
      if (id < 0) break;
      if (t[2 * h] === k) return id;
      h++;
    }
    const id = this.add(String.fromCharCode(a, b));
    t[2 * h] = k;
    t[2 * h + 1] = id;
    if (++this.used * 4 > t.length) this.rehash();
    return id;
  }

  name(id: number): string {
    return id < UNIGRAMS ? String.fromCharCode(id) : this.names[id - UNIGRAMS]!;
  }

  private named(s: string): number {
    let id = this.other.get(s);
    if (id === undefined) this.other.set(s, (id = this.add(s)));
    return id;
  }

  private add(name: string): number {
    this.names.push(name);
    return UNIGRAMS + this.names.length - 1;
  }

  private static emptyTable(slots: number): Int32Array {
    const t = new Int32Array(slots * 2);
    for (let i = 1; i < t.length; i += 2) t[i] = -1;
    return t;
  }

  private rehash(): void {
    const old = this.table;
    const t = (this.table = KeyTable.emptyTable(old.length));
    this.shift--;
    const mask = (t.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1]! < 0) continue;
      let h = Math.imul(old[i]!, 0x9e3779b1) >>> this.shift;
      while (t[2 * (h & mask) + 1]! >= 0) h++;
      t[2 * (h & mask)] = old[i]!;
      t[2 * (h & mask) + 1] = old[i + 1]!;
    }
  }
}
