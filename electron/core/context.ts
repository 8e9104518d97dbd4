// What every service receives: one database connection (the user's database with the content
// bundle ATTACHed as `bundle` and the library views over both) and paths.
import type Database from 'better-sqlite3';
import type { ImportLimits } from './content/guard/limits.js';
import type { BundleState } from './db/attach-bundle.js';

export interface CoreContext {
  dataDir: string;
  /** The one connection: the user's tables in `main`, the read-only bundle in `bundle`, and the
   * TEMP views all_documents / all_quotes / all_terms over both. */
  userDb: Database.Database;
  /** Whether a current content bundle is attached (else `bundle` is an empty stand-in). */
  bundleState: BundleState;
  bundlePath: string;
  electronVersion: string | null;
  /** Limits every imported file is held to (size, unpacked size, time, memory…). */
  importLimits: ImportLimits;
  /** The app and web mode: 金句 of imports are worked out by a pass in the import worker right
   * after each import (services/quote-pass.ts); elsewhere by the first call that reads them. */
  backgroundQuotes?: boolean;
}
