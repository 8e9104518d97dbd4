// A query class whose terms mix single characters with longer ones (the tag class draws 1–3
// characters) split into a `1 char` and a longer sub-class: issue 14's 10× target applies to
// queries of two or more characters, and a one-character naive scan is a single indexOf. The rows
// are a split of the measured queries (the same timings), never a separate run.

export type TermKind = 'one' | 'multi' | 'mixed';

export interface SubClass {
  name: string;
  /** Indexes of the class's queries in this sub-class. */
  at: number[];
  kind: Exclude<TermKind, 'mixed'>;
}

/** Length in characters (code points) of a query's first word: the term, in `党建 tag:bench`. */
export function termLength(query: string): number {
  return [...(query.trim().split(/\s+/)[0] ?? '')].length;
}

/** Whether a whole class's terms are one character, longer, or both. */
export function termKind(queries: readonly string[]): TermKind {
  const ones = queries.filter((q) => termLength(q) === 1).length;
  return ones === 0 ? 'multi' : ones === queries.length ? 'one' : 'mixed';
}

const chars = (lo: number, hi: number) => (lo === hi ? `${lo} char${lo === 1 ? '' : 's'}` : `${lo}–${hi} chars`);

/** `name (1 char)` and `name (2–3 chars)` for a mixed class, in that order; [] for any other class. */
export function splitByTermLength(name: string, queries: readonly string[]): SubClass[] {
  if (termKind(queries) !== 'mixed') return [];
  const lens = queries.map(termLength);
  const one: number[] = [];
  const more: number[] = [];
  lens.forEach((n, i) => (n === 1 ? one : more).push(i));
  const longer = more.map((i) => lens[i]!);
  return [
    { name: `${name} (1 char)`, at: one, kind: 'one' },
    { name: `${name} (${chars(Math.min(...longer), Math.max(...longer))})`, at: more, kind: 'multi' },
  ];
}

/** The timings of a sub-class's queries, pass by pass (the same measurements as the whole class). */
export function pickRuns(runs: readonly number[][], at: readonly number[]): number[][] {
  return runs.map((r) => at.map((i) => r[i]!));
}
