// The 金句 of documents stored before them (services/quote-pass.ts): the same extraction as the
// pipeline's, on what the document's row holds. Runs in the import worker, or on the calling
// thread when no pass runs.
import type { Paragraph } from '../../contract/api.js';
import type { QuoteContext } from './quotes.js';
import type { ExtractedQuote } from './types.js';

/** A pending document as the extraction needs it. */
export interface PendingDoc {
  id: string;
  paragraphs: Paragraph[];
  ctx: QuoteContext;
}

export async function quotesOfPending(docs: PendingDoc[]): Promise<ExtractedQuote[][]> {
  const { extractQuotes } = await import('./quotes.js');
  return docs.map((d) => extractQuotes(d.paragraphs, d.ctx));
}
