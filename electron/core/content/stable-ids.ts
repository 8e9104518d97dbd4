// Ids that derive from content, never from position: a quote is its document plus a hash of its
// folded text, a split article is its file plus its own title (or first sentence). Re-extracting
// or reordering keeps them, so the user's stars, tags and notes stay on the same text.
import { createHash } from 'node:crypto';
import { contentKey } from '../text/normalize.js';

function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Id of a 金句 in a document: same sentence (however punctuated or scripted) → same id. */
export function quoteId(docId: string, text: string): string {
  return `${docId}#q${shortHash(contentKey(text))}`;
}

/** Seed for the id of one article split out of a file: the file and the article's own title, or
 * its first sentence when the title is not its own (untitled or repeated articles). */
export function articleSeed(file: string, title: string, firstSentence: string): string {
  return `${file}@${shortHash(contentKey(title) + '|' + contentKey(firstSentence).slice(0, 60), 16)}`;
}
