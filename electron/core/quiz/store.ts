// Quiz items in the user database: insert (de-duplicated by fingerprint, in one transaction),
// read back as API items with tags and source titles, update and delete.
import type Database from 'better-sqlite3';
import { ApiError } from '../../contract/errors.js';
import type { QuizItem } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { rowsByIds } from '../services/library-rows.js';
import { fingerprint } from './fingerprint.js';
import type { QuestionDraft } from './types.js';

interface ItemRow {
  id: number;
  kind: QuizItem['kind'];
  fact_kind: QuizItem['factKind'];
  doc_id: string | null;
  paragraph: number | null;
  start: number | null;
  end: number | null;
  stem: string;
  fact: string;
  options: string;
  answer: string;
  explanation: string;
  origin: QuizItem['origin'];
  tags: string | null;
}

export const ITEM_SELECT = `SELECT q.*, (SELECT group_concat(t.name, char(1)) FROM quiz_item_tags qt JOIN tags t ON t.id = qt.tag_id WHERE qt.item_id = q.id) AS tags FROM quiz_items q`;

function tagId(db: Database.Database, name: string): number {
  db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
  return (db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

export function setTags(db: Database.Database, itemId: number, tags: string[]): void {
  db.prepare('DELETE FROM quiz_item_tags WHERE item_id = ?').run(itemId);
  const ins = db.prepare('INSERT OR IGNORE INTO quiz_item_tags (item_id, tag_id) VALUES (?, ?)');
  for (const t of new Set(tags.map((x) => x.trim()).filter(Boolean))) ins.run(itemId, tagId(db, t));
}

function answerJson(d: QuestionDraft): string {
  return JSON.stringify({ correct: d.correct, blanks: d.blanks });
}

/** The columns kind … explanation of a draft, in the order both statements below name them. */
function draftValues(d: QuestionDraft): unknown[] {
  return [
    d.kind,
    d.factKind,
    d.docId,
    d.paragraph,
    d.start,
    d.end,
    d.stem,
    d.fact,
    JSON.stringify(d.options),
    answerJson(d),
    d.explanation,
  ];
}

/** Inserts one draft; returns its id, or null when an identical question already exists. Call inside a transaction. */
export function insertDraft(db: Database.Database, d: QuestionDraft, origin: QuizItem['origin']): number | null {
  const r = db
    .prepare(
      `INSERT INTO quiz_items (kind, fact_kind, doc_id, paragraph, start, end, stem, fact, options, answer, explanation, origin, fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO NOTHING`,
    )
    .run(...draftValues(d), origin, fingerprint(d));
  if (r.changes === 0) return null;
  const id = Number(r.lastInsertRowid);
  setTags(db, id, d.tags);
  return id;
}

export function insertDrafts(
  db: Database.Database,
  drafts: QuestionDraft[],
  origin: QuizItem['origin'],
): { saved: number; duplicates: number; ids: number[] } {
  const ids: number[] = [];
  let duplicates = 0;
  db.transaction(() => {
    for (const d of drafts) {
      const id = insertDraft(db, d, origin);
      if (id === null) duplicates++;
      else ids.push(id);
    }
  })();
  return { saved: ids.length, duplicates, ids };
}

export function updateDraft(db: Database.Database, id: number, d: QuestionDraft): void {
  db.transaction(() => {
    const r = db
      .prepare(
        `UPDATE quiz_items SET kind = ?, fact_kind = ?, doc_id = ?, paragraph = ?, start = ?, end = ?, stem = ?, fact = ?, options = ?, answer = ?, explanation = ?, fingerprint = ?, updated_at = datetime('now') WHERE id = ?`,
      )
      // The id suffix keeps an edited question from colliding with another item's fingerprint.
      .run(...draftValues(d), fingerprint(d) + ':' + id, id);
    if (r.changes === 0) throw new ApiError('NOT_FOUND', '找不到这道题。');
    setTags(db, id, d.tags);
  })();
}

/** Maps rows to API items; `titles` resolves source titles once per call. */
export function toItems(ctx: CoreContext, rows: ItemRow[]): QuizItem[] {
  const need = rows.some((r) => r.doc_id);
  const docs = need
    ? rowsByIds(
        ctx,
        rows.flatMap((r) => (r.doc_id ? [r.doc_id] : [])),
      )
    : new Map();
  const titles = new Map([...docs.values()].map((r) => [r.id, r.title]));
  return rows.map((r) => {
    const a = JSON.parse(r.answer) as { correct?: number[]; blanks?: QuizItem['blanks'] };
    return {
      id: r.id,
      kind: r.kind,
      factKind: r.fact_kind,
      docId: r.doc_id,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
      stem: r.stem,
      fact: r.fact,
      options: JSON.parse(r.options) as string[],
      correct: a.correct ?? [],
      blanks: a.blanks ?? [],
      explanation: r.explanation,
      origin: r.origin,
      tags: r.tags ? r.tags.split('\u0001') : [],
      sourceTitle: r.doc_id ? (titles.get(r.doc_id) ?? null) : null,
    };
  });
}

export function selectItems(ctx: CoreContext, where: string, params: unknown[], tail = ''): QuizItem[] {
  return toItems(ctx, ctx.userDb.prepare(`${ITEM_SELECT} ${where} ${tail}`).all(...params) as ItemRow[]);
}

export function getItem(ctx: CoreContext, id: number): QuizItem {
  const item = selectItems(ctx, 'WHERE q.id = ?', [id])[0];
  if (!item) throw new ApiError('NOT_FOUND', '找不到这道题。');
  return item;
}

export function itemToDraft(i: QuizItem): QuestionDraft {
  return {
    kind: i.kind,
    factKind: i.factKind,
    docId: i.docId,
    paragraph: i.paragraph,
    start: i.start,
    end: i.end,
    stem: i.stem,
    fact: i.fact,
    options: i.options,
    correct: i.correct,
    blanks: i.blanks,
    explanation: i.explanation,
    tags: i.tags,
  };
}
