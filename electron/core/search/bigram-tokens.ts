// Character-bigram tokens for the FTS5 phrase index. Every non-whitespace character is indexed
// (CJK, Latin, digits, punctuation) so a phrase query of overlapping bigrams is exactly a
// substring test on the folded text. Each run of non-whitespace code points of length n yields
// n-1 bigrams plus the run's last character as a unigram, so a prefix query `c*` finds every
// occurrence of a single character c (followed by something, or at the end of a run).
// SQLite uses the `ascii` tokenizer (splits on ASCII separators only); ASCII punctuation inside
// tokens is shifted into the private-use area so the tokenizer never splits a token.

const SPACE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;

function encodeChar(c: string): string {
  const code = c.charCodeAt(0);
  // ASCII non-alphanumerics are separators for the ascii tokenizer: remap them.
  if (code < 0x80 && !/[a-z0-9]/.test(c)) return String.fromCharCode(0xe000 + code);
  // Upper-case ASCII never reaches here (text is folded), but keep the tokenizer's own case fold honest.
  return c;
}

/** Split folded text into runs of non-whitespace code points. */
export function runsOf(folded: string): string[][] {
  const runs: string[][] = [];
  let cur: string[] = [];
  for (const cp of folded) {
    if (SPACE.test(cp)) {
      if (cur.length) runs.push(cur);
      cur = [];
    } else cur.push(encodeChar(cp));
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/** Folded text → the space-separated token string stored in the FTS5 index. */
export function toIndexText(folded: string): string {
  const out: string[] = [];
  for (const run of runsOf(folded)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
    out.push(run[run.length - 1]!);
  }
  return out.join(' ');
}

/** True when a folded term contains whitespace-free characters to search for. */
export function isSearchable(foldedTerm: string): boolean {
  return runsOf(foldedTerm).length > 0;
}

/** One folded, whitespace-free term → an FTS5 expression matching exactly its occurrences.
 * Terms containing whitespace are split into runs that must all match (AND). */
export function termToFts(foldedTerm: string): string | null {
  const parts: string[] = [];
  for (const run of runsOf(foldedTerm)) {
    if (run.length === 1) parts.push(`"${run[0]!}"*`);
    else {
      const grams: string[] = [];
      for (let i = 0; i + 1 < run.length; i++) grams.push(run[i]! + run[i + 1]!);
      parts.push(`"${grams.join(' ')}"`);
    }
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}
