// The API contract: every call the UI may make, with its argument validator and result type,
// assembled from one module per domain. Used by main (IPC), the preload bridge, the web-mode
// server, the renderer's client (types only) and the CLI. One argument object per call keeps IPC
// and HTTP identical.
import type * as z from 'zod';
import { API_METHOD_NAMES } from '../shared/api-methods.js';
import { appSchemas, type AppResults } from './app.js';
import { librarySchemas, type LibraryResults } from './library.js';
import { searchSchemas, type SearchResults } from './search.js';
import { quizSchemas, type QuizResults } from './quiz.js';
import { workspaceSchemas, type WorkspaceResults } from './workspace.js';
import { sessionsSchemas, type SessionsResults } from './sessions.js';
import { compareSchemas, type CompareResults } from './compare.js';
import { backupSchemas, type BackupResults } from './backup.js';

export * from './common.js';
export * from './errors.js';
export * from './app.js';
export * from './library.js';
export * from './search.js';
export * from './quiz.js';
export * from './workspace.js';
export * from './sessions.js';
export * from './compare.js';
export * from './backup.js';

export const apiSchemas = {
  ...appSchemas,
  ...librarySchemas,
  ...searchSchemas,
  ...quizSchemas,
  ...workspaceSchemas,
  ...sessionsSchemas,
  ...compareSchemas,
  ...backupSchemas,
};

export type ApiMethod = keyof typeof apiSchemas;
export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

export interface ApiResults
  extends
    AppResults,
    LibraryResults,
    SearchResults,
    QuizResults,
    WorkspaceResults,
    SessionsResults,
    CompareResults,
    BackupResults {}

/** The API as the renderer sees it: `api.search({...})`. */
export type StudyShelfApi = { [M in ApiMethod]: (arg: ApiArgs<M>) => Promise<ApiResults[M]> };
