// Variable-length integers (7 bits per byte, high bit = more) for the postings blobs, and a
// growable byte buffer to write them. Non-negative integers below 2^31 only.

/** Writes v as a varint into `a` at `at` (room for it there); returns where it ends. */
export function writeVarint(a: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    a[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  a[at++] = v;
  return at;
}

/** How many bytes writeVarint writes for v. */
export function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
  }
  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  varint(v: number): void {
    if (this.len + 5 > this.buf.length) this.grow(5);
    this.len = writeVarint(this.buf, this.len, v);
  }
  bytes(src: Uint8Array): void {
    if (this.len + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }
  /** A copy of the written bytes (the buffer itself is reused). */
  take(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.len));
  }
}

/** Reads varints from a byte array; `at` is the read position. */
export class ByteReader {
  at = 0;
  constructor(readonly buf: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.buf.length;
  }
  varint(): number {
    const b = this.buf;
    let byte = b[this.at++]!;
    if (byte < 0x80) return byte;
    let v = byte & 0x7f;
    let shift = 7;
    do {
      byte = b[this.at++]!;
      v |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    return v >>> 0;
  }
  /** The buffer's aligned 4-byte words (made on the first long skip) and the index of the first. */
  private words: Uint32Array | null = null;
  private wordsAt = 0;
  /** Skips n varints. A long skip (the offsets of the documents between two wanted ones of a common
   * pair: most of its bytes) counts the varints' last bytes four at a time. */
  skip(n: number): void {
    const b = this.buf;
    let at = this.at;
    if (n > 16) {
      if (!this.words) {
        const lead = (4 - (b.byteOffset & 3)) & 3;
        this.wordsAt = Math.min(lead, b.length);
        this.words = new Uint32Array(b.buffer, b.byteOffset + this.wordsAt, (b.length - this.wordsAt) >> 2);
      }
      const w = this.words;
      const base = this.wordsAt;
      while (n > 0 && (at < base || ((at - base) & 3) !== 0)) if (b[at++]! < 0x80) n--;
      let i = (at - base) >> 2;
      // A word holds at most four last bytes: while more than four are left, it is skipped whole.
      for (; n > 4 && i < w.length; i++) n -= Math.imul((~w[i]! & 0x80808080) >>> 7, 0x01010101) >>> 24;
      at = base + (i << 2);
    }
    while (n > 0) if (b[at++]! < 0x80) n--;
    this.at = at;
  }
}

/** Sorted non-negative integers → delta varints. */
export function encodeSorted(values: ArrayLike<number>): Buffer {
  const w = new ByteWriter(values.length + 8);
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    w.varint(values[i]! - prev);
    prev = values[i]!;
  }
  return w.take();
}

export function decodeSorted(buf: Uint8Array, count?: number): Int32Array {
  const r = new ByteReader(buf);
  const out: number[] = [];
  let prev = 0;
  while (!r.done && (count === undefined || out.length < count)) out.push((prev += r.varint()));
  return Int32Array.from(out);
}
