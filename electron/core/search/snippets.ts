// Snippets for a result page: passages from the first three paragraphs holding a hit, every hit
// marked, from the documents' original text (folding is length-preserving, so offsets map 1:1).
// Paragraphs are read as far as needed (text-cache.ts) and reading stops once three snippets are
// found or no hit is left (the index knows how many there are): long documents are rarely read to the end.
import type { SearchHit } from '../../contract/api.js';
import type { Range, Reach } from './hit-ranges.js';
import type { DocText } from './text-cache.js';

type Snippet = SearchHit['snippets'][number];

const SNIPPETS_PER_HIT = 3;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 140;
const NO_HITS = { ranges: [] as Range[], count: 0 };
/** The hits a snippet can show; the count of a paragraph's hits is needed unless it gives the last snippet. */
const MORE: Reach = { before: SNIPPET_BEFORE, reach: SNIPPET_LENGTH, counted: true };
const LAST: Reach = { ...MORE, counted: false };

/** One snippet around the first hit of a paragraph (ranges: merged, sorted, non-empty, relative to the
 * paragraph), the paragraph being text[from, from + n): the whole string, or one of a joined document's. */
function snippetOf(text: string, paragraph: number, ranges: Range[], from = 0, n = text.length): Snippet {
  const start = Math.max(0, ranges[0]![0] - SNIPPET_BEFORE);
  let end = Math.min(n, start + SNIPPET_LENGTH);
  // Never cut a hit in half at the end of the window.
  for (const r of ranges) if (r[0] < end && r[1] > end) end = r[1];
  const marks: Range[] = [];
  for (const r of ranges) if (r[0] >= start && r[1] <= end) marks.push([r[0] - start, r[1] - start]);
  return { text: text.slice(from + start, from + end), paragraph, marks };
}

function lead(text: string | undefined): Snippet[] {
  return text !== undefined ? [{ text: text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] }] : [];
}

/** Snippets from a document's paragraphs (read as far as needed): stops once three are found or
 * `bodyHits` hits have been seen. Without a hit, the first paragraph's opening. */
export function snippetsOf(text: DocText, terms: string[], bodyHits: number): Snippet[] {
  const flat = terms.length === 1 && terms[0] ? text.flat() : null;
  if (flat) {
    const snippets = oneTerm(flat.joined, flat.folded, flat.starts, terms[0]!, bodyHits);
    return snippets.length ? snippets : lead(text.text(0));
  }
  const snippets: Snippet[] = [];
  let seen = 0;
  for (let i = 0; snippets.length < SNIPPETS_PER_HIT && seen < bodyHits; i++) {
    // Paragraphs holding no hit are skipped (a cached document finds its next hit with one indexOf).
    i = text.nextHit(i, terms);
    const p = text.text(i);
    if (p === undefined) break;
    const want = snippets.length < SNIPPETS_PER_HIT - 1 ? MORE : LAST;
    const { ranges, count } = terms.length ? text.ranges(i, terms, want) : NO_HITS;
    if (ranges.length) snippets.push(snippetOf(p, i, ranges));
    seen += count;
  }
  return snippets.length ? snippets : lead(text.text(0));
}

/** snippetsOf for one term in a cached document (joined paragraphs, folded, and their starts): the
 * same snippets from one pass of indexOf over the folded text, each hit found once, the snippet cut
 * from the joined text (the per-paragraph path searched each paragraph's first hit twice, sliced the
 * paragraph and made a result object per paragraph: most of a short query's snippet time). */
function oneTerm(joined: string, folded: string, starts: readonly number[], t: string, bodyHits: number): Snippet[] {
  const snippets: Snippet[] = [];
  const len = t.length;
  let seen = 0;
  let at = folded.indexOf(t);
  for (let i = 0; snippets.length < SNIPPETS_PER_HIT && seen < bodyHits; i++) {
    // The next paragraph from i holding the term within it (a match over a paragraph's end is none).
    if (at >= 0 && at < starts[i]!) at = folded.indexOf(t, starts[i]);
    while (at >= 0) {
      while (at >= starts[i + 1]!) i++;
      if (at + len < starts[i + 1]!) break;
      at = folded.indexOf(t, starts[++i]);
    }
    if (at < 0) break;
    const from = starts[i]!;
    const to = starts[i + 1]! - 1;
    // As rangesInFolded: adjacent hits merged, hits past the window not listed (the last snippet
    // stops there, the others count the paragraph's remaining hits).
    const ranges: Range[] = [];
    let end = -1;
    let limit = Infinity;
    for (; at >= 0 && at + len <= to; at = folded.indexOf(t, at + len)) {
      const rel = at - from;
      if (rel === end) ranges[ranges.length - 1]![1] = end = rel + len;
      else if (rel >= limit) break;
      else {
        if (ranges.length === 0) limit = Math.max(0, rel - SNIPPET_BEFORE) + SNIPPET_LENGTH;
        ranges.push([rel, (end = rel + len)]);
      }
      seen++;
    }
    if (snippets.length < SNIPPETS_PER_HIT - 1)
      for (; at >= 0 && at + len <= to; at = folded.indexOf(t, at + len)) seen++;
    snippets.push(snippetOf(joined, i, ranges, from, to - from));
  }
  return snippets;
}
