// What the search-as-you-type catalogue holds, and its best-first order.

export const KINDS = ['term', 'tag', 'speaker', 'title', 'occasion', 'quote'] as const;
export type CatalogueKind = (typeof KINDS)[number];

export interface CatalogueEntry {
  kind: CatalogueKind;
  text: string;
  /** The document for titles, 金句 and single-document 提法; null for speakers, tags, etc. */
  docId: string | null;
  /** How many documents/occurrences the entry stands for. */
  count: number;
}

/** Best-first order of suggestions. */
export function compareEntries(a: CatalogueEntry, b: CatalogueEntry): number {
  return (
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    a.text.length - b.text.length ||
    b.count - a.count ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}
