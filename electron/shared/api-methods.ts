// The names of every API call, one list per domain. The contract keys its validators by these
// names (the compiler rejects a missing or extra one), and the renderer's client builds one function
// per name without importing the validators (pure: no imports).

export const APP_METHODS = ['info', 'getSettings', 'setSettings', 'openDataFolder'] as const;
export const LIBRARY_METHODS = [
  'listDocuments',
  'getDocument',
  'importFiles',
  'updateDocument',
  'deleteDocument',
  'listQuotes',
  'listTerms',
] as const;
export const SEARCH_METHODS = [
  'search',
  'searchCatalogue',
  'searchQuotes',
  'findInDocument',
  'recordSearch',
  'listSearchHistory',
  'clearSearchHistory',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
] as const;
export const QUIZ_METHODS = [
  'quizGenerate',
  'quizList',
  'quizGet',
  'quizSave',
  'quizDelete',
  'quizDaily',
  'quizTopic',
  'quizExam',
  'quizAnswer',
  'quizMistakes',
  'quizStats',
  'quizImport',
  'quizExport',
  'quizSetSettings',
  'quizSuggestBlanks',
] as const;
export const WORKSPACE_METHODS = [
  'listHighlightColors',
  'renameHighlightColor',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listAnnotations',
  'exportAnnotations',
  'listTags',
  'setTagColor',
  'previewTagChange',
  'renameTag',
  'mergeTag',
  'deleteTag',
  'tagItems',
  'toggleColoredTag',
  'tagSearchResults',
  'listDocumentsByTag',
  'getDocumentState',
  'setDocumentState',
  'getSimplifiedDocument',
  'listQuoteBook',
  'saveQuote',
  'updateSavedQuote',
  'deleteSavedQuote',
  'suggestTags',
  'dismissTagSuggestion',
  'listStarredDocuments',
] as const;
export const SESSIONS_METHODS = [
  'listSessions',
  'getSession',
  'createSession',
  'updateSession',
  'deleteSession',
  'addSessionItem',
  'updateSessionItem',
  'removeSessionItem',
  'reorderSessionItems',
  'suggestSessionMaterial',
  'exportSessionHandout',
  'saveSessionRecord',
  'exportSessionRecord',
  'sessionYear',
  'exportSessionYear',
] as const;

export const COMPARE_METHODS = [
  'compareDocuments',
  'exportComparison',
  'verifyQuotation',
  'termTimeline',
  'exportTermTimeline',
] as const;

export const BACKUP_METHODS = [
  'backupStatus',
  'backupList',
  'backupCreate',
  'backupRestore',
  'backupSetFolder',
  'recoveryOpenReadOnly',
  'recoveryStartFresh',
  'exportAll',
  'importAll',
  'importCancel',
] as const;

export const API_METHOD_NAMES = [
  ...APP_METHODS,
  ...LIBRARY_METHODS,
  ...SEARCH_METHODS,
  ...QUIZ_METHODS,
  ...WORKSPACE_METHODS,
  ...SESSIONS_METHODS,
  ...COMPARE_METHODS,
  ...BACKUP_METHODS,
] as const;
export type ApiMethodName = (typeof API_METHOD_NAMES)[number];

export function isApiMethodName(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && (API_METHOD_NAMES as readonly string[]).includes(name);
}
