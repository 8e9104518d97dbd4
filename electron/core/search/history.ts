// Search history and saved searches (tables from the initial user-database migration).
import type Database from 'better-sqlite3';
import type { SavedSearch, SearchHistoryItem } from '../../contract/api.js';

const HISTORY_KEEP = 200;

export function recordSearch(db: Database.Database, query: string): number {
  const q = query.trim();
  return db.transaction(() => {
    // Re-searching moves a query to the top instead of duplicating it.
    db.prepare('DELETE FROM search_history WHERE query = ?').run(q);
    const id = Number(db.prepare('INSERT INTO search_history (query) VALUES (?)').run(q).lastInsertRowid);
    db.prepare(
      'DELETE FROM search_history WHERE id NOT IN (SELECT id FROM search_history ORDER BY id DESC LIMIT ?)',
    ).run(HISTORY_KEEP);
    return id;
  })();
}

export function listSearchHistory(db: Database.Database, limit: number): SearchHistoryItem[] {
  return db
    .prepare('SELECT id, query, searched_at AS searchedAt FROM search_history ORDER BY id DESC LIMIT ?')
    .all(limit) as SearchHistoryItem[];
}

export function clearSearchHistory(db: Database.Database): number {
  return db.prepare('DELETE FROM search_history').run().changes;
}

export function listSavedSearches(db: Database.Database): SavedSearch[] {
  return db
    .prepare('SELECT id, name, query, created_at AS createdAt FROM saved_searches ORDER BY id DESC')
    .all() as SavedSearch[];
}

export function saveSearch(db: Database.Database, name: string, query: string): SavedSearch {
  return db
    .prepare(
      'INSERT INTO saved_searches (name, query) VALUES (?, ?) RETURNING id, name, query, created_at AS createdAt',
    )
    .get(name.trim(), query.trim()) as SavedSearch;
}

export function deleteSavedSearch(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}
