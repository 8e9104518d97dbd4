// Integrity: CHECK constraints on the enum columns (SQLite adds them only by rebuilding a table),
// triggers so deleting a document leaves no tags, state or dismissals behind, and the unused
// collections tables dropped. Runs with foreign keys off (see migrate.ts), checked afterwards.
import type { Migration } from '../migrate.js';

export const migration0005: Migration = {
  version: 5,
  name: 'integrity',
  up: `
CREATE TABLE quiz_items_new (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('填空', '单选', '多选', '判断')),
  fact_kind TEXT NOT NULL
    CHECK (fact_kind IN ('quote', 'term', 'number', 'sentence', 'highlight', 'authored', 'imported')),
  doc_id TEXT,
  paragraph INTEGER,
  start INTEGER,
  end INTEGER,
  stem TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options)),
  answer TEXT NOT NULL CHECK (json_valid(answer)),
  explanation TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL CHECK (origin IN ('generated', 'user', 'imported')),
  fingerprint TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now')),
  fact TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO quiz_items_new SELECT id, kind, fact_kind, doc_id, paragraph, start, end, stem, options, answer,
  explanation, origin, fingerprint, created_at, updated_at, fact FROM quiz_items;
DROP TABLE quiz_items;
ALTER TABLE quiz_items_new RENAME TO quiz_items;
CREATE INDEX quiz_items_doc ON quiz_items(doc_id);

CREATE TABLE review_log_new (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES quiz_items(id) ON DELETE CASCADE,
  answered_at TEXT NOT NULL DEFAULT (datetime('now')),
  mode TEXT NOT NULL CHECK (mode IN ('daily', 'topic', 'exam', 'mistakes')),
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  user_answer TEXT NOT NULL,
  rating INTEGER,
  duration_ms INTEGER
) STRICT;
INSERT INTO review_log_new SELECT id, item_id, answered_at, mode, correct, user_answer, rating, duration_ms
  FROM review_log;
DROP TABLE review_log;
ALTER TABLE review_log_new RENAME TO review_log;
CREATE INDEX review_log_item ON review_log(item_id);
CREATE INDEX review_log_time ON review_log(answered_at);

CREATE TABLE study_sessions_new (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('支部党员大会', '党小组会', '党课', '主题党日', '中心组学习', '自定义')),
  date TEXT,
  place TEXT,
  host TEXT,
  record TEXT CHECK (record IS NULL OR json_valid(record)),
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
INSERT INTO study_sessions_new SELECT id, title, kind, date, place, host, record, created_at, updated_at
  FROM study_sessions;
DROP TABLE study_sessions;
ALTER TABLE study_sessions_new RENAME TO study_sessions;

CREATE TABLE session_items_new (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('document', 'excerpt', 'quote', 'question', 'quiz', 'note')),
  ref TEXT CHECK (ref IS NULL OR json_valid(ref)),
  content TEXT NOT NULL DEFAULT '',
  citation TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO session_items_new SELECT id, session_id, position, kind, ref, content, citation FROM session_items;
DROP TABLE session_items;
ALTER TABLE session_items_new RENAME TO session_items;
CREATE INDEX session_items_session ON session_items(session_id, position);

CREATE TABLE session_attendees_new (
  session_id INTEGER NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  planned INTEGER NOT NULL DEFAULT 1 CHECK (planned IN (0, 1)),
  present INTEGER CHECK (present IS NULL OR present IN (0, 1)),
  absence_reason TEXT,
  PRIMARY KEY (session_id, name)
) STRICT;
INSERT INTO session_attendees_new SELECT session_id, name, planned, present, absence_reason FROM session_attendees;
DROP TABLE session_attendees;
ALTER TABLE session_attendees_new RENAME TO session_attendees;

DROP TABLE collection_items;
DROP TABLE collections;

-- Rows left behind by documents deleted before this version (imported ids start with u:).
DELETE FROM document_tags WHERE doc_id LIKE 'u:%' AND doc_id NOT IN (SELECT id FROM documents);
DELETE FROM document_state WHERE doc_id LIKE 'u:%' AND doc_id NOT IN (SELECT id FROM documents);
DELETE FROM tag_suggestion_dismissals WHERE doc_id LIKE 'u:%' AND doc_id NOT IN (SELECT id FROM documents);

-- A deleted document (an import removed, or a bundled one hidden) takes its tags, state and
-- dismissed suggestions with it. Annotations and quiz items stay: they keep their own text.
CREATE TRIGGER documents_delete_cleanup AFTER DELETE ON documents BEGIN
  DELETE FROM document_tags WHERE doc_id = old.id;
  DELETE FROM document_state WHERE doc_id = old.id;
  DELETE FROM tag_suggestion_dismissals WHERE doc_id = old.id;
END;
CREATE TRIGGER overrides_delete_cleanup AFTER INSERT ON document_overrides WHEN new.deleted = 1 BEGIN
  DELETE FROM document_tags WHERE doc_id = new.doc_id;
  DELETE FROM document_state WHERE doc_id = new.doc_id;
  DELETE FROM tag_suggestion_dismissals WHERE doc_id = new.doc_id;
END;
CREATE TRIGGER overrides_update_cleanup AFTER UPDATE OF deleted ON document_overrides WHEN new.deleted = 1 BEGIN
  DELETE FROM document_tags WHERE doc_id = new.doc_id;
  DELETE FROM document_state WHERE doc_id = new.doc_id;
  DELETE FROM tag_suggestion_dismissals WHERE doc_id = new.doc_id;
END;
`,
};
