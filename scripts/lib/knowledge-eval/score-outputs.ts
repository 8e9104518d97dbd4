// One count for the 金句 of a labelled set, the library's (quotes.ts) or a user's imports (local-quotes.ts):
// precision = outputs judged good / outputs, recall = picks found among the outputs / picks.

/** A labelled document as the count reads it: what the code output for it, its judgements, its picks. */
export interface ScoredDoc<Q, J, P> {
  outputs: readonly Q[];
  /** The judgement of an output, if it has one. */
  judge: (q: Q) => J | undefined;
  picks: readonly P[];
  /** Whether a pick is among the outputs. */
  finds: (p: P) => boolean;
}

export interface OutputScore<Q, J, P> {
  outputs: number;
  precision: number;
  recall: number;
  /** Picks not found, outputs judged bad, outputs with no judgement, in the documents' order. */
  missed: P[];
  bad: J[];
  unjudged: Q[];
}

export function scoreOutputs<Q, J extends { good: boolean }, P>(
  docs: Iterable<ScoredDoc<Q, J, P>>,
): OutputScore<Q, J, P> {
  const out: OutputScore<Q, J, P> = { outputs: 0, precision: 0, recall: 0, missed: [], bad: [], unjudged: [] };
  let good = 0;
  let found = 0;
  let picks = 0;
  for (const d of docs) {
    for (const q of d.outputs) {
      out.outputs++;
      const j = d.judge(q);
      if (!j) out.unjudged.push(q);
      else if (j.good) good++;
      else out.bad.push(j);
    }
    for (const p of d.picks) {
      picks++;
      if (d.finds(p)) found++;
      else out.missed.push(p);
    }
  }
  out.precision = out.outputs ? good / out.outputs : 0;
  out.recall = picks ? found / picks : 0;
  return out;
}
