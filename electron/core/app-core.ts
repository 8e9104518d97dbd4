// Builds the application core (databases + API handlers) for Electron main, web mode, the CLI
// and tests alike. Plain Node: no Electron import. The user database is opened through the
// start-up check (backup/user-data.ts): domain calls reach their handlers only while it is sound.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_METHOD_NAMES, BACKUP_METHODS } from '../shared/api-methods.js';
import type { CoreContext } from './context.js';
import type { ApiHandlers } from './dispatch.js';
import { attachBundle } from './db/attach-bundle.js';
import { openUserDb } from './db/open-user-db.js';
import { UserData } from './backup/user-data.js';
import { maintenanceWorker, MAINTENANCE_TIMEOUT_MS } from './backup/maintenance-worker.js';
import { DEFAULT_LIMITS, type ImportLimits } from './content/guard/limits.js';
import { sweepUploads } from './imports/uploads.js';
import { cancelImports } from './imports/import-worker.js';
import { cancelQuotePasses, pendingCount, settleQuotes, startQuotePass } from './services/quote-pass.js';
import { readsQuotes } from './quote-readers.js';
import { backupHandlers } from './handlers/backup.js';
import { domainHandlers } from './handlers/domains.js';

export interface CoreOptions {
  dataDir: string;
  /** Path of the content bundle (read-only SQLite). Defaults to the repository's build output. */
  bundlePath?: string;
  electronVersion?: string | null;
  /** Daily snapshots while the app runs (the app and web mode; not the CLI or tests). */
  autoSnapshot?: boolean;
  /** Full integrity check in the background after start (the app and web mode). */
  backgroundCheck?: boolean;
  importLimits?: Partial<ImportLimits>;
  /** 金句 of imports worked out in the background after each import and at start (the app and web
   * mode); the CLI leaves them to the first call that reads them. */
  backgroundQuotes?: boolean;
}

type BackupMethod = (typeof BACKUP_METHODS)[number];
type DomainHandlers = Omit<ApiHandlers, BackupMethod>;
interface Session {
  db: Database.Database;
  ctx: CoreContext;
  /** The handler of a domain method (its domain's code loads on first use). */
  handler(method: string): Promise<(arg: unknown) => unknown>;
}

export interface Core {
  /** The current context; throws the recovery error while the database is not open. */
  readonly ctx: CoreContext;
  handlers: ApiHandlers;
  data: UserData<Session>;
  close(): void;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_BUNDLE_PATH = path.join(REPO_ROOT, 'content', 'build', 'content.sqlite');

/** The content version of a bundle file, read before the user database opens (content updates). */
function bundleVersion(bundlePath: string): string | null {
  if (!fs.existsSync(bundlePath)) return null;
  let db: Database.Database | null = null;
  try {
    db = new Database(bundlePath, { readonly: true, fileMustExist: true });
    return (db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function createCore(opts: CoreOptions): Core {
  const bundlePath = opts.bundlePath ?? DEFAULT_BUNDLE_PATH;
  const importLimits = { ...DEFAULT_LIMITS, ...opts.importLimits };
  const createSession = (userDb: Database.Database): Session => {
    const ctx: CoreContext = {
      dataDir: opts.dataDir,
      userDb,
      bundleState: attachBundle(userDb, bundlePath),
      bundlePath,
      electronVersion: opts.electronVersion ?? null,
      importLimits,
      backgroundQuotes: opts.backgroundQuotes ?? false,
    };
    if (ctx.backgroundQuotes && !userDb.readonly && pendingCount(userDb) > 0) void startQuotePass(ctx);
    return { db: userDb, ctx, handler: domainHandlers(ctx) };
  };
  sweepUploads(opts.dataDir);
  const data = new UserData<Session>({
    dataDir: opts.dataDir,
    contentVersion: bundleVersion(bundlePath),
    openDb: (o) => openUserDb(opts.dataDir, o),
    createSession,
    stopWork: () => {
      cancelQuotePasses();
      cancelImports();
    },
    integrityCheck: opts.backgroundCheck
      ? (file) => maintenanceWorker().run('integrityCheck', { file }, MAINTENANCE_TIMEOUT_MS)
      : null,
  });
  // Each domain call reaches the handler of the database open right now, through the guard.
  const domain = Object.fromEntries(
    API_METHOD_NAMES.filter((m) => !(BACKUP_METHODS as readonly string[]).includes(m)).map((m) => [
      m,
      (arg: unknown) =>
        data.call(async (s) => {
          if (readsQuotes(m)) await settleQuotes(s.ctx);
          return (await s.handler(m))(arg);
        }),
    ]),
  ) as unknown as DomainHandlers;
  const backup = backupHandlers(data);
  const handlers = {
    ...domain,
    ...backup,
    // The archive holds 金句 like any other reader's copy.
    exportAll: async (a) => {
      if (data.status().mode === 'normal') await settleQuotes(data.require().ctx);
      return backup.exportAll(a);
    },
    importCancel: (a) => ({
      cancelled: (backup.importCancel(a) as { cancelled: number }).cancelled + cancelQuotePasses(),
    }),
  } satisfies ApiHandlers;
  const timers = opts.autoSnapshot ? startDailySnapshots(data) : [];
  return {
    get ctx() {
      return data.require().ctx;
    },
    handlers,
    data,
    close() {
      for (const t of timers) clearInterval(t);
      data.close();
    },
  };
}

/** Checks soon after start and then hourly; timers never keep a process alive on their own. */
function startDailySnapshots(data: UserData<Session>): NodeJS.Timeout[] {
  const run = () =>
    void data.dailyIfDue().catch((err: unknown) => console.error('[study-shelf] daily snapshot failed:', err));
  const first = setTimeout(run, 10_000);
  const hourly = setInterval(run, 3600_000);
  first.unref();
  hourly.unref();
  return [first, hourly];
}
