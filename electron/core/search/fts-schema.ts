// DDL of the bundle's search tables (the user database has the same tables from its migrations,
// with contentless_delete so single documents can be removed). The FTS5 table is contentless (the
// display text lives in `documents`), which keeps the index small; `search_docs` maps FTS rowids
// to document ids and keeps the indexed title, so renamed documents can be told apart.
export const BUNDLE_SEARCH_TABLES_SQL = `
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, content='', tokenize='ascii', detail=full
);
CREATE TABLE search_docs (
  rowid INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  year INTEGER,
  source TEXT,
  speakers TEXT NOT NULL DEFAULT '[]'
) STRICT;
`;

export const BUNDLE_CATALOGUE_SQL = `
CREATE TABLE IF NOT EXISTS search_catalogue (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`;
