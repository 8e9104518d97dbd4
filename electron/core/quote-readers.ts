// Which calls may read the 金句 of imported documents (or write what depends on them): before them,
// app-core settles the 金句 still pending after an import (services/quote-pass.ts). Listed the other
// way round, by the calls known never to read them, so that a new call settles until it is added
// here: a call that waits is slower, one that reads missing 金句 is wrong.
import type { ApiMethodName } from '../shared/api-methods.js';

const NEVER_READ_QUOTES = new Set<ApiMethodName>([
  'info',
  'getSettings',
  'setSettings',
  'openDataFolder',
  'listDocuments',
  'getDocument',
  'importFiles',
  'deleteDocument',
  'listTerms',
  // (Full-text search reads the catalogue for pinyin words, never its 金句; the catalogue is
  // rebuilt once 金句 change: catalogue-store.ts.)
  'search',
  'findInDocument',
  'recordSearch',
  'listSearchHistory',
  'clearSearchHistory',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  'quizList',
  'quizGet',
  'quizSave',
  'quizDelete',
  'quizAnswer',
  'quizMistakes',
  'quizStats',
  'quizImport',
  'quizSetSettings',
  'listHighlightColors',
  'renameHighlightColor',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listAnnotations',
  'listTags',
  'setTagColor',
  'getDocumentState',
  'setDocumentState',
  'getSimplifiedDocument',
  'listQuoteBook',
  'listStarredDocuments',
  'listSessions',
  'getSession',
  'compareDocuments',
  'termTimeline',
]);

export function readsQuotes(method: string): boolean {
  return !(NEVER_READ_QUOTES as Set<string>).has(method);
}
