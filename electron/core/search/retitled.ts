// Matching for bundled documents the user renamed: the bundle's index still holds the old title, so
// these few documents are matched in full against their current title and body instead (same
// folding and syntax as the index). Bodies are folded once per document and cached.
import type Database from 'better-sqlite3';
import { foldForSearch } from '../text/normalize.js';
import type { DocMeta } from './doc-meta.js';
import type { ParsedQuery } from './query-parser.js';
import { stmt } from './stmt-cache.js';

const bodies = new WeakMap<Database.Database, Map<string, string>>();

function foldedBody(db: Database.Database, docId: string): string {
  let perDb = bodies.get(db);
  if (!perDb) bodies.set(db, (perDb = new Map()));
  let body = perDb.get(docId);
  if (body === undefined) {
    const json = stmt(db, 'SELECT paragraphs FROM all_documents WHERE id = ?').pluck().get(docId) as string | undefined;
    body = foldForSearch(json ? (JSON.parse(json) as { text: string }[]).map((p) => p.text).join('\n') : '');
    perDb.set(docId, body);
  }
  return body;
}

/** Whether a document matches the query's text clauses, judged on its current title and its body. */
export function matchesRetitled(db: Database.Database, m: DocMeta, q: ParsedQuery): boolean {
  const text = `${m.foldedTitle}\n${foldedBody(db, m.docId)}`;
  return q.clauses.every((g) => g.some((t) => text.includes(t))) && !q.exclude.some((t) => text.includes(t));
}
