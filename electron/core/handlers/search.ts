// Handlers for search: full-text search, catalogue suggestions, 金句 search, in-document hits,
// search history and saved searches. The engine lives in core/search.
import { ApiError } from '../../contract/errors.js';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { runSearch } from '../search/engine.js';
import { searchSources } from '../search/sources.js';
import { suggest } from '../search/catalogue-store.js';
import { searchQuotes } from '../search/quote-search.js';
import { findInDocument } from '../search/find-in-document.js';
import * as history from '../search/history.js';
import { excludedDocIds } from '../knowledge/study-material.js';
import { statusByIds } from '../services/library-rows.js';
// Loaded with search, not on the first import after it: that import refreshes the search view
// with it (services/library-import.ts loads it only where a search built a view).
import '../search/warm-search.js';

type SearchMethods =
  | 'search'
  | 'searchCatalogue'
  | 'searchQuotes'
  | 'findInDocument'
  | 'recordSearch'
  | 'listSearchHistory'
  | 'clearSearchHistory'
  | 'listSavedSearches'
  | 'saveSearch'
  | 'deleteSavedSearch';

export function searchHandlers(ctx: CoreContext): Pick<ApiHandlers, SearchMethods> {
  const src = () => searchSources(ctx);
  return {
    // Historical documents stay searchable; each hit says when its document is 历史文献.
    search: (a) => {
      const res = runSearch(src(), a);
      const status = statusByIds(
        ctx,
        res.hits.map((h) => h.docId),
      );
      return { ...res, hits: res.hits.map((h) => ({ ...h, status: status.get(h.docId) ?? '现行' })) };
    },
    searchCatalogue: (a) => {
      // A historical document's 金句 are not suggested either (its title still is).
      const excluded = excludedDocIds(ctx);
      const keep = (s: { kind: string; docId: string | null }) => s.kind !== 'quote' || !excluded.has(s.docId ?? '');
      // Ask for what is shown, and only when such 金句 took places, again with room for them: a
      // small limit lets the catalogue answer from the few rows it needs (catalogue-rows.ts).
      let items = suggest(src(), a.query, a.limit);
      if (!items.every(keep)) items = suggest(src(), a.query, a.limit + excluded.size);
      return { items: items.filter(keep).slice(0, a.limit) };
    },
    // 金句 come from study material only: a historical document's appear once it is opted in.
    searchQuotes: (a) => {
      const excluded = excludedDocIds(ctx);
      const all = searchQuotes(src(), a.query, 0, Number.MAX_SAFE_INTEGER);
      const items = all.items.filter((q) => !excluded.has(q.docId));
      return { ...all, total: items.length, items: items.slice(a.offset, a.offset + a.limit) };
    },
    findInDocument: (a) => {
      const r = findInDocument(ctx.userDb, a.id, a.query);
      if (!r) throw new ApiError('NOT_FOUND', '未找到该文献。');
      return r;
    },
    recordSearch: (a) => ({ id: history.recordSearch(ctx.userDb, a.query) }),
    listSearchHistory: (a) => ({ items: history.listSearchHistory(ctx.userDb, a.limit) }),
    clearSearchHistory: () => ({ deleted: history.clearSearchHistory(ctx.userDb) }),
    listSavedSearches: () => ({ items: history.listSavedSearches(ctx.userDb) }),
    saveSearch: (a) => history.saveSearch(ctx.userDb, a.name, a.query),
    deleteSavedSearch: (a) => ({ deleted: history.deleteSavedSearch(ctx.userDb, a.id) }),
  };
}
