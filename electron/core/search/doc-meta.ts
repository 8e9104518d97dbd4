// In-memory metadata of indexed documents (one small row each), used for filters, facets and
// sorting after the FTS5 match. Cached per database; the user side is re-read when it changes.
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
}

export interface MetaTable {
  byRowid: Map<number, DocMeta>;
  all: DocMeta[];
}

interface Cached {
  key: string;
  table: MetaTable;
}
const cache = new WeakMap<Database.Database, Cached>();

export function prefixOf(origin: Origin): '' | 'user_' {
  return origin === 'user' ? 'user_' : '';
}

export function hasSearchTables(db: Database.Database, origin: Origin): boolean {
  const name = `${prefixOf(origin)}search_docs`;
  return stmt(db, `SELECT 1 FROM sqlite_master WHERE name = ?`).get(name) !== undefined;
}

export function loadMeta(db: Database.Database, origin: Origin): MetaTable {
  const p = prefixOf(origin);
  // The bundle is read-only: read once. The user index changes: key on count and max rowid
  // (AUTOINCREMENT makes every add a new max, every removal changes the count).
  const key =
    origin === 'bundle'
      ? 'ro'
      : JSON.stringify(stmt(db, `SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM ${p}search_docs`).get());
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.table;
  const rows = db
    .prepare(`SELECT rowid, doc_id, title, type, date, year, source, speakers FROM ${p}search_docs`)
    .all() as {
    rowid: number;
    doc_id: string;
    title: string;
    type: string;
    date: string | null;
    year: number | null;
    source: string | null;
    speakers: string;
  }[];
  const all = rows.map((r): DocMeta => {
    const speakers = JSON.parse(r.speakers) as string[];
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
    };
  });
  const table = { byRowid: new Map(all.map((m) => [m.rowid, m])), all };
  cache.set(db, { key, table });
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
