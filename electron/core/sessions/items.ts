// Agenda items of a 学习专题: add (at the end or at a position), edit, remove and reorder.
// Positions are rewritten 0..n-1 in one transaction so the order is always dense and stable.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, StudySession } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { resolveItem } from './item-sources.js';
import { getSession, touch, type ItemRef } from './store.js';

function sessionOfItem(ctx: CoreContext, itemId: number): number {
  const sid = ctx.userDb.prepare('SELECT session_id FROM session_items WHERE id = ?').pluck().get(itemId) as
    number | undefined;
  if (sid === undefined) throw new ApiError('NOT_FOUND', '找不到该议程项。');
  return sid;
}

function orderedIds(ctx: CoreContext, sessionId: number): number[] {
  return ctx.userDb
    .prepare('SELECT id FROM session_items WHERE session_id = ? ORDER BY position, id')
    .pluck()
    .all(sessionId) as number[];
}

function writeOrder(ctx: CoreContext, ids: number[]): void {
  const upd = ctx.userDb.prepare('UPDATE session_items SET position = ? WHERE id = ?');
  ids.forEach((id, i) => upd.run(i, id));
}

export function addItem(ctx: CoreContext, a: ApiParsedArgs<'addSessionItem'>): StudySession {
  getSession(ctx, a.sessionId); // NOT_FOUND before any lookup work
  const item = resolveItem(ctx, a);
  const db = ctx.userDb;
  db.transaction(() => {
    const ids = orderedIds(ctx, a.sessionId);
    const r = db
      .prepare(
        'INSERT INTO session_items (session_id, position, kind, ref, content, citation) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(a.sessionId, ids.length, item.kind, JSON.stringify(item.ref), item.content, item.citation);
    const at = Math.min(a.position ?? ids.length, ids.length);
    ids.splice(at, 0, Number(r.lastInsertRowid));
    writeOrder(ctx, ids);
    touch(ctx, a.sessionId);
  })();
  return getSession(ctx, a.sessionId);
}

export function updateItem(ctx: CoreContext, a: ApiParsedArgs<'updateSessionItem'>): StudySession {
  const sid = sessionOfItem(ctx, a.id);
  const db = ctx.userDb;
  const row = db.prepare('SELECT ref, content, citation FROM session_items WHERE id = ?').get(a.id) as {
    ref: string | null;
    content: string;
    citation: string;
  };
  const ref = (row.ref ? JSON.parse(row.ref) : {}) as ItemRef;
  if (a.quizItemIds) ref.quizItemIds = [...new Set(a.quizItemIds)];
  db.transaction(() => {
    db.prepare('UPDATE session_items SET content = ?, citation = ?, ref = ? WHERE id = ?').run(
      a.content ?? row.content,
      a.citation ?? row.citation,
      JSON.stringify(ref),
      a.id,
    );
    touch(ctx, sid);
  })();
  return getSession(ctx, sid);
}

export function removeItem(ctx: CoreContext, id: number): StudySession {
  const sid = sessionOfItem(ctx, id);
  ctx.userDb.transaction(() => {
    ctx.userDb.prepare('DELETE FROM session_items WHERE id = ?').run(id);
    writeOrder(ctx, orderedIds(ctx, sid));
    touch(ctx, sid);
  })();
  return getSession(ctx, sid);
}

/** `itemIds` must be exactly the session's items, in the new order. */
export function reorderItems(ctx: CoreContext, a: ApiParsedArgs<'reorderSessionItems'>): StudySession {
  getSession(ctx, a.sessionId);
  ctx.userDb.transaction(() => {
    const current = orderedIds(ctx, a.sessionId);
    const same =
      current.length === a.itemIds.length &&
      new Set(a.itemIds).size === a.itemIds.length &&
      a.itemIds.every((i) => current.includes(i));
    if (!same) throw new ApiError('BAD_INPUT', '议程已被修改，请刷新后再排序。');
    writeOrder(ctx, a.itemIds);
    touch(ctx, a.sessionId);
  })();
  return getSession(ctx, a.sessionId);
}
