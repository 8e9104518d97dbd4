// The search engine's one source of truth for what the user can change: the imported documents
// (main.documents), the edits of bundled documents (main.document_overrides: rename, type, date,
// speakers, deletion — what the all_documents view applies), document tags, and the change
// counters that say when to re-read them (kept by triggers from migration 0006). Bundled documents
// come from the bundle's metadata snapshot: reading the view for ~100,000 rows costs seconds, the
// snapshot milliseconds, and the overrides are the whole difference between the two.
import type Database from 'better-sqlite3';
import type { MetaRow } from './meta-columns.js';
import { stmt } from './stmt-cache.js';

export interface ChangeCounters {
  docsAdded: number;
  docsChanged: number;
  overrides: number;
  tags: number;
}

export function readCounters(db: Database.Database): ChangeCounters {
  const rows = stmt(db, 'SELECT what, n FROM main.search_changes').raw().all() as [string, number][];
  const m = new Map(rows);
  return {
    docsAdded: m.get('docs_added') ?? 0,
    docsChanged: m.get('docs_changed') ?? 0,
    overrides: m.get('overrides') ?? 0,
    tags: m.get('tags') ?? 0,
  };
}

/** The user's documents added after `afterRowid`, in rowid order. */
export function readUserRows(db: Database.Database, afterRowid: number): { rows: MetaRow[]; maxRowid: number } {
  const raw = stmt(
    db,
    'SELECT rowid, id, title, type, date, source, speakers FROM main.documents WHERE rowid > ? ORDER BY rowid',
  )
    .raw()
    .all(afterRowid) as [number, string, string, string, string | null, string | null, string][];
  let maxRowid = afterRowid;
  const rows = raw.map(([rowid, id, title, type, date, source, speakers]): MetaRow => {
    maxRowid = rowid;
    return {
      id,
      title,
      type,
      date,
      source,
      speakers: (JSON.parse(speakers) as { name: string }[]).map((s) => s.name),
    };
  });
  return { rows, maxRowid };
}

/** An edit of a bundled document; undefined = not edited, date null = no date. */
export interface BundleOverride {
  title?: string;
  type?: string;
  date?: string | null;
  speakers?: string[];
  deleted: boolean;
}

/** The user's edits of bundled documents, by document id. */
export function readOverrides(db: Database.Database): Map<string, BundleOverride> {
  const rows = stmt(db, 'SELECT doc_id, title, type, date, speakers, deleted FROM main.document_overrides')
    .raw()
    .all() as [string, string | null, string | null, string | null, string | null, number][];
  return new Map(
    rows.map(([id, title, type, date, speakers, deleted]) => [
      id,
      {
        ...(title !== null ? { title } : {}),
        ...(type !== null ? { type } : {}),
        ...(date !== null ? { date: date || null } : {}),
        ...(speakers !== null ? { speakers: (JSON.parse(speakers) as { name: string }[]).map((s) => s.name) } : {}),
        deleted: deleted === 1,
      },
    ]),
  );
}

/** Tag names per document id (tags apply to bundled and imported documents alike). */
/** Tagged documents: id, tag name, and the rowid of a bundled document of that id (else null). */
export function readDocTags(db: Database.Database): [string, string, number | null][] {
  return stmt(
    db,
    `SELECT dt.doc_id, t.name, d.rowid FROM main.document_tags dt JOIN main.tags t ON t.id = dt.tag_id
       LEFT JOIN bundle.documents d ON d.id = dt.doc_id`,
  )
    .raw()
    .all() as [string, string, number | null][];
}
