// Turns a ContentDocument into the rows the search tables store (shared by bundle and user index).
import type { ContentDocument } from '../content/types.js';
import { foldForSearch } from '../text/normalize.js';
import { toIndexText } from './bigram-tokens.js';
import { bodyText, yearOf } from '../content/doc-fields.js';

export interface IndexRow {
  docId: string;
  titleTokens: string;
  bodyTokens: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string;
}

/** Folded title/body may be passed when the caller already folded them. */
export function toIndexRow(
  doc: ContentDocument,
  foldedTitle = foldForSearch(doc.title),
  foldedBody = foldForSearch(bodyText(doc.paragraphs)),
): IndexRow {
  return {
    docId: doc.id,
    titleTokens: toIndexText(foldedTitle),
    bodyTokens: toIndexText(foldedBody),
    title: doc.title,
    type: doc.type,
    date: doc.date,
    year: yearOf(doc.date),
    source: doc.source,
    speakers: JSON.stringify(doc.speakers.map((s) => s.name)),
  };
}
