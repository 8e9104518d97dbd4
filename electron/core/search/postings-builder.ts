// Builds the postings of one field (title or body) for a segment of documents. Every character
// and every pair of adjacent characters (no whitespace between) is a key; per key it writes
//   docs: (doc delta, term frequency) varints for each document containing the key,
//   pos:  for pairs only, the UTF-16 offsets of each occurrence (delta varints per document),
// so a one- or two-character term is answered from `docs` alone and a longer phrase by aligning
// the offsets of its pairs. Bytes go to per-key regions of two shared arenas (no object per key).
// Pair occurrences are queued and written a batch of documents at a time in key order, so that
// each key's state is visited once per batch, not once per occurrence (cache misses on the state
// of ~200,000 pairs were most of the build). A BMP pair is queued by its characters' numbers
// (char-numbers.ts) and looked up in the key table once per batch when written, not at every
// occurrence (a random probe into a table of megabytes); a pair with an astral character by its id.
import { KeyTable } from './key-table.js';
import { CharNumbers } from './char-numbers.js';
import { PairQueue } from './radix-order.js';
import { varintSize, writeVarint } from './varint.js';
import { postingKey, type Field } from './index-schema.js';

/** Whitespace and invisible separators: they end a run, and no key spans them. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x7f) return false;
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Per-key state, interleaved so that one key's fields share a cache line (random access by key
// id dominated the build when each field was its own array).
const LAST_DOC = 0; // last document seen + 1 (0 none: new state needs no initialising); characters only
const TF = 1; // occurrences in the current document; characters only
const PREV_DOC = 2; // last document written (for doc deltas)
const DF = 3;
const DOCS = 4; // region of the docs stream: offset, length, capacity (5, 6)
const POS = 7; // region of the pos stream: offset, length, capacity (8, 9)
const STRIDE = 16;
/** Queued pair occurrences that trigger a write (3 × 4 bytes each, twice with the sort's scratch).
 * A write runs at once on the importing thread (about 90 ms of CPU at 2^17, 190 ms at 2^19 for the
 * same total): short enough that the worker's files posted ahead last through it. */
const BATCH = 1 << 17;
/** How much the key state and the arena grow when full. Their unused tail is never touched (zero
 * is every field's empty value), so a larger step costs address space, not memory, and copies
 * less: each copy lands on fresh pages, a slow fault each on some virtual machines. */
const GROWTH = 4;

export class PostingsBuilder {
  private keys = new KeyTable();
  private st = PostingsBuilder.state(1 << 10);
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private touched = new Int32Array(1 << 12);
  private queue = new PairQueue();
  /** The BMP characters' numbers: queued pairs are pairs of numbers, so the sort has few buckets. */
  private readonly nums = new CharNumbers(this.keys);
  /** Queued pairs with an astral character: (key id, document, offset) in text order. */
  private astral: number[] = [];

  // Zero is every field's empty value, so new state is left untouched until a key uses it: on
  // this kind of machine each fresh page of memory is a slow fault, and writing a sentinel into
  // every key's state cost a quarter of a 1000-file import's indexing.
  private static state(keys: number): Int32Array {
    return new Int32Array(keys * STRIDE);
  }

  private ensure(id: number): void {
    const keys = this.st.length / STRIDE;
    if (id < keys) return;
    let size = keys;
    while (size <= id) size *= GROWTH;
    const st = PostingsBuilder.state(size);
    st.set(this.st);
    this.st = st;
  }

  /** Where `need` more bytes go in the key's region `r` (DOCS or POS), moving the region when
   * it has not the room. */
  private room(k: number, r: number, need: number): number {
    const st = this.st;
    const base = k * STRIDE + r;
    const off = st[base]!;
    const len = st[base + 1]!;
    if (len + need <= st[base + 2]!) return off + len;
    let cap = Math.max(8, st[base + 2]! * 2);
    while (cap < len + need) cap *= 2;
    if (this.used + cap > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * GROWTH, this.used + cap));
      next.set(this.arena.subarray(0, this.used));
      this.arena = next;
    }
    this.arena.copyWithin(this.used, off, off + len);
    st[base] = this.used;
    st[base + 2] = cap;
    this.used += cap;
    return st[base]! + len;
  }

  /** Appends a varint to the key's region `r` (DOCS or POS). */
  private put(k: number, r: number, v: number): void {
    const at = this.room(k, r, 5);
    this.st[k * STRIDE + r + 1]! += writeVarint(this.arena, at, v) - at;
  }

  /** Adds one document's folded text; documents must come in increasing order. */
  add(doc: number, text: string): void {
    const keys = this.keys;
    const nums = this.nums;
    let st = this.st;
    let touched = this.touched;
    let nTouched = 0;
    let prev = -1; // previous character's code point in the current run
    let prevNo = 0; // and its number (BMP)
    let prevAt = 0;
    const queue = this.queue;
    let [qKey, qDoc, qPos] = queue.cols;
    let q = queue.n;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let cp = text.charCodeAt(i);
      const at = i;
      if (cp <= 0x20 || (cp >= 0x7f && isSpace(cp))) {
        prev = -1;
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      let no = -1;
      let u: number;
      if (cp < 0x10000) {
        no = nums.of[cp]!;
        if (no < 0) no = nums.add(cp);
        u = nums.key[no]!;
      } else u = keys.unigram(cp);
      if (u * STRIDE >= st.length) {
        this.ensure(u);
        st = this.st;
      }
      if (nTouched + 1 > touched.length) {
        const t = new Int32Array(touched.length * 2);
        t.set(touched);
        this.touched = touched = t;
      }
      const s = u * STRIDE;
      if (st[s + LAST_DOC] !== doc + 1) {
        st[s + LAST_DOC] = doc + 1;
        touched[nTouched++] = u;
      }
      st[s + TF]!++;
      if (prev >= 0x10000 || (prev >= 0 && cp >= 0x10000)) this.astral.push(keys.bigram(prev, cp), doc, prevAt);
      else if (prev >= 0) {
        if (q === qKey.length) {
          queue.grow();
          [qKey, qDoc, qPos] = queue.cols;
        }
        qKey[q] = (prevNo << 16) | no;
        qDoc[q] = doc;
        qPos[q++] = prevAt;
      }
      prev = cp;
      prevNo = no;
      prevAt = at;
    }
    for (let j = 0; j < nTouched; j++) {
      const k = touched[j]!;
      const s = k * STRIDE;
      this.put(k, DOCS, st[s + DF] === 0 ? doc : doc - st[s + PREV_DOC]!);
      this.put(k, DOCS, st[s + TF]!);
      st[s + DF]!++;
      st[s + TF] = 0;
      st[s + PREV_DOC] = doc;
    }
    queue.n = q;
    if (q + this.astral.length / 3 >= BATCH) this.flush();
  }

  /** Writes the queued pair occurrences, key by key (documents and offsets keep their order). */
  private flush(): void {
    const n = this.queue.n;
    if (n) {
      this.queue.sort(this.nums.count);
      const [pairs, docs, offs] = this.queue.cols;
      const code = this.nums.code;
      let i = 0;
      while (i < n) {
        const u = pairs[i]!;
        let j = i + 1;
        while (j < n && pairs[j] === u) j++;
        const k = this.keys.bigram(code[u >>> 16]!, code[u & 0xffff]!);
        if (k * STRIDE >= this.st.length) this.ensure(k);
        this.writeOccurrences(k, docs, offs, i, j);
        i = j;
      }
    }
    this.queue.n = 0;
    const a = this.astral;
    if (a.length) {
      // Few: ordered by key id with a comparator, text order kept within a key.
      const order = Array.from({ length: a.length / 3 }, (_, r) => r).sort((x, y) => a[3 * x]! - a[3 * y]! || x - y);
      const docs = Int32Array.from(order, (r) => a[3 * r + 1]!);
      const offs = Int32Array.from(order, (r) => a[3 * r + 2]!);
      let i = 0;
      while (i < order.length) {
        const k = a[3 * order[i]!]!;
        let j = i + 1;
        while (j < order.length && a[3 * order[j]!] === k) j++;
        if (k * STRIDE >= this.st.length) this.ensure(k);
        this.writeOccurrences(k, docs, offs, i, j);
        i = j;
      }
      this.astral = [];
    }
  }

  /** Appends occurrences [from, to) of pair key k (documents ascending, offsets in text order).
   * Their bytes are counted first, so that each region is made roomy once, not checked per varint. */
  private writeOccurrences(k: number, docs: Int32Array, offs: Int32Array, from: number, to: number): void {
    const st = this.st;
    const s = k * STRIDE;
    const firstPrev = st[s + DF] === 0 ? 0 : st[s + PREV_DOC]!; // the first delta is from 0
    let posBytes = 0;
    let docBytes = 0;
    let prevDoc = firstPrev;
    for (let i = from; i < to;) {
      const doc = docs[i]!;
      let last = 0;
      let tf = 0;
      for (; i < to && docs[i] === doc; i++, tf++) {
        posBytes += varintSize(offs[i]! - last);
        last = offs[i]!;
      }
      docBytes += varintSize(doc - prevDoc) + varintSize(tf);
      prevDoc = doc;
    }
    let pp = this.room(k, POS, posBytes);
    let dp = this.room(k, DOCS, docBytes);
    const a = this.arena;
    let df = 0;
    prevDoc = firstPrev;
    for (let i = from; i < to; df++) {
      const doc = docs[i]!;
      let last = 0;
      let tf = 0;
      for (; i < to && docs[i] === doc; i++, tf++) {
        pp = writeVarint(a, pp, offs[i]! - last);
        last = offs[i]!;
      }
      dp = writeVarint(a, dp, doc - prevDoc);
      dp = writeVarint(a, dp, tf);
      prevDoc = doc;
    }
    st[s + POS + 1]! += posBytes;
    st[s + DOCS + 1]! += docBytes;
    st[s + DF]! += df;
    st[s + PREV_DOC] = prevDoc;
  }

  private region(k: number, r: number): Uint8Array | null {
    const base = k * STRIDE + r;
    const off = this.st[base]!;
    const len = this.st[base + 1]!;
    // A view, not a copy; SQLite copies on insert. Made by the constructor: subarray costs twice
    // as much (it looks up the species constructor), and there are two per key.
    return len ? new Uint8Array(this.arena.buffer, off, len) : null;
  }

  /** Every key with its postings, in increasing key order (sequential b-tree inserts). */
  forEachRow(
    seg: number,
    field: Field,
    row: (key: number, df: number, docs: Uint8Array, pos: Uint8Array | null) => void,
  ): void {
    this.flush();
    const total = Math.min(this.keys.size, this.st.length / STRIDE);
    // A key's row key is base + its characters' code (first · 2^21 + second, second 0 for one
    // character), so the codes order the rows. They are unique: sorted natively (no comparator),
    // each key found again by its code in the key table (one probe; a binary search per key for
    // its place cost several times more).
    const base = postingKey(seg, field, 0, 0);
    const codes = new Float64Array(total);
    let n = 0;
    for (let k = 0; k < total; k++) if (this.st[k * STRIDE + DF] !== 0) codes[n++] = this.keys.charsOf(k);
    const sorted = codes.subarray(0, n).sort();
    for (let at = 0; at < n; at++) {
      const k = this.keys.idOf(sorted[at]!);
      row(base + sorted[at]!, this.st[k * STRIDE + DF]!, this.region(k, DOCS)!, this.region(k, POS));
    }
  }
}
