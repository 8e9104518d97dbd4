// A formulation a line break or a wrapped line's space cuts in two inside a paragraph (a web page's source
// line rendered as a space, a Word line break): matched on the text with the gaps between Han characters
// closed, each match mapped back to span the gap. The 提法 lists (extract-terms.ts) and the timeline
// (term-places.ts) both find through here, so both count it.
import type { TermMatch, TermMatcher } from './lexicon.js';

/** Whitespace of a paragraph: most paragraphs have none, and one test skips them. */
const SPACE = /[ \t\r\n\u3000]/;
const GAPS = /[ \t\r\n\u3000]+/g;
const HAN = /\p{Script=Han}/u;

/** The text with the whitespace between two Han characters taken out (中国特色社\n会主义 → 中国特色社会主义),
 * and where each of its characters is in the text; null when there is no such gap. */
export function closeHanGaps(text: string): { text: string; at: number[] } | null {
  if (!SPACE.test(text)) return null;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(GAPS)) {
    const end = m.index + m[0].length;
    if (m.index === 0 || end >= text.length || !HAN.test(text[m.index - 1]!) || !HAN.test(text[end]!)) continue;
    out += text.slice(from, m.index);
    from = end;
  }
  if (!from) return null;
  out += text.slice(from);
  const at: number[] = [];
  for (let i = 0, j = 0; i < out.length; i++, j++) {
    while (text[j] !== out[i]) j++;
    at.push(j);
  }
  return { text: out, at };
}

/** The matcher's occurrences in one folded text, a match across a gap spanning it. */
export function findAcrossGaps(matcher: TermMatcher, folded: string): TermMatch[] {
  const closed = closeHanGaps(folded);
  if (!closed) return matcher.find(folded);
  return matcher.find(closed.text).map((h) => {
    const start = closed.at[h.start]!;
    return { term: h.term, start, length: closed.at[h.start + h.length - 1]! + 1 - start };
  });
}
