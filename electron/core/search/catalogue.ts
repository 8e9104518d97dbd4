// Searching the catalogue built by catalogue-build.ts. Entries are stored best-first, so the
// first `limit` matches of a scan are the answer: a folded substring scan of the joined texts
// stops early, and a pinyin prefix is a binary search over the sorted keys, then the best entries
// of that range. Every whitespace-separated part of the input must match.
import { foldForSearch } from '../text/normalize.js';
import { Columns } from './column-codec.js';
import type { StringColumn } from './columns.js';
import { KINDS, type CatalogueEntry, type CatalogueGroup } from './catalogue-build.js';

export interface CatalogueMatch extends CatalogueEntry {
  matchedBy: 'text' | 'pinyin';
}

const A_Z = /^[a-z]+$/;
const SEP = 0x7c; // '|' ends every pinyin key

interface Entries {
  kinds: Uint8Array;
  counts: Int32Array;
  docIds: StringColumn;
  texts: StringColumn;
}
interface Pinyin {
  py: string;
  pyStart: Int32Array;
  ptrs: Int32Array;
  ptrEntry: Int32Array;
}

export class Catalogue {
  private e: Entries | null = null;
  private f: StringColumn | null = null;
  private p: Pinyin | null = null;

  /** `load` reads one group's blob (each is read at most once, when first needed). */
  constructor(private readonly load: (group: CatalogueGroup) => Buffer) {}

  private get entries(): Entries {
    if (!this.e) {
      const c = new Columns(this.load('entries'));
      this.e = {
        kinds: c.typed('kinds', 'u8'),
        counts: c.typed('counts', 'i32'),
        docIds: c.strings('docIds'),
        texts: c.strings('texts'),
      };
    }
    return this.e;
  }
  private get folded(): StringColumn {
    return (this.f ??= new Columns(this.load('text')).strings('folded'));
  }
  private get pinyin(): Pinyin {
    if (!this.p) {
      const c = new Columns(this.load('pinyin'));
      const py = c.typed('py', 'u8');
      this.p = {
        py: Buffer.from(py.buffer, py.byteOffset, py.byteLength).toString('latin1'),
        pyStart: c.typed('pyStart', 'i32'),
        ptrs: c.typed('ptrs', 'i32'),
        ptrEntry: c.typed('ptrEntry', 'i32'),
      };
    }
    return this.p;
  }
  get n(): number {
    return this.folded.length;
  }

  entry(i: number): CatalogueEntry {
    const e = this.entries;
    return { kind: KINDS[e.kinds[i]!]!, text: e.texts.get(i), docId: e.docIds.get(i) || null, count: e.counts[i]! };
  }

  private entryAt(pos: number): number {
    const off = this.folded.offsets;
    let lo = 0;
    let hi = off.length - 1;
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
    for (let at = text.indexOf(part); at >= 0 && out.length < limit;) {
      const e = this.entryAt(at);
      out.push(e);
      at = text.indexOf(part, this.folded.offsets[e + 1]!);
    }
    return out;
  }

  /** Compares the key at `ptr` (up to its '|') with `s`: <0, 0 or >0 like string comparison. */
  private keyCmp(ptr: number, s: string): number {
    const py = this.pinyin.py;
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
    const { ptrs } = this.pinyin;
    let lo = 0;
    let hi = ptrs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyCmp(ptrs[mid]!, s) < 0) lo = mid + 1;
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
    const { ptrEntry } = this.pinyin;
    const best: number[] = [];
    for (let i = lo; i < hi; i++) {
      const e = ptrEntry[i]!;
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
    const { py, pyStart, ptrs, ptrEntry } = this.pinyin;
    const out = new Set<number>();
    for (let i = lo; i < hi; i++) {
      const p = ptrs[i]!;
      const e = ptrEntry[i]!;
      if (py.charCodeAt(p + word.length) !== SEP) continue;
      const start = pyStart[e]!;
      if (p === start || p === py.indexOf('|', start) + 1) out.add(e);
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
