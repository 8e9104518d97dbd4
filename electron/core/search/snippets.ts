// Snippets for a result page: passages from the first three paragraphs holding a hit, every hit
// marked, from the documents' original text (folding is length-preserving, so offsets map 1:1).
// Paragraphs are read in batches and reading stops once three snippets are found or no hit is
// left (the index knows how many there are): long documents are rarely read to the end.
import type { Paragraph, SearchHit } from '../../contract/api.js';
import { findRanges, type Range } from './hit-ranges.js';

type Snippet = SearchHit['snippets'][number];

const SNIPPETS_PER_HIT = 3;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 140;

/** One snippet around the first hit of a paragraph (ranges: merged, sorted, non-empty). */
function snippetOf(text: string, paragraph: number, ranges: Range[]): Snippet {
  const start = Math.max(0, ranges[0]![0] - SNIPPET_BEFORE);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  // Never cut a hit in half at the end of the window.
  for (const r of ranges) if (r[0] < end && r[1] > end) end = r[1];
  const marks = ranges.filter((r) => r[0] >= start && r[1] <= end).map((r): Range => [r[0] - start, r[1] - start]);
  return { text: text.slice(start, end), paragraph, marks };
}

function lead(p: Paragraph | undefined): Snippet[] {
  return p ? [{ text: p.text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] }] : [];
}

/** Snippets from paragraphs delivered in batches by `next` (null at the end); stops reading once
 * three are found or `bodyHits` hits have been seen. */
export function streamSnippets(next: () => Paragraph[] | null, terms: string[], bodyHits: number): Snippet[] {
  const snippets: Snippet[] = [];
  let first: Paragraph | undefined;
  let index = 0;
  let seen = 0;
  for (let batch = next(); batch; batch = seen < bodyHits ? next() : null) {
    first ??= batch[0];
    for (const p of batch) {
      // The rest of the batch is not even folded once the snippets are found or no hit is left.
      if (snippets.length >= SNIPPETS_PER_HIT || seen >= bodyHits) break;
      const { ranges, count } = terms.length ? findRanges(p.text, terms) : { ranges: [], count: 0 };
      if (ranges.length) snippets.push(snippetOf(p.text, index, ranges));
      seen += count;
      index++;
    }
    if (snippets.length >= SNIPPETS_PER_HIT) break;
  }
  return snippets.length ? snippets : lead(first);
}
