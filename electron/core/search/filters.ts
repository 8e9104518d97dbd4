// The query's filters (type, year, source, speaker, tag) as a mask over the library's documents:
// each value is matched against the small dictionaries of distinct types, sources, speakers and
// tags, every document tested once, and the mask kept for the library's lifetime (a new library
// index is built on any change). Typing a query re-runs the same filter on every keystroke, so
// the filter costs one array read per candidate (the filter bitsets Lucene caches, likewise).
import { foldForSearch } from '../text/normalize.js';
import type { LibraryIndex } from './library-index.js';
import type { QueryFilters } from './query-parser.js';

export function hasFilter(f: QueryFilters): boolean {
  return (
    f.type.length + f.tag.length + f.speaker.length + f.source.length > 0 || f.yearFrom !== null || f.yearTo !== null
  );
}

/** For each filter value, which dictionary codes satisfy it. */
function codeSets(dict: readonly string[], values: string[], test: (folded: string, v: string) => boolean) {
  const folded = dict.map(foldForSearch);
  return values.map((v) => new Set(folded.flatMap((f, code) => (test(f, v) ? [code] : []))));
}

/** Whether codes[from..to) holds one of the set (no subarray: this runs per candidate). */
function anyIn(codes: ArrayLike<number>, from: number, to: number, set: Set<number>): boolean {
  for (let i = from; i < to; i++) if (set.has(codes[i]!)) return true;
  return false;
}

/** A test for one document by global number, or null when the query has no filter. */
function compileFilters(lib: LibraryIndex, f: QueryFilters): ((g: number) => boolean) | null {
  if (!hasFilter(f)) return null;
  const m = lib.meta;
  const types = new Set(f.type.map((t) => m.types.indexOf(t)));
  const sources = codeSets(m.sources, f.source, (s, v) => s.includes(v));
  const speakers = codeSets(m.speakerNames, f.speaker, (s, v) => s.includes(v));
  // A tag filter includes its sub-tags: `tag:乡村振兴` also finds `乡村振兴/人才`.
  const tags = codeSets(lib.tags.names, f.tag, (t, v) => t === v || t.startsWith(v + '/'));
  const { yearFrom, yearTo } = f;
  return (g) => {
    if (types.size && !types.has(m.type[g]!)) return false;
    const y = m.year[g]!;
    if (yearFrom !== null && (y === 0 || y < yearFrom)) return false;
    if (yearTo !== null && (y === 0 || y > yearTo)) return false;
    if (sources.length && (m.source[g]! < 0 || !sources.every((s) => s.has(m.source[g]!)))) return false;
    if (speakers.length) {
      const own = lib.speakerOverride.get(g);
      const codes = own ?? m.speakers.codes;
      const [from, to] = own ? [0, own.length] : [m.speakers.offsets[g]!, m.speakers.offsets[g + 1]!];
      if (!speakers.every((s) => anyIn(codes, from, to, s))) return false;
    }
    if (tags.length) {
      const { offsets, codes } = lib.tags.docs;
      if (!tags.every((s) => anyIn(codes, offsets[g]!, offsets[g + 1]!, s))) return false;
    }
    return true;
  };
}

const MASKS_KEPT = 8;
const masks = new WeakMap<LibraryIndex, Map<string, Uint8Array>>();
/** The last mask asked for per library: typing or paging repeats a filter, and the map's lookup and
 * move to the end were a few percent of a tag-filtered search. */
const lastMask = new WeakMap<LibraryIndex, { key: string; mask: Uint8Array }>();

/** The filters as a key: each value prefixed with its length, so no two filters share one. Made by
 * hand: JSON.stringify cost about a microsecond per search. */
export function filterKey(f: QueryFilters): string {
  let key = `${f.yearFrom} ${f.yearTo}`;
  for (const values of [f.type, f.tag, f.speaker, f.source]) {
    key += `|${values.length}`;
    for (const v of values) key += ` ${v.length}:${v}`;
  }
  return key;
}

/** 1 for every live document passing the filters (shared and cached: do not write to it). */
export function filterMask(lib: LibraryIndex, f: QueryFilters): Uint8Array {
  const key = filterKey(f);
  const last = lastMask.get(lib);
  if (last && last.key === key) return last.mask; // already the most recently used
  let kept = masks.get(lib);
  if (!kept) masks.set(lib, (kept = new Map()));
  let mask = kept.get(key);
  if (mask) {
    kept.delete(key); // most recently used last
    kept.set(key, mask);
    lastMask.set(lib, { key, mask });
    return mask;
  }
  const test = compileFilters(lib, f);
  mask = new Uint8Array(lib.n);
  for (let g = 0; g < lib.n; g++) mask[g] = lib.alive[g] === 1 && (!test || test(g)) ? 1 : 0;
  kept.set(key, mask);
  if (kept.size > MASKS_KEPT) kept.delete(kept.keys().next().value!);
  lastMask.set(lib, { key, mask });
  return mask;
}
