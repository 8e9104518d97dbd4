// A pattern run on folded (simplified) text, its groups cut from the original: folding is
// length-preserving, so a traditional document keeps its own script in the values read from it.

/** The match of `re` on `folded`, with each captured group taken from `original` at the same place. */
export function cut(original: string, folded: string, re: RegExp): RegExpExecArray | null {
  const m = re.exec(folded);
  if (!m) return null;
  // Map captured groups back onto the original text (folding is length-preserving).
  const out = [...m] as unknown as RegExpExecArray;
  let pos = m.index;
  for (let g = 1; g < m.length; g++) {
    const val = m[g];
    if (val === undefined) continue;
    const at = folded.indexOf(val, pos);
    if (at >= 0) {
      out[g] = original.slice(at, at + val.length);
      pos = at;
    }
  }
  out.index = m.index;
  return out;
}
