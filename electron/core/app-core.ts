// Builds the application core (databases + API handlers) for Electron main, web mode, the CLI
// and tests alike. Plain Node: no Electron import.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreContext } from './context.js';
import type { ApiHandlers } from './dispatch.js';
import { attachBundle } from './db/attach-bundle.js';
import { openUserDb } from './db/open-user-db.js';
import { appHandlers } from './handlers/app.js';
import { libraryHandlers } from './handlers/library.js';
import { searchHandlers } from './handlers/search.js';
import { quizHandlers } from './handlers/quiz.js';
import { workspaceHandlers } from './handlers/workspace.js';
import { sessionHandlers } from './handlers/sessions.js';
import { compareHandlers } from './handlers/compare.js';

export interface CoreOptions {
  dataDir: string;
  /** Path of the content bundle (read-only SQLite). Defaults to the repository's build output. */
  bundlePath?: string;
  electronVersion?: string | null;
}

export interface Core {
  ctx: CoreContext;
  handlers: ApiHandlers;
  close(): void;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_BUNDLE_PATH = path.join(REPO_ROOT, 'content', 'build', 'content.sqlite');

export function createCore(opts: CoreOptions): Core {
  const bundlePath = opts.bundlePath ?? DEFAULT_BUNDLE_PATH;
  const userDb = openUserDb(opts.dataDir);
  const ctx: CoreContext = {
    dataDir: opts.dataDir,
    userDb,
    bundleState: attachBundle(userDb, bundlePath),
    bundlePath,
    electronVersion: opts.electronVersion ?? null,
  };
  const handlers = {
    ...appHandlers(ctx),
    ...libraryHandlers(ctx),
    ...searchHandlers(ctx),
    ...quizHandlers(ctx),
    ...workspaceHandlers(ctx),
    ...sessionHandlers(ctx),
    ...compareHandlers(ctx),
  } satisfies ApiHandlers;
  return {
    ctx,
    handlers,
    close() {
      userDb.close();
    },
  };
}
