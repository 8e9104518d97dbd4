// The score a sentence gets as a 金句 candidate of a one-paragraph 文件 (−Infinity when it is no
// candidate): not the first sentence of its paragraph (a topic sentence scores more), unless `first`.
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';

/** The candidates of such a paragraph (`text` after a first sentence, unless `first`). */
function candidatesOf(text: string, first = false) {
  return quoteCandidates({
    paragraphs: [{ kind: 'p' as const, text: first ? text : `引言一句。${text}` }],
    type: '文件',
    speakers: [{ name: '王某某' }],
  });
}

export function quoteScore(text: string, first = false): number {
  const c = candidatesOf(text, first).find((x) => x.text === text);
  return c ? (scoreCandidate(c)?.score ?? -Infinity) : -Infinity;
}

/** Every candidate of the paragraph (after a first sentence) with its score. */
export function scored(text: string): { text: string; score: number }[] {
  return candidatesOf(text).map((c) => ({ text: c.text, score: scoreCandidate(c)?.score ?? -Infinity }));
}
