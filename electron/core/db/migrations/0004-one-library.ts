// One library on one connection: the user's documents, 金句 and 提法 move to tables named exactly
// like the content bundle's (documents, quotes, terms, search_fts, search_docs), so the library
// views union `main.X` with `bundle.X` and no code chooses tables by a name prefix. Edits of bundled
// documents move from a JSON column to typed override columns; quote ids become content-derived.
import type Database from 'better-sqlite3';
import { quoteId } from '../../content/stable-ids.js';
import type { Migration } from '../migrate.js';

const TABLES = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  type TEXT NOT NULL CHECK (type IN ('讲话', '会议报道', '文件', '文章', '金句集')),
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]*'),
  year INTEGER,
  source TEXT,
  speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
  occasion TEXT,
  place TEXT,
  script TEXT NOT NULL DEFAULT 'simplified' CHECK (script IN ('simplified', 'traditional')),
  status TEXT NOT NULL DEFAULT '现行' CHECK (status IN ('现行', '历史文献')),
  chars INTEGER NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (datetime('now')),
  paragraphs TEXT NOT NULL
) STRICT;
INSERT INTO documents (id, title, type, date, year, source, speakers, occasion, place, script, chars, hash, origin,
                       imported_at, paragraphs)
  SELECT id, title, type, date, year, source, speakers, occasion, place, script, chars, hash, origin, imported_at,
         paragraphs
  FROM user_documents;

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  occasion TEXT,
  date TEXT,
  citation TEXT NOT NULL
) STRICT;

CREATE TABLE terms (
  term TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL
) STRICT;
INSERT INTO terms (term, doc_id, paragraph, start) SELECT term, doc_id, paragraph, start FROM user_terms;

-- Edits of bundled documents (the bundle is read-only). NULL = not overridden; date '' = no date.
CREATE TABLE document_overrides (
  doc_id TEXT PRIMARY KEY,
  title TEXT CHECK (title IS NULL OR title <> ''),
  type TEXT CHECK (type IS NULL OR type IN ('讲话', '会议报道', '文件', '文章', '金句集')),
  date TEXT CHECK (date IS NULL OR date = '' OR date GLOB '[0-9][0-9][0-9][0-9]*'),
  speakers TEXT CHECK (speakers IS NULL OR json_valid(speakers)),
  status TEXT CHECK (status IS NULL OR status IN ('现行', '历史文献')),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
INSERT INTO document_overrides (doc_id, title, type, date, speakers)
  SELECT doc_id,
         json_extract(overrides, '$.title'),
         json_extract(overrides, '$.type'),
         CASE json_type(overrides, '$.date') WHEN 'null' THEN '' WHEN 'text' THEN json_extract(overrides, '$.date') END,
         CASE json_type(overrides, '$.speaker')
           WHEN 'null' THEN '[]'
           WHEN 'text' THEN json_array(json_object('name', json_extract(overrides, '$.speaker'), 'role', NULL))
         END
  FROM document_state WHERE overrides IS NOT NULL;
ALTER TABLE document_state DROP COLUMN overrides;
-- A historical document (历史文献) the user explicitly opted in for study (e.g. 党史).
ALTER TABLE document_state ADD COLUMN study_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (study_opt_in IN (0, 1));

ALTER TABLE user_search_fts RENAME TO search_fts;
ALTER TABLE user_search_docs RENAME TO search_docs;
`;

const DROP_OLD = `
DROP TABLE user_quotes;
DROP TABLE user_terms;
DROP TABLE user_documents;
CREATE INDEX documents_date ON documents(date);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX terms_term ON terms(term);
CREATE INDEX terms_doc ON terms(doc_id);
`;

interface OldQuote {
  doc_id: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  citation: string;
}

/** Positional quote ids (`doc#q3`) become content ids everywhere a user's item points at them. */
function rekeyQuotes(db: Database.Database): void {
  const old = db.prepare('SELECT * FROM user_quotes ORDER BY rowid').all() as OldQuote[];
  const ins = db.prepare(
    `INSERT OR IGNORE INTO quotes (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const q of old)
    ins.run(
      quoteId(q.doc_id, q.text),
      q.doc_id,
      q.paragraph,
      q.start,
      q.end,
      q.text,
      q.speaker,
      q.occasion,
      q.date,
      q.citation,
    );

  // Starred/tagged 金句 keep their own copy of the text, so the new id follows from it.
  const saved = db.prepare('SELECT id, quote_id, doc_id, text FROM saved_quotes WHERE quote_id IS NOT NULL').all() as {
    id: number;
    quote_id: string;
    doc_id: string | null;
    text: string;
  }[];
  const clear = db.prepare('UPDATE saved_quotes SET quote_id = NULL WHERE id = ?');
  const set = db.prepare('UPDATE saved_quotes SET quote_id = ? WHERE id = ?');
  const taken = new Set<string>();
  for (const s of saved) clear.run(s.id);
  for (const s of saved) {
    const docId = s.doc_id ?? s.quote_id.split('#q')[0]!;
    const id = quoteId(docId, s.text);
    // Two saved rows that now name one quote: the later keeps its text as the user's own 金句.
    if (taken.has(id)) continue;
    taken.add(id);
    set.run(id, s.id);
  }
  // Agenda items keep the 金句's text as their content: the same rule gives their new id.
  const items = db
    .prepare("SELECT id, ref, content FROM session_items WHERE kind = 'quote' AND ref IS NOT NULL")
    .all() as { id: number; ref: string; content: string }[];
  const setRef = db.prepare('UPDATE session_items SET ref = ? WHERE id = ?');
  for (const it of items) {
    const ref = JSON.parse(it.ref) as { quoteId?: string; docId?: string };
    if (!ref.quoteId) continue;
    const docId = ref.docId ?? ref.quoteId.split('#q')[0]!;
    setRef.run(JSON.stringify({ ...ref, quoteId: quoteId(docId, it.content) }), it.id);
  }
}

export const migration0004: Migration = {
  version: 4,
  name: 'one-library',
  up: (db) => {
    db.exec(TABLES);
    rekeyQuotes(db);
    db.exec(DROP_OLD);
  },
};
