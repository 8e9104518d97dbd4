// Searching the catalogue built by catalogue-build.ts. Entries are stored best-first, so the
// first `limit` matches of a scan are the answer: a folded substring scan of the text rows in
// order stops early, and a pinyin prefix is a binary search over the sorted keys (first the row,
// by its first key, then inside it), then the best entries of that range. Rows (catalogue-rows.ts)
// are read when first needed and kept. Every whitespace-separated part of the input must match.
import { lowerBound } from '../../shared/lower-bound.js';
import { foldForSearch } from '../text/normalize.js';
import { KINDS, type CatalogueEntry } from './catalogue-entry.js';
import {
  BEST_PER_KEY_CHUNK,
  ENTRIES_PER_CHUNK,
  KEYS_PER_CHUNK,
  TEXTS_PER_CHUNK,
  type CatalogueHead,
} from './catalogue-rows.js';
import { Columns } from './column-codec.js';
import type { StringColumn } from './columns.js';

export interface CatalogueMatch extends CatalogueEntry {
  matchedBy: 'text' | 'pinyin';
}

const A_Z = /^[a-z]+$/;
const ASCII_ONLY = /^[ -~]+$/; // printable ASCII (parts hold no whitespace)

interface EntryChunk {
  kinds: Uint8Array;
  counts: Int32Array;
  docIds: StringColumn;
  texts: StringColumn;
}
interface KeyChunk {
  keys: string[];
  entry: Int32Array;
  whole: Uint8Array;
}

export class Catalogue {
  private h: CatalogueHead | null = null;
  private b: Int32Array | null = null;
  private readonly rows = new Map<string, unknown>();

  /** `load` reads one row of the catalogue by name (`head`, `best`, `e.<i>`, `t.<i>`, `k.<j>`). */
  constructor(private readonly load: (row: string) => Buffer) {}

  /** A row, read and decoded when first needed, then kept. */
  private row<T>(name: string, decode: (c: Columns) => T): T {
    if (!this.rows.has(name)) this.rows.set(name, decode(new Columns(this.load(name))));
    return this.rows.get(name) as T;
  }
  private get head(): CatalogueHead {
    return (this.h ??= JSON.parse(this.load('head').toString('utf8')) as CatalogueHead);
  }
  private entryChunk(c: number): EntryChunk {
    return this.row(`e.${c}`, (cols) => ({
      kinds: cols.typed('kinds', 'u8'),
      counts: cols.typed('counts', 'i32'),
      docIds: cols.strings('docIds'),
      texts: cols.strings('texts'),
    }));
  }
  private textChunk(c: number): StringColumn {
    return this.row(`t.${c}`, (cols) => cols.strings('folded'));
  }
  private keyChunk(c: number): KeyChunk {
    return this.row(`k.${c}`, (cols) => {
      const bytes = cols.typed('keys', 'u8');
      const joined = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      return {
        keys: joined.split('|').slice(0, -1),
        entry: cols.typed('entry', 'i32'),
        whole: cols.typed('whole', 'u8'),
      };
    });
  }
  /** The best entries of key row `c` (BEST_PER_KEY_CHUNK of them, -1 past the row's last). */
  private bestOf(c: number): Int32Array {
    this.b ??= new Columns(this.load('best')).typed('best', 'i32');
    return this.b.subarray(c * BEST_PER_KEY_CHUNK, (c + 1) * BEST_PER_KEY_CHUNK);
  }
  get n(): number {
    return this.head.n;
  }

  entry(i: number): CatalogueEntry {
    const c = this.entryChunk(Math.floor(i / ENTRIES_PER_CHUNK));
    const j = i % ENTRIES_PER_CHUNK;
    return { kind: KINDS[c.kinds[j]!]!, text: c.texts.get(j), docId: c.docIds.get(j) || null, count: c.counts[j]! };
  }

  /** The first entries (best-first) whose folded text contains `part`. An ASCII part is looked for
   * only in the rows that have each of its characters. */
  private textMatches(part: string, limit: number): number[] {
    const out: number[] = [];
    const { ascii } = this.head;
    const rows = [...ascii.keys()].filter(
      (c) => !ASCII_ONLY.test(part) || [...part].every((ch) => ascii[c]!.includes(ch)),
    );
    for (const c of rows) {
      const { text, offsets } = this.textChunk(c);
      for (let at = text.indexOf(part); at >= 0 && out.length < limit;) {
        const e = entryAt(offsets, at);
        out.push(c * TEXTS_PER_CHUNK + e);
        at = text.indexOf(part, offsets[e + 1]!);
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  private key(i: number): string {
    return this.keyChunk(Math.floor(i / KEYS_PER_CHUNK)).keys[i % KEYS_PER_CHUNK]!;
  }
  private keyEntry(i: number): number {
    return this.keyChunk(Math.floor(i / KEYS_PER_CHUNK)).entry[i % KEYS_PER_CHUNK]!;
  }

  /** Index of the first key not below `s`: the row by its first key, then inside the row. */
  private lowerBound(s: string): number {
    const c = lowerBound(this.head.firstKeys, s); // rows before c start below s; s falls in row c - 1
    return c === 0 ? 0 : (c - 1) * KEYS_PER_CHUNK + lowerBound(this.keyChunk(c - 1).keys, s);
  }

  /** [lo, hi) of the keys starting with the a–z prefix. */
  private range(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + '{')]; // '{' follows 'z'
  }

  /** The best `limit` distinct entries with a pinyin key starting with `prefix`. A key row inside
   * the range gives its stored best entries, so only the rows at the range's ends are read. */
  private pinyinMatches(prefix: string, limit: number): number[] {
    const [lo, hi] = this.range(prefix);
    const best: number[] = [];
    const add = (e: number) => {
      if (best.length === limit && e >= best[limit - 1]!) return;
      let at = best.length;
      while (at > 0 && best[at - 1]! > e) at--;
      if (at > 0 && best[at - 1] === e) return;
      best.splice(at, 0, e);
      if (best.length > limit) best.pop();
    };
    for (let i = lo; i < hi;) {
      const c = Math.floor(i / KEYS_PER_CHUNK);
      const end = Math.min((c + 1) * KEYS_PER_CHUNK, hi);
      if (limit <= BEST_PER_KEY_CHUNK && i === c * KEYS_PER_CHUNK && end === (c + 1) * KEYS_PER_CHUNK) {
        for (const e of this.bestOf(c)) if (e >= 0) add(e);
      } else {
        for (let k = i; k < end; k++) add(this.keyEntry(k));
      }
      i = end;
    }
    return best;
  }

  /** Entries whose whole text reads as `word` in full pinyin or initials, best first. */
  pinyinExact(word: string): CatalogueEntry[] {
    if (!A_Z.test(word)) return [];
    const out = new Set<number>();
    for (let i = this.lowerBound(word); i < this.head.keys && this.key(i) === word; i++) {
      const c = this.keyChunk(Math.floor(i / KEYS_PER_CHUNK));
      if (c.whole[i % KEYS_PER_CHUNK]) out.add(c.entry[i % KEYS_PER_CHUNK]!);
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

/** The entry of a chunk whose folded text holds position `pos`. */
function entryAt(offsets: Int32Array, pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
