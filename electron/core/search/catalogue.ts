// Searching the catalogue built by catalogue-build.ts. Entries are stored best-first, so the
// first `limit` matches of a scan are the answer: a folded substring scan of the joined texts
// stops early, and a pinyin prefix is a binary search over the sorted keys, then the best entries
// of that range. Every whitespace-separated part of the input must match.
import { foldForSearch } from '../text/normalize.js';
import { Columns } from './column-codec.js';
import type { StringColumn } from './columns.js';
import { KINDS, type CatalogueEntry } from './catalogue-build.js';

export interface CatalogueMatch extends CatalogueEntry {
  matchedBy: 'text' | 'pinyin';
}

const A_Z = /^[a-z]+$/;
const SEP = 0x7c; // '|' ends every pinyin key

export class Catalogue {
  readonly n: number;
  private kinds: Uint8Array;
  private counts: Int32Array;
  private docIds: StringColumn;
  private texts: StringColumn;
  private folded: StringColumn;
  private py: string;
  private pyStart: Int32Array;
  private ptrs: Int32Array;
  private ptrEntry: Int32Array;

  constructor(blob: Buffer) {
    const c = new Columns(blob);
    this.kinds = c.typed('kinds', 'u8');
    this.counts = c.typed('counts', 'i32');
    this.docIds = c.strings('docIds');
    this.texts = c.strings('texts');
    this.folded = c.strings('folded');
    const py = c.typed('py', 'u8');
    this.py = Buffer.from(py.buffer, py.byteOffset, py.byteLength).toString('latin1');
    this.pyStart = c.typed('pyStart', 'i32');
    this.ptrs = c.typed('ptrs', 'i32');
    this.ptrEntry = c.typed('ptrEntry', 'i32');
    this.n = this.kinds.length;
  }

  entry(i: number): CatalogueEntry {
    return {
      kind: KINDS[this.kinds[i]!]!,
      text: this.texts.get(i),
      docId: this.docIds.get(i) || null,
      count: this.counts[i]!,
    };
  }

  private entryAt(pos: number): number {
    const off = this.folded.offsets;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (off[mid + 1]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first entries (best-first) whose folded text contains `part`. */
  private textMatches(part: string, limit: number): number[] {
    const out: number[] = [];
    const text = this.folded.text;
    for (let at = text.indexOf(part); at >= 0 && out.length < limit; ) {
      const e = this.entryAt(at);
      out.push(e);
      at = text.indexOf(part, this.folded.offsets[e + 1]!);
    }
    return out;
  }

  /** Compares the key at `ptr` (up to its '|') with `s`: <0, 0 or >0 like string comparison. */
  private keyCmp(ptr: number, s: string): number {
    const py = this.py;
    for (let i = 0; ; i++) {
      const a = py.charCodeAt(ptr + i);
      const end = a === SEP;
      if (i === s.length) return end ? 0 : 1;
      if (end) return -1;
      const d = a - s.charCodeAt(i);
      if (d) return d;
    }
  }

  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.ptrs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyCmp(this.ptrs[mid]!, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [lo, hi) of the keys starting with the a–z prefix. */
  private range(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + '{')]; // '{' follows 'z'
  }

  /** The best `limit` distinct entries with a pinyin key starting with `prefix`. */
  private pinyinMatches(prefix: string, limit: number): number[] {
    const [lo, hi] = this.range(prefix);
    const best: number[] = [];
    for (let i = lo; i < hi; i++) {
      const e = this.ptrEntry[i]!;
      if (best.length === limit && e >= best[limit - 1]!) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]! > e) at--;
      if (at > 0 && best[at - 1] === e) continue;
      best.splice(at, 0, e);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** Entries whose whole text reads as `word` in full pinyin or initials, best first. */
  pinyinExact(word: string): CatalogueEntry[] {
    if (!A_Z.test(word)) return [];
    const [lo, hi] = this.range(word);
    const out = new Set<number>();
    for (let i = lo; i < hi; i++) {
      const p = this.ptrs[i]!;
      const e = this.ptrEntry[i]!;
      if (this.py.charCodeAt(p + word.length) !== SEP) continue;
      const start = this.pyStart[e]!;
      if (p === start || p === this.py.indexOf('|', start) + 1) out.add(e);
    }
    return [...out].sort((a, b) => a - b).map((e) => this.entry(e));
  }

  private partMatches(part: string, limit: number): Map<number, 'text' | 'pinyin'> {
    const m = new Map<number, 'text' | 'pinyin'>();
    for (const e of this.textMatches(part, limit)) m.set(e, 'text');
    if (A_Z.test(part)) for (const e of this.pinyinMatches(part, limit)) if (!m.has(e)) m.set(e, 'pinyin');
    return m;
  }

  search(input: string, limit: number): CatalogueMatch[] {
    const parts = foldForSearch(input).split(/\s+/).filter(Boolean);
    if (parts.length === 0) return [];
    // One part: the first `limit` of each kind of match are enough. More parts: every match of
    // each part is needed to intersect them (rare; still one pass per part).
    const cap = parts.length === 1 ? limit : this.n;
    let acc = this.partMatches(parts[0]!, cap);
    for (const part of parts.slice(1)) {
      const next = this.partMatches(part, cap);
      acc = new Map([...acc].filter(([e]) => next.has(e)).map(([e, by]) => [e, by === 'text' ? next.get(e)! : by]));
    }
    return [...acc]
      .sort((a, b) => a[0] - b[0])
      .slice(0, limit)
      .map(([e, matchedBy]) => ({ ...this.entry(e), matchedBy }));
  }
}
