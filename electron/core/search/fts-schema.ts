// DDL of the bundle search tables (migration 0002 keeps a literal copy for the user database,
// with contentless_delete, so an applied migration never changes when this file does).
// The FTS5 table is contentless (the display text lives in documents / user_documents), which
// keeps the index small; `search_docs` maps FTS rowids to document ids and holds the metadata
// that filters, facets and ranking need without touching the large paragraph JSON.

export function searchTablesSql(prefix: '' | 'user_'): string {
  return `
CREATE VIRTUAL TABLE ${prefix}search_fts USING fts5(
  title, body, content='', ${prefix ? 'contentless_delete=1, ' : ''}tokenize='ascii', detail=full
);
CREATE TABLE ${prefix}search_docs (
  rowid INTEGER PRIMARY KEY${prefix ? ' AUTOINCREMENT' : ''},
  doc_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  year INTEGER,
  source TEXT,
  speakers TEXT NOT NULL DEFAULT '[]'
) STRICT;
`;
}

export const BUNDLE_CATALOGUE_SQL = `
CREATE TABLE IF NOT EXISTS search_catalogue (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`;
