// The search engine's one source of truth for document metadata held in the user database: the
// user's imported documents, the user's edits of bundled documents (rename, type, date, speaker),
// document tags, and the change counters that say when to re-read them (kept by triggers from
// migration 0004). Bundled documents come from the bundle's snapshot; everything the user can
// change comes from here, so a rename or a deletion shows in search at once.
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
  const rows = stmt(db, 'SELECT what, n FROM search_changes').raw().all() as [string, number][];
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
    'SELECT rowid, id, title, type, date, source, speakers FROM user_documents WHERE rowid > ? ORDER BY rowid',
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

export interface BundleOverride {
  title?: string;
  type?: string;
  date?: string | null;
  speaker?: string | null;
}

/** The user's edits of bundled documents, by document id. */
export function readOverrides(db: Database.Database): Map<string, BundleOverride> {
  const rows = stmt(db, 'SELECT doc_id, overrides FROM document_state WHERE overrides IS NOT NULL')
    .raw()
    .all() as [string, string][];
  return new Map(rows.map(([id, o]) => [id, JSON.parse(o) as BundleOverride]));
}

/** Tag names per document id (tags apply to bundled and imported documents alike). */
export function readDocTags(db: Database.Database): [string, string][] {
  return stmt(db, 'SELECT dt.doc_id, t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id')
    .raw()
    .all() as [string, string][];
}
