// Dense integer ids for index keys while building, so per-key state can live in typed arrays sized
// by the keys actually seen (a small import must not allocate state for every possible character).
// A BMP character is looked up in a direct table by its code point; a pair of BMP characters goes
// through an open-addressing hash of first << 16 | second; neither makes a string per occurrence.
// Anything with a supplementary character uses a Map. Per id it keeps the key's characters as one
// number (first · 2^21 + second, see index-schema.ts), not a string: a string per key was 180,000
// strings for a 1000-file import, each copied by the young-generation GC before it was promoted.

export class KeyTable {
  // [code, id] interleaved so a probe touches one cache line; id -1 = empty slot.
  private table = KeyTable.emptyTable(1 << 10);
  private used = 0;
  private shift = 22; // 32 - log2(slots): the hash's top bits pick the slot
  private other = new Map<number, number>();
  /** Id per BMP character, -1 unseen: every character of the text asks, so no hashing for it
   * (256 KB per table). */
  private readonly uni = new Int32Array(0x10000).fill(-1);
  /** Characters per id: first · 2^21 + second (0 for a one-character key). */
  private chars = new Float64Array(1 << 10);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Id of a one-character key (code point). */
  unigram(cp: number): number {
    if (cp >= 0x10000) return this.named(cp * 2 ** 21);
    const id = this.uni[cp]!;
    return id >= 0 ? id : (this.uni[cp] = this.add(cp * 2 ** 21));
  }

  /** Id of a two-character key. */
  bigram(a: number, b: number): number {
    if (a >= 0x10000 || b >= 0x10000) return this.named(a * 2 ** 21 + b);
    return this.code((a << 16) | b, a, b);
  }

  /** Id of a key by its characters (charsOf). */
  idOf(chars: number): number {
    const second = chars % 2 ** 21;
    const first = (chars - second) / 2 ** 21;
    return second === 0 ? this.unigram(first) : this.bigram(first, second);
  }

  /** The key's characters as first · 2^21 + second (second 0 for one character). */
  charsOf(id: number): number {
    return this.chars[id]!;
  }

  private code(k: number, a: number, b: number): number {
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
    const id = this.add(a * 2 ** 21 + b);
    t[2 * h] = k;
    t[2 * h + 1] = id;
    if (++this.used * 4 > t.length) this.rehash();
    return id;
  }

  private named(chars: number): number {
    let id = this.other.get(chars);
    if (id === undefined) this.other.set(chars, (id = this.add(chars)));
    return id;
  }

  private add(chars: number): number {
    if (this.count === this.chars.length) {
      const grown = new Float64Array(this.count * 2);
      grown.set(this.chars);
      this.chars = grown;
    }
    this.chars[this.count] = chars;
    return this.count++;
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
