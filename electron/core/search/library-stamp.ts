// The stamps that tell a search whether the library index it built is still current: read on every
// search, so each costs as little as a statement can.
import type Database from 'better-sqlite3';
import { stmt } from './stmt-cache.js';

/** Every change counter and the user's segments in one read: a search on an unchanged library
 * asks nothing else (two statements and a Map per search were a tenth of a filtered search). */
export function changeStamp(userDb: Database.Database): string {
  return stmt(
    userDb,
    `SELECT (SELECT group_concat(what || '=' || n) FROM (SELECT what, n FROM main.search_changes ORDER BY what))
       || ';' || coalesce((SELECT group_concat(seg || ':' || docs) FROM main.search_segments), '')`,
  )
    .pluck()
    .get() as string;
}
/** Rows this connection has changed (triggers included) and the database file's data version
 * (which other connections' commits change): when neither moved, no counter can have changed. A
 * rolled-back change leaves both where they were, so a stamp read inside a transaction is not kept. */
export function quickStamp(userDb: Database.Database): string | null {
  if (userDb.inTransaction) return null;
  // Two statements: the pragma alone costs a fifth less than as a table-valued function, and
  // total_changes() reads no file.
  const changes = stmt(userDb, 'SELECT total_changes()').pluck().get() as number;
  return `${changes}:${stmt(userDb, 'PRAGMA main.data_version').pluck().get() as number}`;
}
