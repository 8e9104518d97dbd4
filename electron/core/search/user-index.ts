// Incremental search index for the user's imported documents (tables from migration 0002).
// Adding a document that is already indexed replaces it, so metadata edits re-index cleanly.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { toIndexRow } from './index-rows.js';

export function addUserDocumentsToIndex(db: Database.Database, docs: ContentDocument[]): void {
  const insDoc = db.prepare(
    'INSERT INTO main.search_docs (doc_id, title, type, date, year, source, speakers) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insFts = db.prepare('INSERT INTO main.search_fts (rowid, title, body) VALUES (?, ?, ?)');
  db.transaction(() => {
    removeUserDocumentsFromIndex(
      db,
      docs.map((d) => d.id),
    );
    for (const doc of docs) {
      const r = toIndexRow(doc);
      const info = insDoc.run(r.docId, r.title, r.type, r.date, r.year, r.source, r.speakers);
      insFts.run(info.lastInsertRowid, r.titleTokens, r.bodyTokens);
    }
  })();
}

export function removeUserDocumentsFromIndex(db: Database.Database, ids: string[]): void {
  const find = db.prepare('SELECT rowid FROM main.search_docs WHERE doc_id = ?').pluck();
  const delFts = db.prepare('DELETE FROM main.search_fts WHERE rowid = ?');
  const delDoc = db.prepare('DELETE FROM main.search_docs WHERE rowid = ?');
  db.transaction(() => {
    for (const id of ids) {
      const rowid = find.get(id) as number | undefined;
      if (rowid === undefined) continue;
      delFts.run(rowid);
      delDoc.run(rowid);
    }
  })();
}
