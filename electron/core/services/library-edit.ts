// Editing and deleting documents. User documents are edited in place (search reads the change); bundled
// documents are read-only, so edits are stored as overrides in document_state and survive a
// content update. Bundled documents cannot be deleted.
import { ApiError, type ApiParsedArgs, type DocumentSummary } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { duplicateIndex } from './duplicate-index.js';
import { findRow, toSummary, type Overrides } from './library-rows.js';

export function updateDocument(ctx: CoreContext, a: ApiParsedArgs<'updateDocument'>): DocumentSummary {
  const row = findRow(ctx, a.id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  if (row.from === 'user') {
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
      vals.speakers = JSON.stringify(a.speaker ? [{ name: a.speaker, role: null }] : []);
    }
    // The search index needs no update: it reads titles and metadata from user_documents.
    if (sets.length) ctx.userDb.prepare(`UPDATE user_documents SET ${sets.join(', ')} WHERE id = @id`).run(vals);
  } else {
    const current = ctx.userDb.prepare('SELECT overrides FROM document_state WHERE doc_id = ?').pluck().get(a.id) as
      string | null | undefined;
    const o: Overrides = current ? (JSON.parse(current) as Overrides) : {};
    if (a.title !== undefined) o.title = a.title;
    if (a.type !== undefined) o.type = a.type;
    if (a.date !== undefined) o.date = a.date;
    if (a.speaker !== undefined) o.speaker = a.speaker;
    ctx.userDb
      .prepare(
        'INSERT INTO document_state (doc_id, overrides) VALUES (?, ?) ON CONFLICT(doc_id) DO UPDATE SET overrides = excluded.overrides',
      )
      .run(a.id, JSON.stringify(o));
  }
  return toSummary(findRow(ctx, a.id)!);
}

export function deleteDocument(ctx: CoreContext, id: string): { deleted: boolean } {
  const row = findRow(ctx, id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  if (row.from === 'bundle')
    throw new ApiError('BAD_INPUT', '内置书库中的文档不能删除，只能编辑其标题、类型、日期和讲话人。');
  ctx.userDb.prepare('DELETE FROM user_documents WHERE id = ?').run(id);
  duplicateIndex(ctx).remove(id);
  return { deleted: true };
}
