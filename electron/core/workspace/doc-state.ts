// Per-document user state: 收藏 (starred), reading position (paragraph index), tags and the opt-in of a
// historical document as study material (knowledge/study-material.ts reads it).
import type { DocumentState } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { itemTags } from './tags.js';

export function getDocumentState(ctx: CoreContext, docId: string): DocumentState {
  const row = ctx.userDb
    .prepare('SELECT starred, reading_position, study_opt_in FROM document_state WHERE doc_id = ?')
    .get(docId) as { starred: number; reading_position: string | null; study_opt_in: number } | undefined;
  const pos = row?.reading_position != null ? Number(row.reading_position) : null;
  return {
    docId,
    starred: row?.starred === 1,
    readingPosition: Number.isFinite(pos) ? pos : null,
    tags: itemTags(ctx.userDb, 'document', docId),
    studyOptIn: row?.study_opt_in === 1,
  };
}

export function setDocumentState(
  ctx: CoreContext,
  docId: string,
  patch: { starred?: boolean; readingPosition?: number | null; studyOptIn?: boolean },
): DocumentState {
  const db = ctx.userDb;
  db.transaction(() => {
    db.prepare('INSERT INTO document_state (doc_id) VALUES (?) ON CONFLICT(doc_id) DO NOTHING').run(docId);
    if (patch.starred !== undefined)
      db.prepare('UPDATE document_state SET starred = ? WHERE doc_id = ?').run(patch.starred ? 1 : 0, docId);
    if (patch.studyOptIn !== undefined)
      db.prepare('UPDATE document_state SET study_opt_in = ? WHERE doc_id = ?').run(patch.studyOptIn ? 1 : 0, docId);
    if (patch.readingPosition !== undefined) {
      db.prepare(
        "UPDATE document_state SET reading_position = ?, last_opened_at = datetime('now') WHERE doc_id = ?",
      ).run(patch.readingPosition === null ? null : String(patch.readingPosition), docId);
    }
  })();
  return getDocumentState(ctx, docId);
}

export function starredDocIds(ctx: CoreContext): string[] {
  return ctx.userDb
    .prepare('SELECT doc_id FROM document_state WHERE starred = 1 ORDER BY last_opened_at DESC')
    .pluck()
    .all() as string[];
}
