// Schema of the read-only content bundle (content/build/content.sqlite), ATTACHed to the user
// database as `bundle`. Column names match user_documents / user_quotes / user_terms, so the
// library views (db/library-views.ts) can UNION both.
// Search tables are added to the same file by the search index builder.

/** Bumped whenever the bundle's tables change; the app refuses (and the scripts rebuild) older ones. */
// 3: 报告人, status and term info; 4: segment search index, catalogue groups, duplicate fingerprints;
// 5: the catalogue in rows, and the segment's ids and titles in rows of their own (search_strings).
export const BUNDLE_SCHEMA_VERSION = 5;

export const BUNDLE_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  year INTEGER,
  source TEXT,
  speakers TEXT NOT NULL DEFAULT '[]',
  occasion TEXT,
  place TEXT,
  script TEXT NOT NULL DEFAULT 'simplified',
  status TEXT NOT NULL DEFAULT '现行' CHECK (status IN ('现行', '历史文献')),
  chars INTEGER NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  status_note TEXT,
  -- Last, so reading the other columns never walks the paragraphs' overflow pages.
  paragraphs TEXT NOT NULL
) STRICT;
CREATE INDEX documents_date ON documents(date);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  occasion TEXT,
  date TEXT,
  citation TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  score REAL
) STRICT;
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE TABLE terms (
  term TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  length INTEGER
) STRICT;
CREATE INDEX terms_term ON terms(term);
CREATE INDEX terms_doc ON terms(doc_id);
-- One row per 提法 of the library pass (lexicon, numeral, slogan, policy-name, quoted-term, counted or series rule): its category and the year
-- it first appears in the bundled reports.
CREATE TABLE term_info (
  term TEXT PRIMARY KEY,
  category TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('lexicon', 'numeral', 'slogan', 'policy', 'quoted', 'counted', 'series')),
  first_year INTEGER
) STRICT;
`;
