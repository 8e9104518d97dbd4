// How often extractTerms lists each term in a few paragraphs: the listing-entry tests' one counter
// (the earlier rounds' tests each define the same `counts`; new rounds import this one).
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';

export const listedCounts = (...texts: string[]): Record<string, number> =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );
