// A blank must be a whole thing to recall. A short quotation (“一大二公”, “两个务必”, “造反有理”) is
// a name or a slogan: blanking a part of it (二公, 务必, 有理) asks for half a word. A blank may
// cover such a quotation whole, or lie outside it; a long quotation (a quoted sentence) may have a
// part blanked, as any sentence may.

/** Longest quotation read as one name or slogan (Han characters, no inner punctuation). */
const SHORT_QUOTE = /[“「『]([^“”「」『』，。；：、！？,;:]{2,8})[”」』]/g;

/** Whether a blank of the fact starts or ends strictly inside a span `re` finds (its first group). */
function cutsSpan(re: RegExp, fact: string, blanks: readonly { start: number; end: number }[]): boolean {
  for (const m of fact.matchAll(re)) {
    const from = m.index + 1;
    const to = from + m[1]!.length;
    if (blanks.some((b) => b.start < to && b.end > from && (b.start > from || b.end < to))) return true;
  }
  return false;
}

/** Whether a blank of the fact starts or ends strictly inside a short quotation. */
export function cutsShortQuotation(fact: string, blanks: readonly { start: number; end: number }[]): boolean {
  return cutsSpan(SHORT_QUOTE, fact, blanks);
}

/** A title in book marks (《中国共产党纪律处分条例》) is a name: blanking a part of it (纪律处分) asks for
 * half a name, whatever the sentence around says. */
const BOOK_TITLE = /《([^《》]{2,40})》/g;

/** Whether a blank of the fact starts or ends strictly inside a title in book marks. */
export function cutsBookTitle(fact: string, blanks: readonly { start: number; end: number }[]): boolean {
  return cutsSpan(BOOK_TITLE, fact, blanks);
}

/** A short title in book marks (《意见》, 《决定》, 《条例》) stands for a document the text named before:
 * blanked whole it asks for a kind word any other kind fits. */
const SHORT_TITLE = 4;

/** Whether a blank cuts a title in book marks, or covers the whole of a short one. */
export function blanksBookTitle(fact: string, blanks: readonly { start: number; end: number }[]): boolean {
  if (cutsBookTitle(fact, blanks)) return true;
  for (const m of fact.matchAll(BOOK_TITLE)) {
    const from = m.index + 1;
    const to = from + m[1]!.length;
    if (to - from <= SHORT_TITLE && blanks.some((b) => b.start <= from && b.end >= to)) return true;
  }
  return false;
}
