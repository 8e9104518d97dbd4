// Handlers for search: full-text search, catalogue suggestions, 金句 search, in-document hits,
// search history and saved searches. The engine lives in core/search.
import { ApiError } from '../../contract/api.js';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { runSearch } from '../search/engine.js';
import { searchSources } from '../search/sources.js';
import { suggest } from '../search/catalogue-store.js';
import { searchQuotes } from '../search/quote-search.js';
import { findInDocument } from '../search/find-in-document.js';
import * as history from '../search/history.js';

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
    search: (a) => runSearch(src(), a),
    searchCatalogue: (a) => ({ items: suggest(src(), a.query, a.limit) }),
    searchQuotes: (a) => searchQuotes(src(), a.query, a.offset, a.limit),
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
