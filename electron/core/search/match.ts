// Evaluates a parsed query over the library: each clause (an OR group) is looked up in every
// segment's title and body postings, mapped to global document numbers and scored; documents
// that match every clause, contain no excluded term and pass the filters are the candidates.
// Per-document state lives in typed arrays indexed by global number (no Set, Map or object per
// match, which cost most of the time before).
import { BODY, TITLE } from './index-schema.js';
import type { LibraryIndex, SegmentView } from './library-index.js';
import { NO_HITS, union, type DocHits } from './postings.js';
import type { ParsedQuery } from './query-parser.js';
import { filterMask, hasFilter } from './filters.js';
import { bodyScore, idf } from './rank.js';
import { runsOfTerm, TermHits } from './term-hits.js';
import { anyWithin, filteredClause } from './filtered-match.js';

/** A filter passing at most 1/SELECTIVE of the library is checked before a phrase is aligned. */
const SELECTIVE = 10;
const passingCounts = new WeakMap<Uint8Array, number>();

/** Documents passing a (cached) filter mask. */
function countPassing(mask: Uint8Array): number {
  let k = passingCounts.get(mask);
  if (k === undefined) {
    k = 0;
    for (let g = 0; g < mask.length; g++) k += mask[g]!;
    passingCounts.set(mask, k);
  }
  return k;
}

export interface Candidates {
  /** Global numbers of the matching documents. */
  docs: Int32Array;
  /** Indexed by global number: relevance within body and title hits. */
  score: Float64Array;
  /** Indexed by global number: how many clauses occur in the title. */
  titleHits: Uint8Array;
  /** The query's term lookups (for hit counts of the result page). */
  terms: TermHits;
}

/** Non-overlapping occurrences of a folded term in folded text (every run must occur). */
export function countTerm(text: string, term: string): number {
  let total = 0;
  for (const run of runsOfTerm(term)) {
    const s = String.fromCodePoint(...run.cps);
    let n = 0;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) n++;
    if (n === 0) return 0;
    total += n;
  }
  return total;
}

/** Title hits of a segment for the terms, with renamed documents matched on their new title. */
function titleHits(th: TermHits, view: SegmentView, terms: string[]): DocHits {
  const indexed = union(terms.map((t) => th.get(view, TITLE, t)));
  if (view.renamed.size === 0) return indexed;
  const docs: number[] = [];
  const tf: number[] = [];
  for (let i = 0; i < indexed.docs.length; i++) {
    if (view.renamed.has(indexed.docs[i]!)) continue;
    docs.push(indexed.docs[i]!);
    tf.push(indexed.tf[i]!);
  }
  const extra: DocHits[] = [{ docs: Int32Array.from(docs), tf: Int32Array.from(tf) }];
  for (const [local, title] of view.renamed) {
    const n = terms.reduce((s, t) => s + countTerm(title, t), 0);
    if (n) extra.push({ docs: Int32Array.of(local), tf: Int32Array.of(n) });
  }
  return union(extra);
}

interface ClauseHits {
  g: Int32Array;
  body: Int32Array;
  title: Int32Array;
}

/** Every live document matching one of the terms, in title or body, with both counts. */
function clauseHits(lib: LibraryIndex, th: TermHits, terms: string[]): ClauseHits {
  const parts = lib.segments.map((view) => ({
    view,
    b: union(terms.map((t) => th.get(view, BODY, t))),
    t: titleHits(th, view, terms),
  }));
  const cap = parts.reduce((n, p) => n + p.b.docs.length + p.t.docs.length, 0);
  const g = new Int32Array(cap);
  const body = new Int32Array(cap);
  const title = new Int32Array(cap);
  let k = 0;
  const { alive } = lib;
  for (const { view, b, t } of parts) {
    const toGlobal = view.toGlobal;
    let i = 0;
    let j = 0;
    while (i < b.docs.length || j < t.docs.length) {
      const bd = i < b.docs.length ? b.docs[i]! : 0x7fffffff;
      const td = j < t.docs.length ? t.docs[j]! : 0x7fffffff;
      const local = bd < td ? bd : td;
      const glob = toGlobal[local]!;
      const bt = bd === local ? b.tf[i++]! : 0;
      const tt = td === local ? t.tf[j++]! : 0;
      if (glob < 0 || !alive[glob]) continue;
      g[k] = glob;
      body[k] = bt;
      title[k++] = tt;
    }
  }
  return { g: g.subarray(0, k), body: body.subarray(0, k), title: title.subarray(0, k) };
}

function excluded(lib: LibraryIndex, th: TermHits, terms: string[]): Uint8Array | null {
  if (terms.length === 0) return null;
  const out = lib.scratch('excluded');
  const h = clauseHits(lib, th, terms);
  for (const g of h.g) out[g] = 1;
  return out;
}

function noMatch(perDoc: { score: Float64Array; titleHits: Uint8Array }, th: TermHits): Candidates {
  return { docs: new Int32Array(0), score: perDoc.score, titleHits: perDoc.titleHits, terms: th };
}

export function evaluate(lib: LibraryIndex, q: ParsedQuery): Candidates {
  const n = lib.n;
  // Per-document arrays are the library's, zeroed where the last query wrote, not new ones per query (less GC).
  const perDoc = lib.docScratch();
  const { score, titleHits: titleCount } = perDoc;
  const groups = q.clauses.filter((g) => g.some((t) => runsOfTerm(t).length > 0));
  const th = new TermHits();
  const ex = excluded(lib, th, q.exclude);
  const filtered = hasFilter(q.filters);
  // Live documents passing the filters; candidates failing it are never scored.
  const pass = filtered ? filterMask(lib, q.filters) : lib.alive;
  // No closures here: under tsx every named closure is renamed at each call (esbuild's keepNames),
  // which cost a search more than the checks themselves.
  if (groups.length === 0) {
    if (!ex && !filtered) return noMatch(perDoc, th);
    const docs: number[] = [];
    for (let g = 0; g < n; g++) if (pass[g] === 1 && !(ex && ex[g])) docs.push(g);
    return { docs: Int32Array.from(docs), score, titleHits: titleCount, terms: th };
  }
  const matched = groups.length > 1 ? perDoc.matched : null;
  const passing = filtered ? countPassing(pass) : 0;
  let first: Int32Array = NO_HITS.docs;
  for (let c = 0; c < groups.length; c++) {
    // Under a filter: one walk of a short term's postings, or first a check that some passing
    // document may hold a longer one (filtered-match.ts). Either way the idf counts the whole library.
    const f = filtered ? filteredClause(lib, th, groups[c]!, pass, passing) : null;
    if (f ? f.g.length === 0 : passing * SELECTIVE <= n && filtered && !anyWithin(lib, th, groups[c]!, pass))
      return noMatch(perDoc, th);
    const h = f ?? clauseHits(lib, th, groups[c]!);
    const df = f ? f.count : h.g.length;
    if (df === 0) return noMatch(perDoc, th);
    // idf over the whole library (a filter narrows the results, it does not change the ranking).
    const w = idf(df, n);
    for (let i = 0; i < h.g.length; i++) {
      const g = h.g[i]!;
      if (pass[g] !== 1) continue;
      perDoc.addScore(g, w * bodyScore(h.body[i]! + h.title[i]!, lib.len[g]!, lib.avgLen));
      if (h.title[i]) titleCount[g]!++;
      if (matched) matched[g]!++;
    }
    if (c === 0) first = h.g;
  }
  const docs = new Int32Array(first.length);
  let k = 0;
  for (const g of first)
    if ((!matched || matched[g] === groups.length) && pass[g] === 1 && !(ex && ex[g])) docs[k++] = g;
  return { docs: docs.subarray(0, k), score, titleHits: titleCount, terms: th };
}
