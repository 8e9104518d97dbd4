// Matching driven by a filter (a tag, a year, a type): only the documents passing it can be results,
// but a clause's idf still counts every live document holding it (a filter narrows the results, it
// does not change the ranking). For a term of one or two characters both come from one walk over
// its body and title postings: the documents are counted as the walk passes them and only those
// passing the filter are kept, with no array of the whole library's hits (for 的 at 13.4 M
// characters, 11,000 entries of which a tag's twentieth are kept). Longer terms need their pairs'
// offsets aligned; a selective filter first checks that some passing document holds all of a
// phrase's pairs (no offsets read), and an empty clause ends the query before the library-wide
// alignment. Otherwise that alignment answers the passing documents too: aligning them first was
// done again by it whenever some held the phrase.
import { BODY, TITLE } from './index-schema.js';
import type { LibraryIndex, SegmentView } from './library-index.js';
import { decodeDocs, NO_HITS, readPostings, type DocHits, type RawPostings } from './postings.js';
import { mayHoldWithin, runsOfTerm, type TermHits } from './term-hits.js';

export interface FilteredClause {
  /** Live documents of the whole library holding the clause (body or title): its idf. */
  count: number;
  /** Passing documents holding it (global numbers, increasing per segment) and their counts. */
  g: Int32Array;
  /** Their local numbers in their segments. */
  local: Int32Array;
  body: Int32Array;
  title: Int32Array;
}

const END = 0x7fffffff;
const EMPTY = new Uint8Array(0);

/** The one term of a clause when it is answered by one postings row: one run of one or two code
 * points, not a doubled character (哈哈 counts non-overlapping occurrences from the offsets). */
function pairOf(terms: string[]): [number, number] | null {
  if (terms.length !== 1) return null;
  const runs = runsOfTerm(terms[0]!);
  if (runs.length !== 1) return null;
  const { cps } = runs[0]!;
  if (cps.length === 1) return [cps[0]!, 0];
  return cps.length === 2 && cps[0] !== cps[1] ? [cps[0]!, cps[1]!] : null;
}

/** The clause's hits within `pass`, or null when the clause is not a one-row term (or a segment
 * has renamed documents, whose titles are matched as text). The kept lists are memoised in `th`
 * for the result page's hit counts: every result passes the filter, so they answer the same. */
export function filteredClause(
  lib: LibraryIndex,
  th: TermHits,
  terms: string[],
  pass: Uint8Array,
  passing: number,
): FilteredClause | null {
  const pair = pairOf(terms);
  if (!pair || lib.segments.some((v) => v.renamed.size > 0)) return null;
  const rows = lib.segments.map((view) => ({
    view,
    b: readPostings(view, BODY, pair[0], pair[1], false),
    t: readPostings(view, TITLE, pair[0], pair[1], false),
  }));
  const cap = Math.min(
    passing,
    rows.reduce((n, r) => n + (r.b?.df ?? 0) + (r.t?.df ?? 0), 0),
  );
  // One allocation for the four columns (a typed array of a few hundred entries costs about as
  // much to allocate as to fill).
  const cols = new Int32Array(4 * cap);
  const out: FilteredClause = {
    count: 0,
    g: cols.subarray(0, cap),
    local: cols.subarray(cap, 2 * cap),
    body: cols.subarray(2 * cap, 3 * cap),
    title: cols.subarray(3 * cap),
  };
  let k = 0;
  for (const { view, b, t } of rows) {
    const from = k;
    const base = liveBase(lib, view);
    const title = t ? decodeDocs(t) : NO_HITS;
    k = base >= 0 ? walkLive(base, b, title, pass, out, k) : walk(lib, view, b, title, pass, out, k);
    // Views, not copies: a kept document without hits in one field has a count of 0 there, which
    // tfOf answers as it does for a document left out.
    const local = out.local.subarray(from, k);
    th.put(view, BODY, terms[0]!, { docs: local, tf: out.body.subarray(from, k) });
    th.put(view, TITLE, terms[0]!, { docs: local, tf: out.title.subarray(from, k) });
  }
  out.g = out.g.subarray(0, k);
  out.local = out.local.subarray(0, k);
  out.body = out.body.subarray(0, k);
  out.title = out.title.subarray(0, k);
  return out;
}

/** Merges a segment's body row with its (decoded, short) title row: counts live documents, keeps
 * the passing ones. One loop over the body's bytes, the varints decoded in place: a common
 * character's row holds most of the library, of which a tag keeps a twentieth, so the count of a
 * document failing the filter is skipped rather than decoded. */
function walk(
  lib: LibraryIndex,
  view: SegmentView,
  b: RawPostings | null,
  title: DocHits,
  pass: Uint8Array,
  out: FilteredClause,
  k: number,
): number {
  const { toGlobal } = view;
  const { alive } = lib;
  const buf = b ? b.docs : EMPTY;
  const td = title.docs;
  let left = b ? b.df : 0;
  let at = 0;
  let doc = 0;
  let j = 0;
  let count = 0;
  for (;;) {
    let bd = END;
    if (left > 0) {
      left--;
      let byte = buf[at++]!;
      let v = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) v |= ((byte = buf[at++]!) & 0x7f) << shift;
      bd = doc += v;
    }
    // Title-only documents before this body entry (or after the last one).
    for (; j < td.length && td[j]! < bd; j++) {
      const glob = toGlobal[td[j]!]!;
      if (glob < 0 || !alive[glob]) continue;
      count++;
      if (pass[glob] === 1) k = keep(out, k, glob, td[j]!, 0, title.tf[j]!);
    }
    if (bd === END) break;
    const tt = j < td.length && td[j] === bd ? title.tf[j++]! : 0;
    const glob = toGlobal[bd]!;
    if (glob < 0 || !alive[glob] || pass[glob] !== 1) {
      while (buf[at++]! >= 0x80); // its count, not needed
      if (glob >= 0 && alive[glob]) count++;
      continue;
    }
    count++;
    let byte = buf[at++]!;
    let bt = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) bt |= ((byte = buf[at++]!) & 0x7f) << shift;
    k = keep(out, k, glob, bd, bt, tt);
  }
  out.count += count;
  return k;
}

/** Per segment view: the global number of its first document when its documents are numbered
 * base, base + 1, … and all live (the bundle without deletions), else -1. Views live and die with
 * their library index, whose numbering and deletions never change. */
const liveBases = new WeakMap<SegmentView, number>();

function liveBase(lib: LibraryIndex, view: SegmentView): number {
  let base = liveBases.get(view);
  if (base === undefined) {
    const { toGlobal } = view;
    base = toGlobal.length ? toGlobal[0]! : -1;
    for (let i = 0; i < toGlobal.length && base >= 0; i++)
      if (toGlobal[i] !== base + i || lib.alive[base + i] !== 1) base = -1;
    liveBases.set(view, base);
  }
  return base;
}

/** walk for a segment numbered from `base` with every document live: a document's global number is
 * base + local and the clause's count is the body row's df plus the title-only documents, so a body
 * entry failing the filter costs its two varints' bytes and one read of the mask. */
function walkLive(
  base: number,
  b: RawPostings | null,
  title: DocHits,
  pass: Uint8Array,
  out: FilteredClause,
  k: number,
): number {
  const buf = b ? b.docs : EMPTY;
  const df = b ? b.df : 0;
  const td = title.docs;
  const ttf = title.tf;
  // The mask from the segment's first document on: indexed by local number.
  const mask = base === 0 ? pass : pass.subarray(base);
  let at = 0;
  let doc = 0;
  let j = 0;
  let titleOnly = 0;
  // The title row is merged in only where the next title entry is reached: the loop over a common
  // character's body row (most of the library, a twentieth kept) does no more than it must.
  let nextTitle = td.length ? td[0]! : END;
  for (let left = df; left > 0; left--) {
    let byte = buf[at++]!;
    let v = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) v |= ((byte = buf[at++]!) & 0x7f) << shift;
    doc += v;
    let tt = 0;
    if (doc >= nextTitle) {
      // Title-only documents before this body entry.
      for (; j < td.length && td[j]! < doc; j++) {
        titleOnly++;
        if (mask[td[j]!] === 1) k = keep(out, k, base + td[j]!, td[j]!, 0, ttf[j]!);
      }
      if (j < td.length && td[j] === doc) tt = ttf[j++]!;
      nextTitle = j < td.length ? td[j]! : END;
    }
    if (mask[doc] !== 1) {
      while (buf[at++]! >= 0x80); // its count, not needed
      continue;
    }
    byte = buf[at++]!;
    let bt = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) bt |= ((byte = buf[at++]!) & 0x7f) << shift;
    k = keep(out, k, base + doc, doc, bt, tt);
  }
  // Title-only documents after the last body entry.
  for (; j < td.length; j++) {
    titleOnly++;
    if (mask[td[j]!] === 1) k = keep(out, k, base + td[j]!, td[j]!, 0, ttf[j]!);
  }
  out.count += df + titleOnly;
  return k;
}

function keep(out: FilteredClause, k: number, glob: number, local: number, body: number, title: number): number {
  out.g[k] = glob;
  out.local[k] = local;
  out.body[k] = body;
  out.title[k] = title;
  return k + 1;
}

/** Whether some document passing the filter may hold one of the clause's terms (body or title):
 * false only when none does. */
export function anyWithin(lib: LibraryIndex, th: TermHits, terms: string[], pass: Uint8Array): boolean {
  // A renamed document's title is matched as text (match.ts): not answered here.
  if (lib.segments.some((v) => v.renamed.size > 0)) return true;
  return lib.segments.some((view) =>
    terms.some((term) =>
      [BODY, TITLE].some((field) =>
        mayHoldWithin(view, field, term, (local) => isPassing(view, local, lib, pass), th.postings),
      ),
    ),
  );
}

function isPassing(view: SegmentView, local: number, lib: LibraryIndex, pass: Uint8Array): boolean {
  const g = view.toGlobal[local]!;
  return g >= 0 && lib.alive[g] === 1 && pass[g] === 1;
}
