// Snippets for a result page: up to three passages with every hit of the query's terms marked,
// from the documents' original text (folding is length-preserving, so offsets map 1:1).
import type { Paragraph, SearchHit } from '../../contract/api.js';
import { findRanges, type Range } from './hit-ranges.js';

const SNIPPETS_PER_HIT = 3;
const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 140;

export function buildSnippets(
  paragraphs: Paragraph[],
  title: string,
  terms: string[],
): Pick<SearchHit, 'snippets' | 'hitCount'> {
  const snippets: SearchHit['snippets'] = [];
  let hitCount = 0;
  if (terms.length) {
    hitCount = findRanges(title, terms).count;
    // Fold and scan the whole body once (terms never contain the newline separator), then map
    // hits back to paragraphs: far cheaper than folding fifty paragraphs one by one.
    const { ranges, count } = findRanges(paragraphs.map((p) => p.text).join('\n'), terms);
    hitCount += count;
    let para = 0;
    let paraStart = 0;
    let k = 0;
    while (k < ranges.length && snippets.length < SNIPPETS_PER_HIT) {
      while (para < paragraphs.length && ranges[k]![0] >= paraStart + paragraphs[para]!.text.length + 1) {
        paraStart += paragraphs[para]!.text.length + 1;
        para++;
      }
      const text = paragraphs[para]?.text ?? '';
      const inPara: Range[] = [];
      while (k < ranges.length && ranges[k]![0] < paraStart + text.length) {
        inPara.push([ranges[k]![0] - paraStart, ranges[k]![1] - paraStart]);
        k++;
      }
      const start = Math.max(0, inPara[0]![0] - SNIPPET_BEFORE);
      let end = Math.min(text.length, start + SNIPPET_LENGTH);
      // Never cut a hit in half at the end of the window.
      for (const r of inPara) if (r[0] < end && r[1] > end) end = r[1];
      const marks = inPara
        .filter((r) => r[0] >= start && r[1] <= end)
        .map((r): [number, number] => [r[0] - start, r[1] - start]);
      snippets.push({ text: text.slice(start, end), paragraph: para, marks });
    }
  }
  if (!snippets.length && paragraphs[0])
    snippets.push({ text: paragraphs[0].text.slice(0, SNIPPET_LENGTH), paragraph: 0, marks: [] });
  return { snippets, hitCount };
}
