// The user's full-text index moves from FTS5 to the segment index shared with the bundle
// (search/index-schema.ts, copied literally here so the applied migration never changes); the
// engine indexes existing imports on its first search. The user's search-as-you-type catalogue is
// kept built in search_catalogue (rebuilt when documents or tags change), and each imported
// document's duplicate fingerprint in user_fingerprints (read instead of re-parsing every document
// at the first import of a session). Change counters kept by triggers tell the engine when to
// re-read the user's documents, edits of bundled documents and tags, never on every search.
import type { Migration } from '../migrate.js';

const COUNTED: [table: string, what: string, events: string[]][] = [
  ['documents', 'docs_added', ['INSERT']],
  ['documents', 'docs_changed', ['UPDATE', 'DELETE']],
  ['document_overrides', 'overrides', ['INSERT', 'UPDATE', 'DELETE']],
  ['tags', 'tags', ['INSERT', 'UPDATE', 'DELETE']],
  ['document_tags', 'tags', ['INSERT', 'UPDATE', 'DELETE']],
];

const triggers = COUNTED.flatMap(([table, what, events]) =>
  events.map(
    (ev) =>
      `CREATE TRIGGER search_count_${table}_${ev.toLowerCase()} AFTER ${ev} ON ${table}
       BEGIN UPDATE search_changes SET n = n + 1 WHERE what = '${what}'; END;`,
  ),
).join('\n');

export const migration0006: Migration = {
  version: 6,
  name: 'search-segments',
  up: `
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_docs;
CREATE TABLE search_segments (
  seg INTEGER PRIMARY KEY,
  docs INTEGER NOT NULL,
  chars INTEGER NOT NULL,
  columns BLOB NOT NULL
) STRICT;
CREATE TABLE search_postings (
  key INTEGER PRIMARY KEY,
  df INTEGER NOT NULL,
  docs BLOB NOT NULL,
  pos BLOB
) STRICT;
CREATE TABLE search_catalogue (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
CREATE TABLE user_fingerprints (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  sig BLOB NOT NULL,
  sketch BLOB NOT NULL
) STRICT;
CREATE TABLE search_changes (what TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT;
INSERT INTO search_changes (what, n) VALUES ('docs_added', 0), ('docs_changed', 0), ('overrides', 0), ('tags', 0);
${triggers}
`,
};
