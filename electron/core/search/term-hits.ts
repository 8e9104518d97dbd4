// Where a folded term occurs in one field of one segment: one- and two-character runs straight from
// their postings, longer runs by aligning the offsets of their character pairs (an exact substring
// test: pairs never span whitespace, and the offsets are those of the folded text). A term holding
// whitespace needs each of its runs (AND), as the query syntax documents.
import type { Field } from './index-schema.js';
import { isSpace } from './postings-builder.js';
import {
  decodeDocs,
  intersect,
  NO_HITS,
  positionsIn,
  readPostings,
  restrict,
  type DocHits,
  type Positions,
  type RawPostings,
  type SegmentRef,
} from './postings.js';
import { PostingsMemo } from './postings-memo.js';

/** A run of non-whitespace characters: code points and their UTF-16 offsets in the run. */
export interface Run {
  cps: number[];
  offs: number[];
  units: number;
}

export function runsOfTerm(term: string): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (isSpace(code)) {
      cur = null;
      continue;
    }
    if (!cur) runs.push((cur = { cps: [], offs: [], units: 0 }));
    const cp = term.codePointAt(i)!;
    cur.cps.push(cp);
    cur.offs.push(cur.units);
    const w = cp > 0xffff ? 2 : 1;
    cur.units += w;
    i += w - 1;
  }
  return runs;
}

function runHits(s: SegmentRef, field: Field, run: Run, memo: PostingsMemo): DocHits {
  const { cps } = run;
  if (cps.length === 1) {
    const p = readPostings(s, field, cps[0]!, 0, false);
    return p ? decodeDocs(p) : NO_HITS;
  }
  if (cps.length === 2) {
    // Offsets only for a doubled character, counted from them below.
    const p = readPostings(s, field, cps[0]!, cps[1]!, cps[0] === cps[1]);
    if (!p) return NO_HITS;
    const hits = decodeDocs(p);
    // A doubled character (哈哈, ……) overlaps itself: count non-overlapping occurrences, as a
    // reader (and the snippet marker) would, from the offsets.
    if (cps[0] === cps[1]) {
      const w = run.offs[1]!;
      const { at, start } = positionsIn(p, hits, hits.docs);
      for (let i = 0; i < hits.docs.length; i++) {
        let n = 0;
        let end = -1;
        for (let k = start[i]!; k < start[i + 1]!; k++)
          if (at[k]! >= end) {
            n++;
            end = at[k]! + 2 * w;
          }
        hits.tf[i] = n;
      }
    }
    return hits;
  }
  return phraseHits(s, field, run, memo);
}

/** Pairs whose positions fix every character of the run: 0, 2, 4, … and the last one. */
function coverPairs(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < n; i += 2) out.push(i);
  if (n % 2 === 1) out.push(n - 2);
  return out;
}

/** The pairs fixing a run (of 3+ code points) and the documents holding all of them, a superset of
 * those holding the run (narrowed by documents, rarest pair first; no offsets read unless `withPos`);
 * null when a pair is missing. */
function pairDocs(
  s: SegmentRef,
  field: Field,
  run: Run,
  memo: PostingsMemo,
  withPos: boolean,
): { pairs: { raw: RawPostings; off: number }[]; cand: Int32Array } | null {
  const { cps, offs } = run;
  const fetched = new Map<number, RawPostings>();
  const pairs: { raw: RawPostings; off: number }[] = [];
  for (const i of coverPairs(cps.length)) {
    const k = cps[i]! * 0x200000 + cps[i + 1]!;
    let raw = fetched.get(k);
    if (!raw) {
      const r = memo.get(s, field, cps[i]!, cps[i + 1]!, withPos);
      if (!r) return null; // a missing pair: no need to decode the others
      fetched.set(k, (raw = r));
    }
    pairs.push({ raw, off: offs[i]! });
  }
  const byDf = [...fetched.values()].sort((a, b) => a.df - b.df);
  let cand = memo.docs(byDf[0]!).docs;
  for (let i = 1; i < byDf.length && cand.length; i++) cand = intersect(cand, memo.docs(byDf[i]!).docs);
  return { pairs, cand };
}

/** Documents of the segment whose field holds the run (of 3+ code points), with counts: the offsets
 * are decoded for the documents holding every pair only. */
function phraseHits(s: SegmentRef, field: Field, run: Run, memo: PostingsMemo): DocHits {
  const found = pairDocs(s, field, run, memo, true);
  if (!found || found.cand.length === 0) return NO_HITS;
  const { pairs, cand } = found;
  const fetched = new Set(pairs.map((p) => p.raw));
  const lists = new Map<RawPostings, Positions>();
  for (const raw of fetched) lists.set(raw, positionsIn(raw, memo.docs(raw), cand));
  const anchor = pairs.reduce((a, b) => (b.raw.df < a.raw.df ? b : a));
  const anchored = lists.get(anchor.raw)!;
  const of = pairs.map((p) => lists.get(p.raw)!);
  const docs = new Int32Array(cand.length);
  const tf = new Int32Array(cand.length);
  let n = 0;
  const ptr = new Int32Array(pairs.length);
  for (let c = 0; c < cand.length; c++) {
    for (let i = 0; i < pairs.length; i++) ptr[i] = of[i]!.start[c]!;
    let count = 0;
    let end = -1;
    for (let k = anchored.start[c]!; k < anchored.start[c + 1]!; k++) {
      const start = anchored.at[k]! - anchor.off;
      if (start < end) continue; // count non-overlapping occurrences, like the snippet marker
      let ok = true;
      for (let i = 0; i < pairs.length && ok; i++) {
        const want = start + pairs[i]!.off;
        const { at, start: from } = of[i]!;
        const stop = from[c + 1]!;
        let j = ptr[i]!;
        while (j < stop && at[j]! < want) j++;
        ptr[i] = j;
        ok = j < stop && at[j] === want;
      }
      if (ok) {
        count++;
        end = start + run.units;
      }
    }
    if (count) {
      docs[n] = cand[c]!;
      tf[n++] = count;
    }
  }
  return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
}

/** Documents of the segment whose field contains the folded term, with occurrence counts. */
function lookup(s: SegmentRef, field: Field, term: string, memo: PostingsMemo): DocHits {
  const runs = runsOfTerm(term);
  if (runs.length === 0) return NO_HITS;
  let acc = runHits(s, field, runs[0]!, memo);
  for (let i = 1; i < runs.length && acc.docs.length; i++) {
    const next = runHits(s, field, runs[i]!, memo);
    const both = intersect(acc.docs, next.docs);
    const a = restrict(acc, both);
    const b = restrict(next, both);
    for (let j = 0; j < both.length; j++) a.tf[j]! += b.tf[j]!;
    acc = a;
  }
  return acc;
}

/** Whether some document of the segment accepted by `keep` may hold the folded term in the field:
 * holds each of its runs, a run of 3+ code points counted as held where all its pairs are (no
 * offsets read). A false answer is exact: no accepted document holds the term. */
export function mayHoldWithin(
  s: SegmentRef,
  field: Field,
  term: string,
  keep: (local: number) => boolean,
  memo: PostingsMemo,
): boolean {
  const runs = runsOfTerm(term);
  let acc: Int32Array | null = null;
  for (const run of runs) {
    const docs =
      run.cps.length > 2
        ? (pairDocs(s, field, run, memo, false)?.cand ?? NO_HITS.docs)
        : runHits(s, field, run, memo).docs;
    // One run (the usual term): the first accepted document answers, with no list of them made.
    if (runs.length === 1) {
      for (let i = 0; i < docs.length; i++) if (keep(docs[i]!)) return true;
      return false;
    }
    const kept = docs.filter(keep);
    acc = acc ? intersect(acc, kept) : kept;
    if (acc.length === 0) return false;
  }
  return acc !== null;
}

/** Term lookups of one query, memoised: the clauses, the exclusions and the result page's hit
 * counts ask for the same terms. */
export class TermHits {
  // Per segment object (segment ids are only unique within a schema: bundle and user both have 1),
  // then per field: the result page asks for every hit's counts, and a key string per call cost more
  // than the lookup.
  private memo = new Map<SegmentRef, [Map<string, DocHits>, Map<string, DocHits>]>();
  /** The postings rows read by this query's lookups (a filtered phrase reads its pairs twice). */
  readonly postings = new PostingsMemo();
  private fieldMap(s: SegmentRef, field: Field): Map<string, DocHits> {
    let m = this.memo.get(s);
    if (!m) this.memo.set(s, (m = [new Map(), new Map()]));
    return m[field];
  }
  get(s: SegmentRef, field: Field, term: string): DocHits {
    const m = this.fieldMap(s, field);
    let h = m.get(term);
    if (!h) m.set(term, (h = lookup(s, field, term, this.postings)));
    return h;
  }
  /** Memoises hits found otherwise (filtered-match.ts), unless the term was looked up already. */
  put(s: SegmentRef, field: Field, term: string, hits: DocHits): void {
    const m = this.fieldMap(s, field);
    if (!m.has(term)) m.set(term, hits);
  }
}

/** Occurrences for one local document (0 when absent). */
export function tfOf(h: DocHits, local: number): number {
  let lo = 0;
  let hi = h.docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h.docs[mid]! < local) lo = mid + 1;
    else hi = mid;
  }
  // Bounded: a read past the end (a document after the last hit) deoptimised this in a new segment.
  return lo < h.docs.length && h.docs[lo] === local ? h.tf[lo]! : 0;
}
