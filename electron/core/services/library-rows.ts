// Document rows as the library views give them: bundle and user documents in one list with the
// user's edits of bundled documents already applied (db/library-views.ts).
import type { DocType, DocumentSummary } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { noteOfDate, speakerNote } from '../knowledge/status.js';
import { stmt } from '../search/stmt-cache.js';

export interface DocRow {
  id: string;
  title: string;
  type: DocType;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string;
  occasion: string | null;
  place: string | null;
  script: 'simplified' | 'traditional';
  status: '现行' | '历史文献';
  status_note: string | null;
  chars: number;
  hash: string;
  source_file: string;
  origin: 'bundle' | 'user';
  paragraphs: string;
}

/** Every column but the paragraphs (which are large and last in the table). */
export const SUMMARY_COLS =
  'id, title, type, date, year, source, speakers, occasion, place, script, status, status_note, chars, hash, source_file, origin';

export function hasTable(db: CoreContext['userDb'], name: string, schema = 'main'): boolean {
  return db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** One document with paragraphs, or null. */
export function findRow(ctx: CoreContext, id: string): DocRow | null {
  return (ctx.userDb.prepare(`SELECT ${SUMMARY_COLS}, paragraphs FROM all_documents WHERE id = ?`).get(id) ??
    null) as DocRow | null;
}

export function speakersOf(row: Pick<DocRow, 'speakers'>): { name: string; role: string | null }[] {
  return JSON.parse(row.speakers) as { name: string; role: string | null }[];
}

export function toSummary(row: Omit<DocRow, 'paragraphs'>): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    date: row.date,
    source: row.source,
    speakers: speakersOf(row).map((s) => s.name),
    occasion: row.occasion,
    script: row.script,
    chars: row.chars,
    origin: row.origin,
    status: row.status,
    // A user's document imported before its note was stored, or marked historical by the user:
    // its period, told by its date (or, undated, by when its speakers died), says why.
    statusNote:
      row.status_note ??
      (row.status === '历史文献' ? (noteOfDate(row.date) ?? speakerNote(speakersOf(row).map((s) => s.name))) : null),
  };
}

/** Summary rows (no paragraphs) of the given documents, by id; missing or hidden ones are absent. */
export function rowsByIds(ctx: CoreContext, ids: readonly string[]): Map<string, Omit<DocRow, 'paragraphs'>> {
  if (ids.length === 0) return new Map();
  const rows = stmt(
    ctx.userDb,
    `SELECT ${SUMMARY_COLS} FROM all_documents WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(ids)])) as Omit<DocRow, 'paragraphs'>[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Each document's status (现行 or 历史文献), for a result page: the one column it needs. */
export function statusByIds(ctx: CoreContext, ids: readonly string[]): Map<string, DocRow['status']> {
  if (ids.length === 0) return new Map();
  const rows = stmt(ctx.userDb, 'SELECT id, status FROM all_documents WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [string, DocRow['status']][];
  return new Map(rows);
}
