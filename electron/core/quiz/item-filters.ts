// The conditions the bank's list and a topic's practice share: a question's kind, its document, a tag of it.

/** Adds to `where` (each condition on `quiz_items q`) and `params` the filters `a` sets. */
export function itemFilters(
  a: { kind?: string | undefined; docId?: string | undefined; tag?: string | undefined },
  where: string[],
  params: unknown[],
): void {
  if (a.kind) {
    where.push('q.kind = ?');
    params.push(a.kind);
  }
  if (a.docId) {
    where.push('q.doc_id = ?');
    params.push(a.docId);
  }
  if (a.tag) {
    where.push(
      'EXISTS (SELECT 1 FROM quiz_item_tags qt JOIN tags t ON t.id = qt.tag_id WHERE qt.item_id = q.id AND t.name = ?)',
    );
    params.push(a.tag);
  }
}
