// Editing and deleting documents. Imported documents are edited in place (search reads the change
// from the table: no re-indexing); bundled documents are read-only, so their edits (and deletion,
// which hides them) are rows of document_overrides that the library views apply and that survive
// every content update.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, DocumentSummary } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { duplicateIndex } from './duplicate-index.js';
import { findRow, toSummary } from './library-rows.js';

type Edit = ApiParsedArgs<'updateDocument'>;

function speakersJson(speaker: string | null): string {
  return JSON.stringify(speaker ? [{ name: speaker, role: null }] : []);
}

function editImported(ctx: CoreContext, a: Edit): void {
  const sets: string[] = [];
  const vals: Record<string, unknown> = { id: a.id };
  if (a.title !== undefined) {
    sets.push('title = @title');
    vals.title = a.title;
  }
  if (a.type !== undefined) {
    sets.push('type = @type');
    vals.type = a.type;
  }
  if (a.date !== undefined) {
    sets.push('date = @date', 'year = @year');
    vals.date = a.date;
    vals.year = a.date ? Number(a.date.slice(0, 4)) : null;
  }
  if (a.speaker !== undefined) {
    sets.push('speakers = @speakers');
    vals.speakers = speakersJson(a.speaker);
  }
  if (a.status !== undefined) {
    sets.push('status = @status');
    vals.status = a.status;
  }
  if (a.occasion !== undefined) {
    sets.push('occasion = @occasion');
    vals.occasion = a.occasion || null;
  }
  if (sets.length) ctx.userDb.prepare(`UPDATE main.documents SET ${sets.join(', ')} WHERE id = @id`).run(vals);
}

/** An edit of a bundled document: only the fields given change; a cleared date is stored as ''. */
function editBundled(ctx: CoreContext, a: Edit): void {
  if (a.occasion !== undefined)
    throw new ApiError('BAD_INPUT', '内置书库文档的场合不能修改；导入的文档可以在“编辑”中填写场合。');
  ctx.userDb
    .prepare(
      `INSERT INTO document_overrides (doc_id, title, type, date, speakers, status)
       VALUES (@id, @title, @type, @date, @speakers, @status)
       ON CONFLICT(doc_id) DO UPDATE SET
         title = coalesce(@title, title), type = coalesce(@type, type), date = coalesce(@date, date),
         speakers = coalesce(@speakers, speakers), status = coalesce(@status, status), updated_at = datetime('now')`,
    )
    .run({
      id: a.id,
      title: a.title ?? null,
      type: a.type ?? null,
      date: a.date === undefined ? null : (a.date ?? ''),
      speakers: a.speaker === undefined ? null : speakersJson(a.speaker),
      status: a.status ?? null,
    });
}

export function updateDocument(ctx: CoreContext, a: Edit): DocumentSummary {
  const row = findRow(ctx, a.id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  ctx.userDb.transaction(() => (row.origin === 'user' ? editImported(ctx, a) : editBundled(ctx, a)))();
  return toSummary(findRow(ctx, a.id)!);
}

/** Deletes an imported document, or hides a bundled one; its tags and state go with it (triggers). */
export function deleteDocument(ctx: CoreContext, id: string): { deleted: boolean } {
  const row = findRow(ctx, id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  ctx.userDb.transaction(() => {
    // Search skips a deleted document at once (it reads the library's documents), no index write.
    if (row.origin === 'user') {
      ctx.userDb.prepare('DELETE FROM main.documents WHERE id = ?').run(id);
    } else {
      ctx.userDb
        .prepare(
          `INSERT INTO document_overrides (doc_id, deleted) VALUES (?, 1)
           ON CONFLICT(doc_id) DO UPDATE SET deleted = 1, updated_at = datetime('now')`,
        )
        .run(id);
    }
  })();
  if (row.origin === 'user') duplicateIndex(ctx).remove(id);
  return { deleted: true };
}
