// Turns a ContentDocument into the rows the search tables store (shared by bundle and user index).
import type { ContentDocument } from '../content/types.js';
import { foldForSearch } from '../text/normalize.js';
import { toIndexText } from './bigram-tokens.js';

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

/** The body as searched: paragraphs joined by newlines, so no term spans two paragraphs. */
export function bodyText(paragraphs: { text: string }[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

export function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
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
