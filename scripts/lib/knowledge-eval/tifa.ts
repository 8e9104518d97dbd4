// 提法 precision on the top 150 by count in current documents, against tifa-labels.json.
import type { EvalLibrary } from './library.js';

export interface TifaLabel {
  term: string;
  real: boolean;
  reason: string;
}

export interface TifaResult {
  top: { term: string; count: number }[];
  precision: number;
  notReal: TifaLabel[];
  unjudged: string[];
}

export function topTerms(lib: EvalLibrary, n = 150): { term: string; count: number }[] {
  return [...lib.termCounts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'zh'))
    .slice(0, n);
}

export function evalTifa(lib: EvalLibrary, labels: readonly TifaLabel[], n = 150): TifaResult {
  const top = topTerms(lib, n);
  const byTerm = new Map(labels.map((l) => [l.term, l]));
  const unjudged = top.filter((t) => !byTerm.has(t.term)).map((t) => t.term);
  const notReal = top.flatMap((t) => {
    const l = byTerm.get(t.term);
    return l && !l.real ? [l] : [];
  });
  // Unjudged terms count as not real until someone judges them.
  const real = top.filter((t) => byTerm.get(t.term)?.real).length;
  return { top, precision: top.length ? real / top.length : 0, notReal, unjudged };
}
