// In-memory metadata of indexed documents (one small row each), used for filters, facets, title
// matches and sorting after the FTS5 match. Read from the library view, so the user's edits of
// bundled documents (title, type, date, speaker, deletion) count in search at once. Cached per
// connection and index side; re-read when the index or the edits change.
import type Database from 'better-sqlite3';
import { foldForSearch } from '../text/normalize.js';
import { stmt } from './stmt-cache.js';

export type Origin = 'bundle' | 'user';

export interface DocMeta {
  rowid: number;
  docId: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string[];
  foldedTitle: string;
  foldedSpeakers: string[];
  foldedSource: string;
  origin: Origin;
  /** The user renamed this bundled document: its indexed title is not its title any more. */
  retitled: boolean;
}

export interface MetaTable {
  byRowid: Map<number, DocMeta>;
  all: DocMeta[];
}

interface Cached {
  key: string;
  table: MetaTable;
}
const cache = new WeakMap<Database.Database, Map<Origin, Cached>>();

/** The schema holding one side's search tables: the attached bundle, or the user's own. */
export function schemaOf(origin: Origin): 'bundle' | 'main' {
  return origin === 'user' ? 'main' : 'bundle';
}

export function hasSearchTables(db: Database.Database, origin: Origin): boolean {
  return stmt(db, `SELECT 1 FROM ${schemaOf(origin)}.sqlite_master WHERE name = 'search_docs'`).get() !== undefined;
}

/** Changes whenever a document is indexed or removed on this side, or any edit is saved. */
function cacheKey(db: Database.Database, origin: Origin): string {
  const s = schemaOf(origin);
  return JSON.stringify(
    stmt(
      db,
      `SELECT (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM ${s}.search_docs) AS docs,
              (SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM main.document_overrides) AS edits`,
    ).get(),
  );
}

export function loadMeta(db: Database.Database, origin: Origin): MetaTable {
  const key = cacheKey(db, origin);
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(origin);
  if (hit && hit.key === key) return hit.table;
  const rows = db
    .prepare(
      `SELECT sd.rowid, d.id AS doc_id, d.title, sd.title AS indexed_title, d.type, d.date, d.year, d.source,
         d.speakers
       FROM ${schemaOf(origin)}.search_docs sd JOIN all_documents d ON d.id = sd.doc_id AND d.origin = ?`,
    )
    .all(origin) as {
    rowid: number;
    doc_id: string;
    title: string;
    indexed_title: string;
    type: string;
    date: string | null;
    year: number | null;
    source: string | null;
    speakers: string;
  }[];
  const all = rows.map((r): DocMeta => {
    const speakers = (JSON.parse(r.speakers) as { name: string }[]).map((s) => s.name);
    return {
      rowid: r.rowid,
      docId: r.doc_id,
      title: r.title,
      type: r.type,
      date: r.date,
      year: r.year,
      source: r.source,
      speakers,
      foldedTitle: foldForSearch(r.title),
      foldedSpeakers: speakers.map(foldForSearch),
      foldedSource: foldForSearch(r.source ?? ''),
      origin,
      retitled: r.title !== r.indexed_title,
    };
  });
  const table = { byRowid: new Map(all.map((m) => [m.rowid, m])), all };
  perDb.set(origin, { key, table });
  return table;
}

/** Tag names per document id, from the user database (tags apply to any document). */
export function loadDocTags(userDb: Database.Database): Map<string, string[]> {
  const rows = stmt(
    userDb,
    'SELECT dt.doc_id AS docId, t.name AS name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id',
  ).all() as { docId: string; name: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.docId);
    if (list) list.push(r.name);
    else out.set(r.docId, [r.name]);
  }
  return out;
}
