// Reading postings: one row per key and segment (see postings-builder.ts for the format), decoded
// into typed arrays. `docs` holds (doc delta, tf) pairs, `pos` the offsets of pair keys.
import type Database from 'better-sqlite3';
import { ByteReader } from './varint.js';
import { postingKey, type Field } from './index-schema.js';
import { stmt } from './stmt-cache.js';

export interface RawPostings {
  df: number;
  docs: Buffer;
  pos: Buffer | null;
}

/** Documents (segment-local, increasing) and occurrences per document. */
export interface DocHits {
  docs: Int32Array;
  tf: Int32Array;
}

export const NO_HITS: DocHits = { docs: new Int32Array(0), tf: new Int32Array(0) };

/** Where a segment's postings are: the connection and the schema ('bundle' attached, or 'main'). */
export interface SegmentRef {
  db: Database.Database;
  schema: string;
  seg: number;
}

/** Offsets read along with a row's documents when asked for 'small' ones (bytes). */
const SMALL_POS = 16384;

/** A key's postings; without `withPos` its offsets are not read (pos null): a common character's
 * offsets are many times its documents' bytes, and counting documents needs none of them. */
export function readPostings(
  s: SegmentRef,
  field: Field,
  first: number,
  second: number,
  withPos: boolean | 'small' = true,
): RawPostings | null {
  // 'small': the offsets only when short (SQLite reads a blob's length without its bytes), so a
  // later need for them costs no second statement, and a long row's still costs no copy.
  const cols =
    withPos === 'small'
      ? `df, docs, CASE WHEN length(pos) <= ${SMALL_POS} THEN pos END`
      : withPos
        ? 'df, docs, pos'
        : 'df, docs, NULL';
  const row = stmt(s.db, `SELECT ${cols} FROM ${s.schema}.search_postings WHERE key = ?`)
    .raw()
    .get(postingKey(s.seg, field, first, second)) as [number, Buffer, Buffer | null] | undefined;
  return row ? { df: row[0], docs: row[1], pos: row[2] } : null;
}

/** A key's offsets alone (for a row read without them), or null. */
export function readOffsets(s: SegmentRef, field: Field, first: number, second: number): Buffer | null {
  const pos = stmt(s.db, `SELECT pos FROM ${s.schema}.search_postings WHERE key = ?`)
    .pluck()
    .get(postingKey(s.seg, field, first, second)) as Buffer | null | undefined;
  return pos ?? null;
}

export function decodeDocs(p: RawPostings): DocHits {
  const docs = new Int32Array(p.df);
  const tf = new Int32Array(p.df);
  const r = new ByteReader(p.docs);
  let doc = 0;
  for (let i = 0; i < p.df; i++) {
    doc += r.varint();
    docs[i] = doc;
    tf[i] = r.varint();
  }
  return { docs, tf };
}

/** Offsets of a pair key in several documents, in one array: document w's are
 * `at[start[w]] … at[start[w + 1] - 1]`, increasing (one allocation, not one per document). */
export interface Positions {
  at: Int32Array;
  start: Int32Array;
}

/** The offsets of a pair key in the wanted documents (a subset of `all.docs`, increasing). Skips
 * the offsets of other documents without decoding them. */
export function positionsIn(p: RawPostings, all: DocHits, wanted: Int32Array): Positions {
  const start = new Int32Array(wanted.length + 1);
  for (let i = 0, w = 0; i < all.docs.length && w < wanted.length; i++)
    if (all.docs[i] === wanted[w]) start[++w] = all.tf[i]!;
  for (let w = 0; w < wanted.length; w++) start[w + 1]! += start[w]!;
  const at = new Int32Array(start[wanted.length]!);
  const r = new ByteReader(p.pos!);
  let k = 0;
  // The offsets of the documents between two wanted ones are skipped in one go.
  let skip = 0;
  for (let i = 0, w = 0; i < all.docs.length && w < wanted.length; i++) {
    const n = all.tf[i]!;
    if (all.docs[i] !== wanted[w]) {
      skip += n;
      continue;
    }
    r.skip(skip);
    skip = 0;
    let off = 0;
    for (let j = 0; j < n; j++) at[k++] = off += r.varint();
    w++;
  }
  return { at, start };
}

/** Documents in both (increasing) lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** The entries of `h` whose document is in `keep` (increasing). */
export function restrict(h: DocHits, keep: Int32Array): DocHits {
  const docs = new Int32Array(keep.length);
  const tf = new Int32Array(keep.length);
  let n = 0;
  for (let i = 0, j = 0; i < h.docs.length && j < keep.length;) {
    const x = h.docs[i]!;
    const y = keep[j]!;
    if (x === y) {
      docs[n] = x;
      tf[n++] = h.tf[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
}

/** Union of hit lists with occurrences added up. */
export function union(lists: DocHits[]): DocHits {
  const live = lists.filter((l) => l.docs.length > 0);
  if (live.length === 0) return NO_HITS;
  if (live.length === 1) return live[0]!;
  const total = live.reduce((n, l) => n + l.docs.length, 0);
  const pairs = new Float64Array(total);
  let k = 0;
  for (const l of live) for (let i = 0; i < l.docs.length; i++) pairs[k++] = l.docs[i]! * 2 ** 21 + l.tf[i]!;
  pairs.sort();
  const docs = new Int32Array(total);
  const tf = new Int32Array(total);
  let n = -1;
  for (let i = 0; i < total; i++) {
    const d = Math.floor(pairs[i]! / 2 ** 21);
    const t = pairs[i]! - d * 2 ** 21;
    if (n >= 0 && docs[n] === d) tf[n]! += t;
    else {
      docs[++n] = d;
      tf[n] = t;
    }
  }
  return { docs: docs.subarray(0, n + 1), tf: tf.subarray(0, n + 1) };
}
