// Handlers for the study workspace (issue 5): annotations, highlight colours, tags, 金句本,
// per-document reading state, exports and tag suggestions. Services live in core/workspace.
import { ApiError } from '../../contract/errors.js';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { getDocument } from '../services/library-read.js';
import { rowsByIds, toSummary } from '../services/library-rows.js';
import { searchSources } from '../search/sources.js';
import { matchDocIds } from '../search/engine.js';
import { toSimplified } from '../text/normalize.js';
import * as ann from '../workspace/annotations.js';
import * as tags from '../workspace/tags.js';
import * as book from '../workspace/quote-book.js';
import { getDocumentState, setDocumentState, starredDocIds } from '../workspace/doc-state.js';
import { dismissTagSuggestion, suggestTags } from '../workspace/suggest-tags.js';

type WorkspaceMethods =
  | 'listHighlightColors'
  | 'renameHighlightColor'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'listAnnotations'
  | 'exportAnnotations'
  | 'listTags'
  | 'setTagColor'
  | 'previewTagChange'
  | 'renameTag'
  | 'mergeTag'
  | 'deleteTag'
  | 'tagItems'
  | 'toggleColoredTag'
  | 'tagSearchResults'
  | 'listDocumentsByTag'
  | 'getDocumentState'
  | 'setDocumentState'
  | 'getSimplifiedDocument'
  | 'listQuoteBook'
  | 'saveQuote'
  | 'updateSavedQuote'
  | 'deleteSavedQuote'
  | 'suggestTags'
  | 'dismissTagSuggestion'
  | 'listStarredDocuments';

export function workspaceHandlers(ctx: CoreContext): Pick<ApiHandlers, WorkspaceMethods> {
  const db = ctx.userDb;
  /** Item ids as the link tables store them (金句 keys become saved-quote ids). */
  const itemId = (kind: tags.TagKind, id: string | number): string | number => {
    if (kind === 'quote') return book.savedIdForKey(ctx, id);
    if (kind === 'annotation') {
      const n = Number(id);
      if (!Number.isInteger(n)) throw new ApiError('BAD_INPUT', '标注编号无效。');
      return n;
    }
    return String(id);
  };
  return {
    listHighlightColors: () => ({ items: ann.listHighlightColors(ctx) }),
    renameHighlightColor: (a) => ann.renameHighlightColor(ctx, a.key, a.label),
    createAnnotation: (a) => ann.createAnnotation(ctx, a),
    updateAnnotation: (a) => ann.updateAnnotation(ctx, a),
    deleteAnnotation: (a) => ann.deleteAnnotation(ctx, a.id),
    restoreAnnotation: (a) => ann.restoreAnnotation(ctx, a.id),
    listAnnotations: (a) => ann.listAnnotations(ctx, a),
    exportAnnotations: async (a) => (await import('../workspace/export-annotations.js')).exportAnnotations(ctx, a),
    listTags: () => ({ items: tags.listTags(db) }),
    setTagColor: (a) => tags.setTagColor(db, a.name, a.color),
    previewTagChange: (a) => tags.previewTagChange(db, a.action, a.name, a.to),
    renameTag: (a) => tags.moveTag(db, a.name, a.to),
    mergeTag: (a) => {
      if (tags.tagId(db, a.into) === null) throw new ApiError('NOT_FOUND', `找不到要合并到的标签“${a.into}”。`);
      return tags.moveTag(db, a.name, a.into);
    },
    deleteTag: (a) => tags.deleteTag(db, a.name),
    tagItems: (a) => {
      const ids = a.ids.map((i) => itemId(a.kind, i));
      return { changed: db.transaction(() => tags.changeItemTags(db, a.kind, ids, a.add, a.remove))() };
    },
    toggleColoredTag: (a) => tags.toggleColoredTag(db, a.kind, itemId(a.kind, a.id), a.slot),
    tagSearchResults: (a) => {
      const ids = [...new Set(matchDocIds(searchSources(ctx), a.query))];
      const add = a.remove ? [] : [a.tag];
      const remove = a.remove ? [a.tag] : [];
      return {
        documents: ids.length,
        changed: ids.length ? db.transaction(() => tags.changeItemTags(db, 'document', ids, add, remove))() : 0,
      };
    },
    listDocumentsByTag: (a) => {
      const rows = rowsByIds(ctx, tags.docIdsWithTag(db, a.tag, a.includeChildren));
      return { items: [...rows.values()].map(toSummary) };
    },
    getDocumentState: (a) => getDocumentState(ctx, a.docId),
    setDocumentState: (a) => setDocumentState(ctx, a.docId, a),
    getSimplifiedDocument: (a) => {
      const d = getDocument(ctx, a.id);
      return {
        ...d,
        title: toSimplified(d.title),
        citation: toSimplified(d.citation),
        paragraphs: d.paragraphs.map((p) => ({ ...p, text: toSimplified(p.text) })),
      };
    },
    listQuoteBook: (a) => book.listQuoteBook(ctx, a),
    saveQuote: (a) => book.saveQuote(ctx, a),
    updateSavedQuote: (a) => book.updateSavedQuote(ctx, a),
    deleteSavedQuote: (a) => book.deleteSavedQuote(ctx, a.id),
    suggestTags: (a) => ({ items: suggestTags(ctx, a.docId, a.limit) }),
    dismissTagSuggestion: (a) => dismissTagSuggestion(ctx, a.docId, a.term),
    listStarredDocuments: () => {
      const ids = starredDocIds(ctx);
      const rows = rowsByIds(ctx, ids);
      return { items: ids.flatMap((id) => (rows.has(id) ? [toSummary(rows.get(id)!)] : [])) };
    },
  };
}
