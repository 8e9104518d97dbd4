// What the 金句 questions (generate-quotes.ts) need of the whole library, worked out once per generation: word
// frequencies, each document's Han text, the first quote of each sentence, the shipped documents' texts, and whose
// words each document's 金句 are.
import { hanChars } from '../text/normalize.js';
import { shippedParagraphs } from './slot-rivals.js';
import { firstQuotes, wordFrequency } from './quote-usable.js';
import type { QuizSource, SourceDoc, SourceQuote } from './types.js';

export interface QuoteLibrary {
  src: QuizSource;
  df: (w: string) => number;
  docs: SourceDoc[];
  /** Each document's Han characters, by id. */
  bodies: Map<string, string>;
  first: Map<string, SourceQuote>;
  /** The Han text of each shipped document (not a user's import). */
  shipped: string[];
  /** Whether words occur in a shipped document: a local line's blank the library says too. */
  inLibrary: (han: string) => boolean;
  shippedTexts: ReturnType<typeof shippedParagraphs>;
  texts: string[];
  /** `docId␁speaker␁han` of each 金句 its extraction credited (毛泽东's line a report repeats). */
  creditedIn: Set<string>;
}

export function quoteLibrary(src: QuizSource): QuoteLibrary {
  const docs = [...src.docs.values()];
  const bodies = new Map(docs.map((d) => [d.id, hanChars(d.paragraphs.map((p) => p.text).join(''))]));
  const shipped = docs.filter((d) => !d.id.startsWith('u:')).map((d) => bodies.get(d.id)!);
  return {
    src,
    df: wordFrequency(src.quotes),
    docs,
    bodies,
    first: firstQuotes(src),
    shipped,
    inLibrary: (han) => shipped.some((b) => b.includes(han)),
    shippedTexts: shippedParagraphs(docs),
    texts: docs.map((d) => d.paragraphs.map((p) => p.text).join('\n')),
    creditedIn: new Set(
      src.quotes.flatMap((x) => (x.speaker ? [`${x.docId}\u0001${x.speaker}\u0001${hanChars(x.text)}`] : [])),
    ),
  };
}
