// 学习专题 rows in the user database (study_sessions, session_items, session_attendees) read
// back as API objects, plus create/update/delete of the session itself. Writes run in transactions.
import { ApiError } from '../../contract/errors.js';
import type {
  ApiParsedArgs,
  QuizItem,
  SessionAttendee,
  SessionItem,
  SessionItemKind,
  SessionKind,
  SessionRecord,
  SessionSummary,
  StudySession,
} from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { getItem } from '../quiz/store.js';
import { attendanceOf } from '../../shared/attendance.js';
import { isVerifiedQuote } from '../verify/session-check.js';

interface SessionRow {
  id: number;
  title: string;
  kind: SessionKind;
  date: string | null;
  place: string | null;
  host: string | null;
  record: string | null;
  updated_at: string;
}
interface ItemRow {
  id: number;
  position: number;
  kind: SessionItemKind;
  ref: string | null;
  content: string;
  citation: string;
}
interface AttendeeRow {
  name: string;
  planned: number;
  present: number | null;
  absence_reason: string | null;
}
/** What session_items.ref holds (JSON). */
export interface ItemRef {
  docId?: string;
  paragraph?: number;
  start?: number;
  end?: number;
  quoteId?: string;
  savedQuoteId?: number;
  annotationId?: number;
  quizItemIds?: number[];
  /** Snapshot of a document's paragraphs, so the handout survives a content update. */
  paragraphs?: string[];
}

export const EMPTY_RECORD: SessionRecord = { speakers: [], discussion: '', content: '', recorder: '' };

function sessionRow(ctx: CoreContext, id: number): SessionRow {
  const row = ctx.userDb
    .prepare('SELECT id, title, kind, date, place, host, record, updated_at FROM study_sessions WHERE id = ?')
    .get(id) as SessionRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该学习专题，可能已被删除。');
  return row;
}

function attendees(ctx: CoreContext, id: number): SessionAttendee[] {
  // rowid keeps the order in which names were entered.
  const rows = ctx.userDb
    .prepare('SELECT name, planned, present, absence_reason FROM session_attendees WHERE session_id = ? ORDER BY rowid')
    .all(id) as AttendeeRow[];
  return rows.map((r) => ({
    name: r.name,
    planned: r.planned === 1,
    present: r.present === null ? null : r.present === 1,
    reason: r.absence_reason ?? '',
  }));
}

function quizItems(ctx: CoreContext, ids: number[]): QuizItem[] {
  const out: QuizItem[] = [];
  for (const qid of ids) {
    try {
      out.push(getItem(ctx, qid));
    } catch {
      // A question deleted from the bank is simply left out of the session.
    }
  }
  return out;
}

function toItem(ctx: CoreContext, r: ItemRow): SessionItem {
  const ref = (r.ref ? JSON.parse(r.ref) : {}) as ItemRef;
  return {
    id: r.id,
    position: r.position,
    kind: r.kind,
    content: r.content,
    citation: r.citation,
    docId: ref.docId ?? null,
    paragraph: ref.paragraph ?? null,
    paragraphs: r.kind === 'document' ? (ref.paragraphs ?? []) : [],
    quiz: r.kind === 'quiz' ? quizItems(ctx, ref.quizItemIds ?? []) : [],
    verified: r.kind === 'quote' ? isVerifiedQuote(ctx, r.content, ref.docId) : null,
    ...(ref.docId && isHistorical(ctx, ref.docId) ? { historical: true } : {}),
  };
}

/** Whether a document is a historical record (历史文献), whatever the user's opt-in. */
function isHistorical(ctx: CoreContext, docId: string): boolean {
  return (
    ctx.userDb.prepare("SELECT 1 FROM all_documents WHERE id = ? AND status = '历史文献'").get(docId) !== undefined
  );
}

function summary(ctx: CoreContext, row: SessionRow, itemCount: number, people: SessionAttendee[]): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    place: row.place ?? '',
    host: row.host ?? '',
    itemCount,
    attendance: attendanceOf(people),
    updatedAt: row.updated_at,
  };
}

export function getSession(ctx: CoreContext, id: number): StudySession {
  const row = sessionRow(ctx, id);
  const items = (
    ctx.userDb
      .prepare(
        'SELECT id, position, kind, ref, content, citation FROM session_items WHERE session_id = ? ORDER BY position, id',
      )
      .all(id) as ItemRow[]
  ).map((r) => toItem(ctx, r));
  const people = attendees(ctx, id);
  const record = { ...EMPTY_RECORD, ...(row.record ? (JSON.parse(row.record) as Partial<SessionRecord>) : {}) };
  return { ...summary(ctx, row, items.length, people), items, attendees: people, record };
}

export function listSessions(ctx: CoreContext, year?: number): SessionSummary[] {
  const where = year ? `WHERE substr(date, 1, 4) = ?` : '';
  const rows = ctx.userDb
    .prepare(
      `SELECT id, title, kind, date, place, host, record, updated_at FROM study_sessions ${where} ORDER BY date IS NULL, date DESC, id DESC`,
    )
    .all(...(year ? [String(year)] : [])) as SessionRow[];
  const countStmt = ctx.userDb.prepare('SELECT count(*) FROM session_items WHERE session_id = ?').pluck();
  return rows.map((r) => summary(ctx, r, countStmt.get(r.id) as number, attendees(ctx, r.id)));
}

/** Replaces the planned list, keeping sign-in state of names that stay. Call inside a transaction. */
function setPlanned(ctx: CoreContext, id: number, names: string[]): void {
  const unique = [...new Set(names)];
  const db = ctx.userDb;
  const keep = new Set(unique);
  for (const a of attendees(ctx, id))
    if (a.planned && !keep.has(a.name))
      db.prepare('DELETE FROM session_attendees WHERE session_id = ? AND name = ?').run(id, a.name);
  const ins = db.prepare(
    'INSERT INTO session_attendees (session_id, name, planned) VALUES (?, ?, 1) ON CONFLICT(session_id, name) DO UPDATE SET planned = 1',
  );
  for (const n of unique) ins.run(id, n);
}

export function createSession(ctx: CoreContext, a: ApiParsedArgs<'createSession'>): StudySession {
  const db = ctx.userDb;
  const id = db.transaction(() => {
    const r = db
      .prepare('INSERT INTO study_sessions (title, kind, date, place, host) VALUES (?, ?, ?, ?, ?)')
      .run(a.title, a.kind, a.date, a.place, a.host);
    const sid = Number(r.lastInsertRowid);
    setPlanned(ctx, sid, a.attendees);
    return sid;
  })();
  return getSession(ctx, id);
}

export function updateSession(ctx: CoreContext, a: ApiParsedArgs<'updateSession'>): StudySession {
  const db = ctx.userDb;
  const row = sessionRow(ctx, a.id);
  db.transaction(() => {
    db.prepare(
      `UPDATE study_sessions SET title = ?, kind = ?, date = ?, place = ?, host = ?, updated_at = datetime('now') WHERE id = ?`,
    ).run(
      a.title ?? row.title,
      a.kind ?? row.kind,
      a.date !== undefined ? a.date : row.date,
      a.place ?? row.place,
      a.host ?? row.host,
      a.id,
    );
    if (a.attendees) setPlanned(ctx, a.id, a.attendees);
  })();
  return getSession(ctx, a.id);
}

export function deleteSession(ctx: CoreContext, id: number): { deleted: boolean } {
  const db = ctx.userDb;
  const changes = db.transaction(() => db.prepare('DELETE FROM study_sessions WHERE id = ?').run(id).changes)();
  return { deleted: changes > 0 };
}

export function touch(ctx: CoreContext, id: number): void {
  ctx.userDb.prepare(`UPDATE study_sessions SET updated_at = datetime('now') WHERE id = ?`).run(id);
}

export function saveRecord(ctx: CoreContext, a: ApiParsedArgs<'saveSessionRecord'>): StudySession {
  sessionRow(ctx, a.id);
  const db = ctx.userDb;
  const record: SessionRecord = {
    speakers: a.speakers,
    discussion: a.discussion,
    content: a.content,
    recorder: a.recorder,
  };
  db.transaction(() => {
    db.prepare(`UPDATE study_sessions SET record = ?, updated_at = datetime('now') WHERE id = ?`).run(
      JSON.stringify(record),
      a.id,
    );
    // Names on the sign-in sheet that were not planned are kept as walk-ins (planned = 0).
    const upsert = db.prepare(
      `INSERT INTO session_attendees (session_id, name, planned, present, absence_reason) VALUES (?, ?, 0, ?, ?)
       ON CONFLICT(session_id, name) DO UPDATE SET present = excluded.present, absence_reason = excluded.absence_reason`,
    );
    for (const p of a.attendance)
      upsert.run(a.id, p.name, p.present === null ? null : p.present ? 1 : 0, p.present === false ? p.reason : null);
  })();
  return getSession(ctx, a.id);
}
