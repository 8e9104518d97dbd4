// A phrase (one run of three or more characters) under a selective filter: its pairs' documents
// (no offsets) give each field's candidates, split into those passing the filter and the other live
// ones. The passing candidates are aligned first: when none holds the phrase the query is over, and
// the library-wide alignment its idf needs (most of such a query: a phrase's pairs are often
// common) is never done. Otherwise the other candidates are aligned for the count alone, so no
// document is aligned twice. Same documents, counts and idf as aligning the whole library at once:
// each candidate is aligned on its own offsets.
import { BODY, TITLE, type Field } from './index-schema.js';
import type { LibraryIndex, SegmentView } from './library-index.js';
import { NO_HITS, type DocHits } from './postings.js';
import { alignIn, pairDocs, runsOfTerm, type Run, type RunPair, type TermHits } from './term-hits.js';
import type { FilteredClause } from './filtered-match.js';

/** A filter passing at most 1/SELECTIVE of the library is checked before a phrase is aligned. */
export const SELECTIVE = 10;

interface Part {
  view: SegmentView;
  field: Field;
  pairs: RunPair[];
  /** Candidates passing the filter, and the other live ones (local numbers, increasing). */
  passing: Int32Array;
  other: Int32Array;
  /** The passing candidates holding the phrase. */
  kept: DocHits;
}

/** The clause's hits within `pass` when it is one phrase under a selective filter, else null (as
 * when a segment has renamed documents, whose titles are matched as text). */
export function filteredPhrase(
  lib: LibraryIndex,
  th: TermHits,
  terms: string[],
  pass: Uint8Array,
  passing: number,
): FilteredClause | null {
  if (terms.length !== 1 || passing * SELECTIVE > lib.n) return null;
  const runs = runsOfTerm(terms[0]!);
  if (runs.length !== 1 || runs[0]!.cps.length < 3 || lib.segments.some((v) => v.renamed.size > 0)) return null;
  const run = runs[0]!;
  const parts: Part[] = [];
  let any = false;
  for (const view of lib.segments)
    for (const field of [BODY, TITLE] as const) {
      const found = pairDocs(view, field, run, th.postings, false);
      if (!found || found.cand.length === 0) continue;
      const part = split(lib, view, field, found.pairs, found.cand, pass);
      if (part.passing.length) any = true;
      parts.push(part);
    }
  const none: FilteredClause = { count: 0, g: NO_HITS.docs, local: NO_HITS.docs, body: NO_HITS.tf, title: NO_HITS.tf };
  if (!any) return none;
  for (const p of parts) p.kept = alignIn(p.view, p.field, run, th.postings, p.pairs, p.passing);
  if (parts.every((p) => p.kept.docs.length === 0)) return none;
  return gather(lib, th, terms[0]!, run, parts);
}

function split(
  lib: LibraryIndex,
  view: SegmentView,
  field: Field,
  pairs: RunPair[],
  cand: Int32Array,
  pass: Uint8Array,
): Part {
  const passing = new Int32Array(cand.length);
  const other = new Int32Array(cand.length);
  let np = 0;
  let no = 0;
  const { toGlobal } = view;
  for (let i = 0; i < cand.length; i++) {
    const g = toGlobal[cand[i]!]!;
    if (g < 0 || lib.alive[g] !== 1) continue;
    if (pass[g] === 1) passing[np++] = cand[i]!;
    else other[no++] = cand[i]!;
  }
  return { view, field, pairs, passing: passing.subarray(0, np), other: other.subarray(0, no), kept: NO_HITS };
}

/** The kept documents per segment (body and title merged) and the clause's library-wide count: the
 * passing documents holding it plus the other candidates found holding it, in either field. */
function gather(lib: LibraryIndex, th: TermHits, term: string, run: Run, parts: Part[]): FilteredClause {
  const cap = parts.reduce((n, p) => n + p.kept.docs.length, 0);
  const out: FilteredClause = {
    count: 0,
    g: new Int32Array(cap),
    local: new Int32Array(cap),
    body: new Int32Array(cap),
    title: new Int32Array(cap),
  };
  let k = 0;
  for (const view of lib.segments) {
    const body = parts.find((p) => p.view === view && p.field === BODY);
    const title = parts.find((p) => p.view === view && p.field === TITLE);
    const kb = body?.kept ?? NO_HITS;
    const kt = title?.kept ?? NO_HITS;
    th.put(view, BODY, term, kb);
    th.put(view, TITLE, term, kt);
    const ob = body ? alignIn(view, BODY, run, th.postings, body.pairs, body.other).docs : NO_HITS.docs;
    const ot = title ? alignIn(view, TITLE, run, th.postings, title.pairs, title.other).docs : NO_HITS.docs;
    out.count += unionSize(ob, ot);
    // Passing documents, body and title merged by local number (increasing, as the whole-library path).
    let i = 0;
    let j = 0;
    while (i < kb.docs.length || j < kt.docs.length) {
      const bd = i < kb.docs.length ? kb.docs[i]! : 0x7fffffff;
      const td = j < kt.docs.length ? kt.docs[j]! : 0x7fffffff;
      const local = bd < td ? bd : td;
      out.g[k] = view.toGlobal[local]!;
      out.local[k] = local;
      out.body[k] = bd === local ? kb.tf[i++]! : 0;
      out.title[k++] = td === local ? kt.tf[j++]! : 0;
    }
  }
  out.count += k;
  out.g = out.g.subarray(0, k);
  out.local = out.local.subarray(0, k);
  out.body = out.body.subarray(0, k);
  out.title = out.title.subarray(0, k);
  return out;
}

/** Size of the union of two increasing lists. */
function unionSize(a: Int32Array, b: Int32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    n++;
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      i++;
      j++;
    }
  }
  return n + (a.length - i) + (b.length - j);
}
