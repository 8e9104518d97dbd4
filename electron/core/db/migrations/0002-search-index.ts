// Search index for documents the user imported: a contentless bigram FTS5 table (with
// contentless_delete so single documents can be removed) and its metadata table.
// Kept literal (not generated from search/fts-schema.ts) so the applied migration never changes.
import type { Migration } from '../migrate.js';

export const migration0002: Migration = {
  version: 2,
  name: 'search-index',
  up: `
CREATE VIRTUAL TABLE user_search_fts USING fts5(
  title, body, content='', contentless_delete=1, tokenize='ascii', detail=full
);
CREATE TABLE user_search_docs (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  year INTEGER,
  source TEXT,
  speakers TEXT NOT NULL DEFAULT '[]'
) STRICT;
`,
};
