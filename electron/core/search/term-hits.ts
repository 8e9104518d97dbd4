// Where a folded term occurs in one field of one segment: one- and two-character runs straight from
// their postings, longer runs by aligning the offsets of their character pairs (an exact substring
// test: pairs never span whitespace, and the offsets are those of the folded text). A term holding
// whitespace needs each of its runs (AND), as the query syntax documents.
import type Database from 'better-sqlite3';
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
  type RawPostings,
} from './postings.js';

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

function runHits(db: Database.Database, seg: number, field: Field, run: Run): DocHits {
  const { cps } = run;
  if (cps.length === 1) {
    const p = readPostings(db, seg, field, cps[0]!, 0);
    return p ? decodeDocs(p) : NO_HITS;
  }
  if (cps.length === 2) {
    const p = readPostings(db, seg, field, cps[0]!, cps[1]!);
    return p ? decodeDocs(p) : NO_HITS;
  }
  return phraseHits(db, seg, field, run);
}

interface Pair {
  raw: RawPostings;
  hits: DocHits;
  /** Offset of the pair inside the run. */
  off: number;
}

function phraseHits(db: Database.Database, seg: number, field: Field, run: Run): DocHits {
  const { cps, offs } = run;
  const fetched = new Map<number, { raw: RawPostings; hits: DocHits }>();
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < cps.length; i++) {
    const k = cps[i]! * 0x200000 + cps[i + 1]!;
    let f = fetched.get(k);
    if (!f) {
      const raw = readPostings(db, seg, field, cps[i]!, cps[i + 1]!);
      if (!raw) return NO_HITS;
      f = { raw, hits: decodeDocs(raw) };
      fetched.set(k, f);
    }
    pairs.push({ ...f, off: offs[i]! });
  }
  // Narrow by documents first, rarest pair first; offsets are decoded for survivors only.
  const byDf = [...pairs].sort((a, b) => a.raw.df - b.raw.df);
  let cand = byDf[0]!.hits.docs;
  for (let i = 1; i < byDf.length && cand.length; i++) cand = intersect(cand, byDf[i]!.hits.docs);
  if (cand.length === 0) return NO_HITS;
  const lists = new Map<Pair['raw'], Int32Array[]>();
  for (const p of pairs) if (!lists.has(p.raw)) lists.set(p.raw, positionsIn(p.raw, p.hits, cand));
  const anchor = byDf[0]!;
  const docs = new Int32Array(cand.length);
  const tf = new Int32Array(cand.length);
  let n = 0;
  const ptr = new Int32Array(pairs.length);
  for (let c = 0; c < cand.length; c++) {
    const at = pairs.map((p) => lists.get(p.raw)![c]!);
    ptr.fill(0);
    let count = 0;
    let end = -1;
    for (const a of lists.get(anchor.raw)![c]!) {
      const start = a - anchor.off;
      if (start < end) continue; // count non-overlapping occurrences, like the snippet marker
      let ok = true;
      for (let i = 0; i < pairs.length && ok; i++) {
        const want = start + pairs[i]!.off;
        const list = at[i]!;
        let j = ptr[i]!;
        while (j < list.length && list[j]! < want) j++;
        ptr[i] = j;
        ok = j < list.length && list[j] === want;
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
export function termHits(db: Database.Database, seg: number, field: Field, term: string): DocHits {
  const runs = runsOfTerm(term);
  if (runs.length === 0) return NO_HITS;
  let acc = runHits(db, seg, field, runs[0]!);
  for (let i = 1; i < runs.length && acc.docs.length; i++) {
    const next = runHits(db, seg, field, runs[i]!);
    const both = intersect(acc.docs, next.docs);
    const a = restrict(acc, both);
    const b = restrict(next, both);
    for (let j = 0; j < both.length; j++) a.tf[j]! += b.tf[j]!;
    acc = a;
  }
  return acc;
}
