// How much user data a database holds, per kind: shown beside each snapshot and remembered in the
// usage marker, so an empty file where data used to be is noticed.
import type Database from 'better-sqlite3';
import type { DataCounts } from '../../contract/common.js';

export type { DataCounts };

const QUERIES: Record<keyof DataCounts, string> = {
  documents: 'SELECT count(*) FROM documents',
  tags: 'SELECT count(*) FROM tags',
  annotations: 'SELECT count(*) FROM annotations WHERE deleted_at IS NULL',
  savedQuotes: 'SELECT count(*) FROM saved_quotes',
  quizItems: 'SELECT count(*) FROM quiz_items',
  reviews: 'SELECT count(*) FROM review_log',
  sessions: 'SELECT count(*) FROM study_sessions',
};

/** Counts per kind; a table missing from an old or foreign database counts as 0. */
export function dataCounts(db: Database.Database, schema = 'main'): DataCounts {
  const out = {} as DataCounts;
  for (const [key, sql] of Object.entries(QUERIES) as [keyof DataCounts, string][]) {
    try {
      out[key] =
        (db
          .prepare(sql.replace('FROM ', `FROM ${schema}.`))
          .pluck()
          .get() as number) ?? 0;
    } catch {
      out[key] = 0;
    }
  }
  return out;
}

export const totalCount = (c: DataCounts): number => Object.values(c).reduce((a, b) => a + b, 0);
