// Initial user-database schema for the whole product. Later features fill these tables;
// designing them together keeps foreign keys and naming consistent.
import type { Migration } from '../migrate.js';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Documents the user imported (bundled documents live in the read-only content bundle).
CREATE TABLE user_documents (
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
  paragraphs TEXT NOT NULL,
  chars INTEGER NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE INDEX user_documents_date ON user_documents(date);

CREATE TABLE user_quotes (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES user_documents(id) ON DELETE CASCADE,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  occasion TEXT,
  date TEXT,
  citation TEXT NOT NULL
) STRICT;
CREATE INDEX user_quotes_doc ON user_quotes(doc_id);

CREATE TABLE user_terms (
  term TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES user_documents(id) ON DELETE CASCADE,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL
) STRICT;
CREATE INDEX user_terms_term ON user_terms(term);
CREATE INDEX user_terms_doc ON user_terms(doc_id);

-- Per-document user state for any document (bundled or imported), keyed by stable document id.
CREATE TABLE document_state (
  doc_id TEXT PRIMARY KEY,
  starred INTEGER NOT NULL DEFAULT 0,
  reading_position TEXT,
  last_opened_at TEXT,
  overrides TEXT
) STRICT;

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  color TEXT,
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE document_tags (
  doc_id TEXT NOT NULL,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (doc_id, tag_id)
) STRICT;
CREATE INDEX document_tags_tag ON document_tags(tag_id);

CREATE TABLE tag_suggestion_dismissals (
  doc_id TEXT NOT NULL,
  term TEXT NOT NULL,
  PRIMARY KEY (doc_id, term)
) STRICT;

CREATE TABLE highlight_colors (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  color TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;
INSERT INTO highlight_colors (key, label, color, position) VALUES
  ('yellow', '重要论述', '#f7d154', 1),
  ('red', '新提法', '#f08c8c', 2),
  ('green', '典型案例', '#8fd19e', 3),
  ('blue', '存疑', '#8cb8f0', 4),
  ('purple', '背诵', '#c4a2e8', 5);

-- Annotations are anchored by offsets AND by quote with prefix/suffix so they re-attach
-- after content updates; an annotation that cannot be re-attached is kept, never dropped.
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL REFERENCES highlight_colors(key),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now')),
  deleted_at TEXT
) STRICT;
CREATE INDEX annotations_doc ON annotations(doc_id);

CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)
) STRICT;

-- 金句 the user saved or starred; bundled quotes are referenced by quote_id.
CREATE TABLE saved_quotes (
  id INTEGER PRIMARY KEY,
  quote_id TEXT UNIQUE,
  doc_id TEXT,
  paragraph INTEGER,
  text TEXT NOT NULL,
  speaker TEXT,
  occasion TEXT,
  date TEXT,
  citation TEXT NOT NULL DEFAULT '',
  starred INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE quote_tags (
  saved_quote_id INTEGER NOT NULL REFERENCES saved_quotes(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (saved_quote_id, tag_id)
) STRICT;

CREATE TABLE collections (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE TABLE collection_items (
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (collection_id, doc_id)
) STRICT;

CREATE TABLE search_history (
  id INTEGER PRIMARY KEY,
  query TEXT NOT NULL,
  searched_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- Quiz items: a fact with explicit answer spans, rendered as a question type.
CREATE TABLE quiz_items (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,           -- 填空 | 单选 | 多选 | 判断
  fact_kind TEXT NOT NULL,      -- quote | term | number | sentence | highlight | authored | imported
  doc_id TEXT,
  paragraph INTEGER,
  start INTEGER,
  end INTEGER,
  stem TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '[]',
  answer TEXT NOT NULL,         -- JSON: option indexes or blank spans
  explanation TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL,         -- generated | user | imported
  fingerprint TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE TABLE quiz_item_tags (
  item_id INTEGER NOT NULL REFERENCES quiz_items(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, tag_id)
) STRICT;

-- FSRS card state per item; the review queue is derived from due dates so it survives restarts.
CREATE TABLE review_cards (
  item_id INTEGER PRIMARY KEY REFERENCES quiz_items(id) ON DELETE CASCADE,
  due TEXT NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state INTEGER NOT NULL,
  last_review TEXT
) STRICT;
CREATE INDEX review_cards_due ON review_cards(due);

CREATE TABLE review_log (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES quiz_items(id) ON DELETE CASCADE,
  answered_at TEXT NOT NULL DEFAULT (datetime('now')),
  mode TEXT NOT NULL,           -- daily | topic | exam | mistakes
  correct INTEGER NOT NULL,
  user_answer TEXT NOT NULL,
  rating INTEGER,
  duration_ms INTEGER
) STRICT;
CREATE INDEX review_log_item ON review_log(item_id);
CREATE INDEX review_log_time ON review_log(answered_at);

-- 错题本: one row per item answered wrong, until mastered.
CREATE TABLE mistakes (
  item_id INTEGER PRIMARY KEY REFERENCES quiz_items(id) ON DELETE CASCADE,
  last_answer TEXT NOT NULL,
  wrong_count INTEGER NOT NULL DEFAULT 1,
  streak_right INTEGER NOT NULL DEFAULT 0,
  mastered_at TEXT,
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- 学习专题 (study sessions) for group leaders.
CREATE TABLE study_sessions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  place TEXT,
  host TEXT,
  record TEXT,                  -- JSON: discussion points, notes
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
CREATE TABLE session_items (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,           -- document | excerpt | quote | question | quiz | note
  ref TEXT,                     -- JSON reference (doc id, paragraph, offsets, quiz item ids)
  content TEXT NOT NULL DEFAULT '',
  citation TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX session_items_session ON session_items(session_id, position);
CREATE TABLE session_attendees (
  session_id INTEGER NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  planned INTEGER NOT NULL DEFAULT 1,
  present INTEGER,
  absence_reason TEXT,
  PRIMARY KEY (session_id, name)
) STRICT;
`,
};
