// Matching driven by a filter (a tag, a year, a type): only the documents passing it can be results,
// but a clause's idf still counts every live document holding it (a filter narrows the results, it
// does not change the ranking). For a term of one or two characters both come from one walk over
// its body and title postings: the documents are counted as the walk passes them and only those
// passing the filter are kept, with no array of the whole library's hits (for 的 at 13.4 M
// characters, 11,000 entries of which a tag's twentieth are kept). Longer terms need their pairs'
// offsets aligned; a selective filter first checks that some passing document holds the phrase at
// all, and an empty clause ends the query before the library-wide alignment.
import { BODY, TITLE } from './index-schema.js';
import type { LibraryIndex, SegmentView } from './library-index.js';
import { readPostings, type DocHits, type RawPostings } from './postings.js';
import { lookupWithin, runsOfTerm, type TermHits } from './term-hits.js';
import { ByteReader } from './varint.js';

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

/** A walk over one postings row: the current document (END past the last) and its count. */
class Cursor {
  doc = 0;
  tf = 0;
  private left: number;
  private readonly r: ByteReader | null;
  constructor(p: RawPostings | null) {
    this.left = p ? p.df : 0;
    this.r = p ? new ByteReader(p.docs) : null;
    this.next();
  }
  next(): void {
    if (this.left-- <= 0) {
      this.doc = END;
      return;
    }
    this.doc += this.r!.varint();
    this.tf = this.r!.varint();
  }
}

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
  const out: FilteredClause = {
    count: 0,
    g: new Int32Array(cap),
    local: new Int32Array(cap),
    body: new Int32Array(cap),
    title: new Int32Array(cap),
  };
  let k = 0;
  for (const { view, b, t } of rows) {
    const from = k;
    k = walk(lib, view, new Cursor(b), new Cursor(t), pass, out, k);
    th.put(view, BODY, terms[0]!, keptHits(out.local, out.body, from, k));
    th.put(view, TITLE, terms[0]!, keptHits(out.local, out.title, from, k));
  }
  out.g = out.g.subarray(0, k);
  out.local = out.local.subarray(0, k);
  out.body = out.body.subarray(0, k);
  out.title = out.title.subarray(0, k);
  return out;
}

/** Merges a segment's body and title rows: counts live documents, keeps the passing ones. */
function walk(
  lib: LibraryIndex,
  view: SegmentView,
  b: Cursor,
  t: Cursor,
  pass: Uint8Array,
  out: FilteredClause,
  k: number,
): number {
  const { toGlobal } = view;
  const { alive } = lib;
  let count = 0;
  while (b.doc !== END || t.doc !== END) {
    const local = b.doc < t.doc ? b.doc : t.doc;
    let bt = 0;
    let tt = 0;
    if (b.doc === local) {
      bt = b.tf;
      b.next();
    }
    if (t.doc === local) {
      tt = t.tf;
      t.next();
    }
    const glob = toGlobal[local]!;
    if (glob < 0 || !alive[glob]) continue;
    count++;
    if (pass[glob] !== 1) continue;
    out.g[k] = glob;
    out.local[k] = local;
    out.body[k] = bt;
    out.title[k++] = tt;
  }
  out.count += count;
  return k;
}

/** The kept entries of one field as a segment's hit list (local numbers, zero counts left out). */
function keptHits(local: Int32Array, tf: Int32Array, from: number, to: number): DocHits {
  let n = 0;
  for (let i = from; i < to; i++) if (tf[i]) n++;
  const out: DocHits = { docs: new Int32Array(n), tf: new Int32Array(n) };
  for (let i = from, j = 0; i < to; i++)
    if (tf[i]) {
      out.docs[j] = local[i]!;
      out.tf[j++] = tf[i]!;
    }
  return out;
}

/** Whether some document passing the filter holds one of the clause's terms (body or title). */
export function anyWithin(lib: LibraryIndex, th: TermHits, terms: string[], pass: Uint8Array): boolean {
  // A renamed document's title is matched as text (match.ts): not answered here.
  if (lib.segments.some((v) => v.renamed.size > 0)) return true;
  return lib.segments.some((view) =>
    terms.some((term) =>
      [BODY, TITLE].some((field) =>
        lookupWithin(view, field, term, (local) => isPassing(view, local, lib, pass), th.postings),
      ),
    ),
  );
}

function isPassing(view: SegmentView, local: number, lib: LibraryIndex, pass: Uint8Array): boolean {
  const g = view.toGlobal[local]!;
  return g >= 0 && lib.alive[g] === 1 && pass[g] === 1;
}
