// Handlers for 学习专题 (issue 7): sessions and their agenda, material suggestions, handout and
// record exports, and the yearly view. Services live in core/sessions.
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import * as store from '../sessions/store.js';
import { addItem, removeItem, reorderItems, updateItem } from '../sessions/items.js';
import { suggestMaterial } from '../sessions/suggest.js';
import { sessionYear } from '../sessions/year.js';

type SessionMethods =
  | 'listSessions'
  | 'getSession'
  | 'createSession'
  | 'updateSession'
  | 'deleteSession'
  | 'addSessionItem'
  | 'updateSessionItem'
  | 'removeSessionItem'
  | 'reorderSessionItems'
  | 'suggestSessionMaterial'
  | 'exportSessionHandout'
  | 'saveSessionRecord'
  | 'exportSessionRecord'
  | 'sessionYear'
  | 'exportSessionYear';

export function sessionHandlers(ctx: CoreContext): Pick<ApiHandlers, SessionMethods> {
  return {
    listSessions: (a) => ({ items: store.listSessions(ctx, a.year) }),
    getSession: (a) => store.getSession(ctx, a.id),
    createSession: (a) => store.createSession(ctx, a),
    updateSession: (a) => store.updateSession(ctx, a),
    deleteSession: (a) => store.deleteSession(ctx, a.id),
    addSessionItem: (a) => addItem(ctx, a),
    updateSessionItem: (a) => updateItem(ctx, a),
    removeSessionItem: (a) => removeItem(ctx, a.id),
    reorderSessionItems: (a) => reorderItems(ctx, a),
    suggestSessionMaterial: (a) => suggestMaterial(ctx, a),
    exportSessionHandout: async (a) =>
      (await import('../sessions/handout-docx.js')).handoutDocx(store.getSession(ctx, a.id)),
    saveSessionRecord: (a) => store.saveRecord(ctx, a),
    exportSessionRecord: async (a) =>
      (await import('../sessions/record-docx.js')).recordDocx(store.getSession(ctx, a.id)),
    sessionYear: (a) => sessionYear(ctx, a.year),
    exportSessionYear: async (a) => (await import('../sessions/year.js')).exportYear(ctx, a.year, a.format),
  };
}
