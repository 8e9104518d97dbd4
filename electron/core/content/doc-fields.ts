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

/** Date `a` is certainly before `b`: by year, or within a year by full dates of the same length;
 * false when either is unknown. */
export function datedBefore(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [ya, yb] = [a.slice(0, 4), b.slice(0, 4)];
  return ya !== yb ? ya < yb : a.length === b.length && a.length > 4 && a < b;
}
