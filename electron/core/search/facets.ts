// Facet counts (type, year, source, tag) over all candidates, counted on the metadata codes.
import type { SearchResult } from '../../contract/api.js';
import type { LibraryIndex } from './library-index.js';

/** Counts per year (the column is 16-bit: index = year) and the years touched, zeroed after each
 * count: a Map per search cost more than the rest of the facets on a tag's few hundred hits. */
const yearCounts = new Int32Array(1 << 15);

export function countFacets(lib: LibraryIndex, docs: Int32Array): SearchResult['facets'] {
  const m = lib.meta;
  const types = new Int32Array(m.types.length);
  const sources = new Int32Array(m.sources.length);
  const tags = new Int32Array(lib.tags.names.length);
  const years: number[] = [];
  const { offsets, codes } = lib.tags.docs;
  for (let i = 0; i < docs.length; i++) {
    const g = docs[i]!;
    types[m.type[g]!]!++;
    const y = m.year[g]!;
    if (y > 0 && yearCounts[y]!++ === 0) years.push(y);
    if (m.source[g]! >= 0) sources[m.source[g]!]!++;
    for (let t = offsets[g]!; t < offsets[g + 1]!; t++) tags[codes[t]!]!++;
  }
  // Integer-like keys are kept in increasing order by a JS object: the years need no sort.
  const year: Record<string, number> = {};
  for (const y of years) {
    year[String(y)] = yearCounts[y]!;
    yearCounts[y] = 0;
  }
  return { type: record(m.types, types), year, source: record(m.sources, sources), tag: record(lib.tags.names, tags) };
}

/** Nonzero counts by name, in code order (a loop: every search counts facets, most on a few hits). */
function record(names: readonly string[], counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < counts.length; i++) if (counts[i]) out[names[i]!] = counts[i]!;
  return out;
}
