// Handlers for application-level calls: info and settings.
import path from 'node:path';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { getSettings, setSettings } from '../services/settings.js';
import { openFolder } from '../services/open-folder.js';
import { USER_DB_FILE } from '../db/open-user-db.js';
import { APP_VERSION } from '../version.js';
import { quotePassProgress } from '../services/quote-pass.js';

function count(ctx: CoreContext, sql: string): number {
  return (ctx.userDb.prepare(sql).pluck().get() as number | undefined) ?? 0;
}

function bundleMeta(ctx: CoreContext, key: string): string | null {
  return (
    (ctx.userDb.prepare('SELECT value FROM bundle.meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null
  );
}

export function appHandlers(
  ctx: CoreContext,
): Pick<ApiHandlers, 'info' | 'getSettings' | 'setSettings' | 'openDataFolder'> {
  return {
    info: () => ({
      app: '学习书架 Study Shelf',
      version: APP_VERSION,
      node: process.versions.node,
      electron: ctx.electronVersion,
      sqlite: ctx.userDb.prepare('SELECT sqlite_version()').pluck().get() as string,
      dataDir: ctx.dataDir,
      userDbPath: path.join(ctx.dataDir, USER_DB_FILE),
      schemaVersion: ctx.userDb.pragma('user_version', { simple: true }) as number,
      content: {
        path: ctx.bundlePath,
        version: bundleMeta(ctx, 'version'),
        documents: count(ctx, 'SELECT count(*) FROM bundle.documents'),
        quotes: count(ctx, 'SELECT count(*) FROM bundle.quotes'),
        terms: count(ctx, 'SELECT count(DISTINCT term) FROM bundle.terms'),
      },
      counts: {
        userDocuments: count(ctx, 'SELECT count(*) FROM main.documents'),
        tags: count(ctx, 'SELECT count(*) FROM tags'),
        annotations: count(ctx, 'SELECT count(*) FROM annotations WHERE deleted_at IS NULL'),
        quizItems: count(ctx, 'SELECT count(*) FROM quiz_items'),
        studySessions: count(ctx, 'SELECT count(*) FROM study_sessions'),
      },
      quotePass: quotePassProgress(ctx.userDb),
    }),
    getSettings: () => getSettings(ctx.userDb),
    setSettings: (patch) => setSettings(ctx.userDb, patch),
    openDataFolder: async () => ({ path: ctx.dataDir, opened: await openFolder(ctx.dataDir) }),
  };
}
