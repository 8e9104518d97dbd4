// Reading document rows from the bundle and the user database as one list, with the user's
// overrides for bundled documents (document_state.overrides) applied.
import type { DocType, DocumentSummary } from '../../contract/api.js';
import type { CoreContext } from '../context.js';

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
  paragraphs: string;
  chars: number;
  hash: string;
  origin: string;
  from: 'bundle' | 'user';
}

export interface Overrides {
  title?: string;
  type?: DocType;
  date?: string | null;
  speaker?: string | null;
}

const COLS = 'id, title, type, date, year, source, speakers, occasion, place, script, chars, hash, origin';

export function hasTable(db: CoreContext['userDb'], name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

function overridesMap(ctx: CoreContext): Map<string, Overrides> {
  const rows = ctx.userDb.prepare('SELECT doc_id, overrides FROM document_state WHERE overrides IS NOT NULL').all() as {
    doc_id: string;
    overrides: string;
  }[];
  return new Map(rows.map((r) => [r.doc_id, JSON.parse(r.overrides) as Overrides]));
}

export function applyOverrides(row: DocRow, o: Overrides | undefined): DocRow {
  if (!o) return row;
  const out = { ...row };
  if (o.title) out.title = o.title;
  if (o.type) out.type = o.type;
  if (o.date !== undefined) {
    out.date = o.date;
    out.year = o.date ? Number(o.date.slice(0, 4)) : null;
  }
  if (o.speaker !== undefined) out.speakers = JSON.stringify(o.speaker ? [{ name: o.speaker, role: null }] : []);
  return out;
}

/** Every document (without paragraphs), bundle first, overrides applied. */
export function allRows(ctx: CoreContext): DocRow[] {
  const over = overridesMap(ctx);
  const rows: DocRow[] = [];
  if (ctx.bundle && hasTable(ctx.bundle, 'documents')) {
    for (const r of ctx.bundle.prepare(`SELECT ${COLS}, '' AS paragraphs FROM documents`).all() as Omit<
      DocRow,
      'from'
    >[]) {
      rows.push(applyOverrides({ ...r, from: 'bundle' }, over.get(r.id)));
    }
  }
  for (const r of ctx.userDb.prepare(`SELECT ${COLS}, '' AS paragraphs FROM user_documents`).all() as Omit<
    DocRow,
    'from'
  >[]) {
    rows.push({ ...r, from: 'user' });
  }
  return rows;
}

/** One document with paragraphs, or null. */
export function findRow(ctx: CoreContext, id: string): DocRow | null {
  const user = ctx.userDb.prepare(`SELECT ${COLS}, paragraphs FROM user_documents WHERE id = ?`).get(id) as
    Omit<DocRow, 'from'> | undefined;
  if (user) return { ...user, from: 'user' };
  if (ctx.bundle && hasTable(ctx.bundle, 'documents')) {
    const b = ctx.bundle.prepare(`SELECT ${COLS}, paragraphs FROM documents WHERE id = ?`).get(id) as
      Omit<DocRow, 'from'> | undefined;
    if (b) return applyOverrides({ ...b, from: 'bundle' }, overridesMap(ctx).get(id));
  }
  return null;
}

export function speakersOf(row: DocRow): { name: string; role: string | null }[] {
  return JSON.parse(row.speakers) as { name: string; role: string | null }[];
}

export function toSummary(row: DocRow): DocumentSummary {
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
    origin: row.from,
  };
}
