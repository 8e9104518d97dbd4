// The two parts of the searchable library as read from the database: the bundle's (its segments
// and metadata snapshot, read once per connection) and the user's (imported documents read from
// main.documents, appended to or re-read as the change counters say, and the user's segments).
import type Database from 'better-sqlite3';
import { Columns } from './column-codec.js';
import { ChunkedStrings, type Strings } from './columns.js';
import { STRINGS_PER_ROW } from './index-schema.js';
import { concatMeta, EMPTY_META, metaFromRows, metaFromSections, type MetaColumns } from './meta-columns.js';
import { readUserRows, type ChangeCounters } from './meta-source.js';
import { stmt } from './stmt-cache.js';

export interface SegmentRow {
  seg: number;
  docs: number;
  chars: number;
  cols: Columns;
}

export function readSegments(db: Database.Database, schema: string): SegmentRow[] {
  let rows: [number, number, number, Buffer][];
  try {
    rows = stmt(db, `SELECT seg, docs, chars, columns FROM ${schema}.search_segments ORDER BY seg`)
      .raw()
      .all() as typeof rows;
  } catch {
    return []; // a bundle built before this index existed: nothing to search until it is rebuilt
  }
  const segs = rows.map(([seg, docs, chars, buf]) => ({ seg, docs, chars, cols: new Columns(buf) }));
  // Newer segments win when a document was indexed twice (deleted, then imported again).
  const gen = (s: SegmentRow) => (s.cols.has('gen') ? s.cols.json<number>('gen') : 0);
  return segs.sort((a, b) => gen(a) - gen(b));
}

export interface BundlePart {
  db: Database.Database | null;
  segs: SegmentRow[];
  meta: MetaColumns;
  idOrder: Int32Array;
  lens: Int32Array;
  /** Their sum, and each segment's local → global numbers: the same for every library index built
   * on this bundle, so a rebuild after an import does not walk the bundle's documents again. */
  lenTotal: number;
  toGlobal: Int32Array[];
  /** Global number of each `bundle.documents` rowid (-1 for none), or null for a bundle built
   * without rowids in its segments. */
  rowToG: Int32Array | null;
}

export function loadBundle(db: Database.Database | null): BundlePart {
  const segs = db ? readSegments(db, 'bundle').filter((s) => s.cols.has('meta.dicts')) : [];
  let meta = EMPTY_META;
  const orders: Int32Array[] = [];
  for (const s of segs) {
    const m = metaFromSections(s.cols, (name) => stringsApart(db!, s, name));
    orders.push(m.idOrder.map((i) => i + meta.n));
    meta = meta.n ? concatMeta(meta, m) : m;
  }
  // Several bundle segments (large builds): merge their id orders once.
  const ids = meta.ids;
  const idOrder =
    orders.length === 1
      ? orders[0]!
      : Int32Array.from(orders.flatMap((o) => [...o])).sort((a, b) => (ids.get(a) < ids.get(b) ? -1 : 1));
  const lens = new Int32Array(meta.n);
  const toGlobal: Int32Array[] = [];
  let at = 0;
  for (const s of segs) {
    lens.set(s.cols.typed('lens', 'i32'), at);
    toGlobal.push(Int32Array.from({ length: s.docs }, (_, i) => at + i));
    at += s.docs;
  }
  const lenTotal = lens.reduce((a, b) => a + b, 0);
  return { db, segs, meta, idOrder, lens, lenTotal, toGlobal, rowToG: rowMap(segs) };
}

function rowMap(segs: SegmentRow[]): Int32Array | null {
  if (segs.length === 0 || !segs.every((s) => s.cols.has('meta.rowids'))) return null;
  const rowids = segs.map((s) => s.cols.typed('meta.rowids', 'i32'));
  const out = new Int32Array(Math.max(...rowids.map((r) => r.reduce((a, b) => Math.max(a, b), 0))) + 1).fill(-1);
  let base = 0;
  for (const r of rowids) {
    r.forEach((row, i) => (out[row] = base + i));
    base += r.length;
  }
  return out;
}

/** A bundle segment's ids or titles, read from search_strings a row at a time. */
function stringsApart(db: Database.Database, s: SegmentRow, name: 'ids' | 'titles'): Strings {
  const sql = 'SELECT value FROM bundle.search_strings WHERE seg = ? AND name = ? AND chunk = ?';
  return new ChunkedStrings(s.docs, STRINGS_PER_ROW, (chunk) => {
    const blob = stmt(db, sql).pluck().get(s.seg, name, chunk) as Buffer;
    return new Columns(blob).strings(name);
  });
}

export interface UserPart {
  counters: ChangeCounters;
  segsKey: string;
  segs: SegmentRow[];
  meta: MetaColumns;
  index: Map<string, number>;
  maxRowid: number;
}

export function segmentsKey(db: Database.Database): string {
  const key = stmt(db, "SELECT group_concat(seg || ':' || docs) FROM main.search_segments").pluck().get();
  return (key as string | null) ?? '';
}

export function refreshUser(db: Database.Database, prev: UserPart | null, counters: ChangeCounters): UserPart {
  const segsKey = segmentsKey(db);
  let { meta, index, maxRowid } = prev ?? { meta: EMPTY_META, index: new Map<string, number>(), maxRowid: 0 };
  if (!prev || prev.counters.docsChanged !== counters.docsChanged) {
    const all = readUserRows(db, 0);
    meta = metaFromRows(all.rows);
    index = new Map(all.rows.map((r, i) => [r.id, i]));
    maxRowid = all.maxRowid;
  } else if (prev.counters.docsAdded !== counters.docsAdded) {
    const added = readUserRows(db, maxRowid);
    index = new Map(index);
    added.rows.forEach((r, i) => index.set(r.id, meta.n + i));
    meta = concatMeta(meta, metaFromRows(added.rows));
    maxRowid = added.maxRowid;
  }
  const segs = prev && prev.segsKey === segsKey ? prev.segs : readSegments(db, 'main');
  return { counters, segsKey, segs, meta, index, maxRowid };
}
