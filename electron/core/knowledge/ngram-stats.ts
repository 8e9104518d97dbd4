// Character n-gram statistics over a corpus of Han-character runs: frequency, the documents and
// years an n-gram occurs in, left/right boundary entropy and PMI cohesion. Pure and in-memory:
// n-grams are counted level by level and only extended when both halves are frequent (apriori),
// so the 1.4 M-character library stays in a few hundred MB of maps at most.

export interface CorpusDoc {
  id: string;
  year: number | null;
  /** Folded (simplified) text. */
  text: string;
}

export interface NgramStat {
  gram: string;
  count: number;
  docs: number;
  years: number[];
  /** Min of left and right boundary entropy (bits): how freely the phrase combines with context. */
  entropy: number;
  leftEntropy: number;
  rightEntropy: number;
  /** Min over split points of log2(P(w) / (P(a)·P(b))): how tightly the halves stick together. */
  pmi: number;
}

/** Han runs of a text: n-grams never cross punctuation, digits or Latin letters. */
export function hanRuns(text: string): string[] {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

function entropy(counts: Map<string, number>): number {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / total;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Counts of every n-gram (1..maxN) seen at least `minCount` times; longer ones only when their
 * prefix and suffix are frequent too. */
export function countNgrams(runs: string[][], maxN: number, minCount: number): Map<string, number> {
  const all = new Map<string, number>();
  let prev: Map<string, number> | null = null;
  for (let n = 1; n <= maxN; n++) {
    const level = new Map<string, number>();
    for (const doc of runs)
      for (const run of doc)
        for (let i = 0; i + n <= run.length; i++) {
          const g = run.slice(i, i + n);
          if (prev && (!prev.has(g.slice(0, -1)) || !prev.has(g.slice(1)))) continue;
          level.set(g, (level.get(g) ?? 0) + 1);
        }
    for (const [g, c] of level) if (c < minCount) level.delete(g);
    if (level.size === 0) break;
    for (const [g, c] of level) all.set(g, c);
    prev = level;
  }
  return all;
}

/** Full statistics for the n-grams of length minN..maxN with at least `minCount` occurrences. */
export function ngramStats(corpus: CorpusDoc[], opts: { minN: number; maxN: number; minCount: number }): NgramStat[] {
  const runs = corpus.map((d) => hanRuns(d.text));
  const counts = countNgrams(runs, opts.maxN + 1, opts.minCount);
  let total = 0;
  for (const doc of runs) for (const run of doc) total += run.length;
  const wanted = new Map<
    string,
    { left: Map<string, number>; right: Map<string, number>; docs: Set<string>; years: Set<number> }
  >();
  for (const [g] of counts)
    if (g.length >= opts.minN && g.length <= opts.maxN)
      wanted.set(g, { left: new Map(), right: new Map(), docs: new Set(), years: new Set() });
  corpus.forEach((d, di) => {
    for (const run of runs[di]!)
      for (let n = opts.minN; n <= opts.maxN; n++)
        for (let i = 0; i + n <= run.length; i++) {
          const ctx = wanted.get(run.slice(i, i + n));
          if (!ctx) continue;
          const l = i > 0 ? run[i - 1]! : `^${i}${di}`; // a run edge counts as a distinct neighbour
          const r = i + n < run.length ? run[i + n]! : `$${i}${di}`;
          ctx.left.set(l, (ctx.left.get(l) ?? 0) + 1);
          ctx.right.set(r, (ctx.right.get(r) ?? 0) + 1);
          ctx.docs.add(d.id);
          if (d.year !== null) ctx.years.add(d.year);
        }
  });
  const p = (g: string) => (counts.get(g) ?? 0) / total;
  const out: NgramStat[] = [];
  for (const [gram, ctx] of wanted) {
    let pmi = Infinity;
    for (let k = 1; k < gram.length; k++) {
      const pa = p(gram.slice(0, k));
      const pb = p(gram.slice(k));
      if (pa > 0 && pb > 0) pmi = Math.min(pmi, Math.log2(p(gram) / (pa * pb)));
    }
    const leftEntropy = entropy(ctx.left);
    const rightEntropy = entropy(ctx.right);
    out.push({
      gram,
      count: counts.get(gram) ?? 0,
      docs: ctx.docs.size,
      years: [...ctx.years].sort((a, b) => a - b),
      entropy: Math.min(leftEntropy, rightEntropy),
      leftEntropy,
      rightEntropy,
      pmi: Number.isFinite(pmi) ? pmi : 0,
    });
  }
  return out;
}
