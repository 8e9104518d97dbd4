// Character-bigram tokens for the FTS5 phrase index. Every non-whitespace character is indexed
// (CJK, Latin, digits, punctuation) so a phrase query of overlapping bigrams is exactly a
// substring test on the folded text. Each run of non-whitespace code points of length n yields
// n-1 bigrams plus the run's last character as a unigram, so a prefix query `c*` finds every
// occurrence of a single character c (followed by something, or at the end of a run).
// SQLite uses the `ascii` tokenizer (splits on ASCII separators only); ASCII punctuation inside
// tokens is shifted into the private-use area so the tokenizer never splits a token.

/** Whitespace and invisible separators (JS \\s plus C0/C1 controls and zero-width marks). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x7f) return false;
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** ASCII non-alphanumerics are separators for the ascii tokenizer: remap them. */
function encodeUnit(code: number): string {
  if (code < 0x80 && !((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)))
    return String.fromCharCode(0xe000 + code);
  return String.fromCharCode(code);
}

/** Split folded text into runs of non-whitespace code points (tokenizer-safe encoded). */
export function runsOf(folded: string): string[][] {
  const runs: string[][] = [];
  let cur: string[] = [];
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    if (isSpace(code)) {
      if (cur.length) runs.push(cur);
      cur = [];
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      cur.push(folded.slice(i, i + 2)); // a surrogate pair is one character
      i++;
    } else cur.push(encodeUnit(code));
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/** Folded text → the space-separated token string stored in the FTS5 index. */
export function toIndexText(folded: string): string {
  let out = '';
  for (const run of runsOf(folded)) {
    for (let i = 0; i + 1 < run.length; i++) out += run[i]! + run[i + 1]! + ' ';
    out += run[run.length - 1]! + ' ';
  }
  return out;
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
