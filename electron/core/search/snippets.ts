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

/** One snippet around the first hit of a paragraph (ranges: merged, sorted, non-empty). */
function snippetOf(text: string, paragraph: number, ranges: Range[]): Snippet {
  const start = Math.max(0, ranges[0]![0] - SNIPPET_BEFORE);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  // Never cut a hit in half at the end of the window.
  for (const r of ranges) if (r[0] < end && r[1] > end) end = r[1];
  const marks: Range[] = [];
  for (const r of ranges) if (r[0] >= start && r[1] <= end) marks.push([r[0] - start, r[1] - start]);
  return { text: text.slice(start, end), paragraph, marks };
}

function lead(text: string | undefined): Snippet[] {
  return text !== undefined ? [{ text: text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] }] : [];
}

/** Snippets from a document's paragraphs (read as far as needed): stops once three are found or
 * `bodyHits` hits have been seen. Without a hit, the first paragraph's opening. */
export function snippetsOf(text: DocText, terms: string[], bodyHits: number): Snippet[] {
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
