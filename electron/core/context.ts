// What every service receives: the user's database, the read-only content bundle, and paths.
import type Database from 'better-sqlite3';
import type { ImportLimits } from './content/guard/limits.js';

export interface CoreContext {
  dataDir: string;
  userDb: Database.Database;
  /** The read-only content bundle, or null when it has not been built yet. */
  bundle: Database.Database | null;
  bundlePath: string;
  electronVersion: string | null;
  /** Limits every imported file is held to (size, unpacked size, time, memory…). */
  importLimits: ImportLimits;
}
