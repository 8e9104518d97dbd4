// Candidate documents for a quotation, from the search index (bundle and user segments). The
// quotation's rarest character pairs (document frequency straight from the postings rows) are
// looked up one by one and documents are ranked by how many of them they hold: an edited character
// or a removed comma breaks only the few pairs around it, so the source still holds most of the rest.
import { BODY, TITLE } from '../search/index-schema.js';
import { decodeDocs, readPostings } from '../search/postings.js';
import type { SearchSources } from '../search/engine.js';
import { searchLibrary } from '../search/user-index.js';

/** How many of the rarest bigrams are looked up (more = better recall, slower). */
const PROBES = 14;

export interface Candidate {
  docId: string;
  hits: number;
}

/** Distinct bigrams of a comparison key (BMP characters only: the index pairs code points). */
export function keyBigrams(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) {
    const c0 = key.charCodeAt(i);
    const c1 = key.charCodeAt(i + 1);
    if ((c0 & 0xf800) === 0xd800 || (c1 & 0xf800) === 0xd800) continue;
    out.add(key.slice(i, i + 2));
  }
  return [...out];
}

/** The documents most likely to hold the quotation, best first (bundle and user together). */
export function findCandidates(src: SearchSources, key: string, limit: number): Candidate[] {
  const grams = keyBigrams(key);
  if (!grams.length) return [];
  const lib = searchLibrary(src);
  // Document frequency per pair over every segment; pairs found nowhere are simply absent.
  const df = grams
    .map((g) => {
      const [a, b] = [g.charCodeAt(0), g.charCodeAt(1)];
      const rows = lib.segments.flatMap((s) =>
        [BODY, TITLE].map((f) => ({ s, f, raw: readPostings(s, f, a, b) })).filter((r) => r.raw !== null),
      );
      return { rows, df: rows.reduce((n, r) => n + r.raw!.df, 0) };
    })
    .filter((x) => x.df > 0)
    .sort((x, y) => x.df - y.df)
    .slice(0, PROBES);
  const hits = new Map<number, number>();
  for (const { rows } of df) {
    const seen = new Set<number>();
    for (const { s, raw } of rows)
      for (const local of decodeDocs(raw!).docs) {
        const g = s.toGlobal[local]!;
        if (g >= 0 && lib.alive[g]) seen.add(g);
      }
    for (const g of seen) hits.set(g, (hits.get(g) ?? 0) + 1);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([g, n]) => ({ docId: lib.docId(g), hits: n }));
}
