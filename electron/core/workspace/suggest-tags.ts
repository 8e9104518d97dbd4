// Suggested tags for a document: its 提法 (extracted terms) ranked by TF-IDF over the whole
// library, minus tags it already has and suggestions the user dismissed.
import type { TagSuggestion } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { itemTags } from './tags.js';

interface TermCount {
  term: string;
  docId: string;
  n: number;
}

function termCounts(ctx: CoreContext): TermCount[] {
  return ctx.userDb
    .prepare('SELECT term, doc_id AS docId, count(*) AS n FROM all_terms GROUP BY term, doc_id')
    .all() as TermCount[];
}

/** Pure TF-IDF ranking of one document's terms; `docs` is the number of documents in the library. */
export function rankTerms(rows: readonly TermCount[], docId: string, docs: number): TagSuggestion[] {
  const df = new Map<string, number>();
  for (const r of rows) df.set(r.term, (df.get(r.term) ?? 0) + 1);
  return rows
    .filter((r) => r.docId === docId)
    .map((r) => ({
      term: r.term,
      count: r.n,
      score: Math.round((1 + Math.log(r.n)) * Math.log((docs + 1) / (df.get(r.term) ?? 1)) * 1000) / 1000,
    }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score || y.count - x.count || x.term.localeCompare(y.term, 'zh'));
}

export function suggestTags(ctx: CoreContext, docId: string, limit: number): TagSuggestion[] {
  const rows = termCounts(ctx);
  const docs = Math.max(new Set(rows.map((r) => r.docId)).size, 1);
  const have = new Set(itemTags(ctx.userDb, 'document', docId).flatMap((t) => [t, t.split('/').at(-1)!]));
  const dismissed = new Set(
    ctx.userDb.prepare('SELECT term FROM tag_suggestion_dismissals WHERE doc_id = ?').pluck().all(docId) as string[],
  );
  return rankTerms(rows, docId, docs)
    .filter((s) => !have.has(s.term) && !dismissed.has(s.term))
    .slice(0, limit);
}

export function dismissTagSuggestion(ctx: CoreContext, docId: string, term: string): { dismissed: boolean } {
  const n = ctx.userDb.transaction(
    () =>
      ctx.userDb
        .prepare('INSERT OR IGNORE INTO tag_suggestion_dismissals (doc_id, term) VALUES (?, ?)')
        .run(docId, term).changes,
  )();
  return { dismissed: n > 0 };
}
