// Small derived fields of a document, shared by the content build, import and the search index
// (a light module so search does not load the import pipeline).

/** The body as searched and hashed: paragraphs joined by newlines, so no term spans two paragraphs. */
export function bodyText(paragraphs: readonly { text: string }[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

/** The year of an ISO-like date (`2021`, `2021-05`, `2021-05-07`), or null. */
export function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}
