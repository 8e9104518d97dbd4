// A call's validator, loading only its own domain's module (library, quiz, …) on the first call of
// that domain. Building every domain's zod schemas was the largest part of a new CLI process's
// module start-up (issue 14: the whole contract 70–100 ms of CPU on a busy machine, the library's
// alone a third of it); an import needs only the library's. The validators are the same objects
// api.ts assembles into apiSchemas (a test checks every method).
import {
  APP_METHODS,
  BACKUP_METHODS,
  COMPARE_METHODS,
  LIBRARY_METHODS,
  QUIZ_METHODS,
  SEARCH_METHODS,
  SESSIONS_METHODS,
  WORKSPACE_METHODS,
} from '../shared/api-methods.js';
import type { ApiMethod, apiSchemas } from './api.js';

type Schemas = typeof apiSchemas;
type Domain = readonly string[];

const DOMAINS: [Domain, () => Promise<Partial<Schemas>>][] = [
  [APP_METHODS, () => import('./app.js').then((m) => m.appSchemas)],
  [LIBRARY_METHODS, () => import('./library.js').then((m) => m.librarySchemas)],
  [SEARCH_METHODS, () => import('./search.js').then((m) => m.searchSchemas)],
  [QUIZ_METHODS, () => import('./quiz.js').then((m) => m.quizSchemas)],
  [WORKSPACE_METHODS, () => import('./workspace.js').then((m) => m.workspaceSchemas)],
  [SESSIONS_METHODS, () => import('./sessions.js').then((m) => m.sessionsSchemas)],
  [COMPARE_METHODS, () => import('./compare.js').then((m) => m.compareSchemas)],
  [BACKUP_METHODS, () => import('./backup.js').then((m) => m.backupSchemas)],
];

/** The validator of `method` (a name isApiMethodName accepted). */
export async function schemaOf<M extends ApiMethod>(method: M): Promise<Schemas[M]> {
  const domain = DOMAINS.find(([methods]) => methods.includes(method));
  const schema = domain && (await domain[1]())[method];
  if (!schema) throw new Error(`no validator for ${method}`);
  return schema as Schemas[M];
}
