// The handlers of one open database, loaded one domain at a time on its first call: a process that
// makes one call (the CLI importing files) does not load the search engine, the quiz scheduler or
// the comparison code, and the app's first window does not wait for code no call has needed yet.
import {
  APP_METHODS,
  COMPARE_METHODS,
  LIBRARY_METHODS,
  QUIZ_METHODS,
  SEARCH_METHODS,
  SESSIONS_METHODS,
  WORKSPACE_METHODS,
} from '../../shared/api-methods.js';
import type { CoreContext } from '../context.js';
import type { ApiHandlers } from '../dispatch.js';
import type { BACKUP_METHODS } from '../../shared/api-methods.js';
import type { appHandlers } from './app.js';
import type { libraryHandlers } from './library.js';
import type { searchHandlers } from './search.js';
import type { quizHandlers } from './quiz.js';
import type { workspaceHandlers } from './workspace.js';
import type { sessionHandlers } from './sessions.js';
import type { compareHandlers } from './compare.js';

type Handler = (arg: unknown) => unknown;
type Loader = (ctx: CoreContext) => Promise<object>;

const DOMAINS: [readonly string[], Loader][] = [
  [APP_METHODS, async (ctx) => (await import('./app.js')).appHandlers(ctx)],
  [LIBRARY_METHODS, async (ctx) => (await import('./library.js')).libraryHandlers(ctx)],
  [SEARCH_METHODS, async (ctx) => (await import('./search.js')).searchHandlers(ctx)],
  [QUIZ_METHODS, async (ctx) => (await import('./quiz.js')).quizHandlers(ctx)],
  [WORKSPACE_METHODS, async (ctx) => (await import('./workspace.js')).workspaceHandlers(ctx)],
  [SESSIONS_METHODS, async (ctx) => (await import('./sessions.js')).sessionHandlers(ctx)],
  [COMPARE_METHODS, async (ctx) => (await import('./compare.js')).compareHandlers(ctx)],
];

// Compile time: the domains' handlers together answer every method but the backup ones.
type Loaded = ReturnType<typeof appHandlers> &
  ReturnType<typeof libraryHandlers> &
  ReturnType<typeof searchHandlers> &
  ReturnType<typeof quizHandlers> &
  ReturnType<typeof workspaceHandlers> &
  ReturnType<typeof sessionHandlers> &
  ReturnType<typeof compareHandlers>;
export type EveryDomainMethodHandled = Loaded extends Omit<ApiHandlers, (typeof BACKUP_METHODS)[number]> ? true : never;
export const EVERY_DOMAIN_METHOD_HANDLED: EveryDomainMethodHandled = true;

/** The domain methods (every method but the backup ones, which app-core answers itself). */
export const DOMAIN_METHODS: readonly string[] = DOMAINS.flatMap(([methods]) => methods);

/** For one database's context: the handler of a method, its domain loaded on first use. */
export function domainHandlers(ctx: CoreContext): (method: string) => Promise<Handler> {
  const loaded = new Map<Loader, Promise<Record<string, Handler>>>();
  return async (method) => {
    const domain = DOMAINS.find(([methods]) => methods.includes(method));
    if (!domain) throw new Error(`no handler for ${method}`);
    const [, load] = domain;
    let handlers = loaded.get(load);
    if (!handlers) loaded.set(load, (handlers = load(ctx) as Promise<Record<string, Handler>>));
    return (await handlers)[method]!;
  };
}
