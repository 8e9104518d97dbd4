// Per-document metadata of one part of the library (the bundle, or the user's imports) as columns:
// what filters, facets, sorting and result rows need, without an object per document. The bundle's
// columns are a snapshot written with its index; the user's are built from SQL rows.
import {
  dateKey,
  dateOfKey,
  Dictionary,
  JoinedStrings,
  multiConcat,
  multiFrom,
  StringColumn,
  type MultiColumn,
  type Strings,
} from './columns.js';
import type { Columns, Section } from './column-codec.js';
import { yearOf } from '../content/doc-fields.js';

export interface MetaRow {
  id: string;
  title: string;
  type: string;
  date: string | null;
  source: string | null;
  speakers: string[];
}

export interface MetaColumns {
  n: number;
  ids: Strings;
  titles: Strings;
  /** Sort key of each date (see columns.dateKey); the date shown is derived from it… */
  dateKey: Int32Array;
  /** …except for dates that do not read back the same from their key (by document). */
  dateExceptions: Map<number, string>;
  /** 0 when there is no date. */
  year: Int16Array;
  type: Int32Array;
  types: string[];
  /** -1 when there is no source. */
  source: Int32Array;
  sources: string[];
  speakers: MultiColumn;
  speakerNames: string[];
}

export function metaFromRows(rows: readonly MetaRow[]): MetaColumns {
  const types = new Dictionary();
  const sources = new Dictionary();
  const names = new Dictionary();
  return {
    n: rows.length,
    ids: StringColumn.from(rows.map((r) => r.id)),
    titles: StringColumn.from(rows.map((r) => r.title)),
    dateKey: Int32Array.from(rows, (r) => dateKey(r.date)),
    dateExceptions: new Map(rows.flatMap((r, i) => (dateOfKey(dateKey(r.date)) === r.date ? [] : [[i, r.date!]]))),
    year: Int16Array.from(rows, (r) => yearOf(r.date) ?? 0),
    type: Int32Array.from(rows, (r) => types.code(r.type)),
    types: types.values,
    source: Int32Array.from(rows, (r) => (r.source ? sources.code(r.source) : -1)),
    sources: sources.values,
    speakers: multiFrom(rows.map((r) => r.speakers.map((s) => names.code(s)))),
    speakerNames: names.values,
  };
}

/** The columns as sections of the bundle's segment blob. */
export function metaSections(m: MetaColumns): Record<string, Section> {
  return {
    'meta.dateKey': m.dateKey,
    'meta.dateExceptions': { json: [...m.dateExceptions] },
    'meta.year': m.year,
    'meta.type': m.type,
    'meta.source': m.source,
    'meta.speakerOffsets': m.speakers.offsets,
    'meta.speakerCodes': m.speakers.codes,
    'meta.dicts': { json: { types: m.types, sources: m.sources, speakerNames: m.speakerNames } },
    'meta.idOrder': idOrder(m.ids),
  };
}

/** Document indexes sorted by id, for lookups by id without a map of every id. */
function idOrder(ids: Strings): Int32Array {
  const all = Array.from({ length: ids.length }, (_, i) => ids.get(i));
  const order = Int32Array.from(all.keys());
  return order.sort((a, b) => (all[a]! < all[b]! ? -1 : all[a]! > all[b]! ? 1 : 0));
}

/** Index of a document id via the sorted order, or -1. */
export function findId(ids: Strings, order: Int32Array, id: string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = ids.get(order[mid]!);
    if (v === id) return order[mid]!;
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** A segment's metadata snapshot; `apart` gives its ids and titles when they are stored apart
 * from its columns (the bundle's, read in rows when first needed). */
export function metaFromSections(
  c: Columns,
  apart: (name: 'ids' | 'titles') => Strings,
): MetaColumns & { idOrder: Int32Array } {
  const dicts = c.json<{ types: string[]; sources: string[]; speakerNames: string[] }>('meta.dicts');
  const ids = c.has('ids') ? c.strings('ids') : apart('ids');
  return {
    n: ids.length,
    ids,
    titles: c.has('titles') ? c.strings('titles') : apart('titles'),
    dateKey: c.typed('meta.dateKey', 'i32'),
    dateExceptions: new Map(c.json<[number, string][]>('meta.dateExceptions')),
    year: c.typed('meta.year', 'i16'),
    type: c.typed('meta.type', 'i32'),
    source: c.typed('meta.source', 'i32'),
    speakers: { offsets: c.typed('meta.speakerOffsets', 'i32'), codes: c.typed('meta.speakerCodes', 'i32') },
    ...dicts,
    idOrder: c.typed('meta.idOrder', 'i32'),
  };
}

function remap(codes: Int32Array, from: string[], into: Dictionary): Int32Array {
  const map = from.map((v) => into.code(v));
  return codes.map((c) => (c < 0 ? c : map[c]!));
}

function cat<T extends Int32Array | Int16Array>(a: T, b: T): T {
  if (b.length === 0) return a;
  const out = new (a.constructor as new (n: number) => T)(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Two parts as one (a's codes are kept, b's are mapped into a's dictionaries). A new object of
 * one shape even when b is empty (a's arrays are shared then): the library's columns keep the
 * shape the search code was compiled for when the first import fills b. */
export function concatMeta(a: MetaColumns, b: MetaColumns): MetaColumns {
  const types = new Dictionary(a.types);
  const sources = new Dictionary(a.sources);
  const names = new Dictionary(a.speakerNames);
  return {
    n: a.n + b.n,
    ids: JoinedStrings.of(a.ids, b.ids),
    titles: JoinedStrings.of(a.titles, b.titles),
    dateKey: cat(a.dateKey, b.dateKey),
    dateExceptions:
      b.dateExceptions.size === 0
        ? a.dateExceptions
        : new Map([...a.dateExceptions, ...[...b.dateExceptions].map(([i, d]) => [a.n + i, d] as const)]),
    year: cat(a.year, b.year),
    type: cat(a.type, remap(b.type, b.types, types)),
    types: types.values,
    source: cat(a.source, remap(b.source, b.sources, sources)),
    sources: sources.values,
    speakers:
      b.n === 0
        ? a.speakers
        : multiConcat(a.speakers, {
            offsets: b.speakers.offsets,
            codes: remap(b.speakers.codes, b.speakerNames, names),
          }),
    speakerNames: names.values,
  };
}

export const EMPTY_META: MetaColumns = metaFromRows([]);
