// Annotations: highlights with colour, note and tags. Stored with offsets AND quote+context;
// every read re-attaches them to the current text (see anchor.ts) and reports 未定位 ones.
// Delete is soft (deleted_at) so the UI can undo it.
import { ApiError } from '../../contract/errors.js';
import type { Annotation, ApiParsedArgs, ApiResults, HighlightColor } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { createAnchor, reattach } from './anchor.js';
import { docLookup, paragraphTexts, requireDoc, type DocLookup } from './doc-cache.js';
import { allItemTags, itemTags, setItemTags, subtree } from './tags.js';

interface Row {
  id: number;
  doc_id: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export function listHighlightColors(ctx: CoreContext): HighlightColor[] {
  return ctx.userDb
    .prepare('SELECT key, label, color, position FROM highlight_colors ORDER BY position')
    .all() as HighlightColor[];
}

export function renameHighlightColor(ctx: CoreContext, key: string, label: string): HighlightColor {
  const changed = ctx.userDb.transaction(
    () => ctx.userDb.prepare('UPDATE highlight_colors SET label = ? WHERE key = ?').run(label, key).changes,
  )();
  if (!changed) throw new ApiError('NOT_FOUND', '找不到该颜色。');
  return listHighlightColors(ctx).find((c) => c.key === key)!;
}

function requireColor(ctx: CoreContext, key: string): void {
  if (!ctx.userDb.prepare('SELECT 1 FROM highlight_colors WHERE key = ?').get(key))
    throw new ApiError('BAD_INPUT', '未知的标注颜色。');
}

function toAnnotation(row: Row, docs: DocLookup, tags: string[]): Annotation {
  const doc = docs(row.doc_id);
  const placed = doc ? reattach(paragraphTexts(doc), row) : null;
  const at = placed ?? row;
  return {
    id: row.id,
    docId: row.doc_id,
    docTitle: doc?.title ?? null,
    docType: doc?.type ?? null,
    citation: doc?.citation ?? '',
    paragraph: at.paragraph,
    start: at.start,
    end: at.end,
    quote: row.quote,
    text: placed && doc ? (doc.paragraphs[placed.paragraph]?.text ?? '').slice(placed.start, placed.end) : row.quote,
    color: row.color,
    note: row.note,
    tags,
    orphaned: placed === null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLS = 'id, doc_id, paragraph, start, end, quote, prefix, suffix, color, note, created_at, updated_at';

export function getAnnotation(ctx: CoreContext, id: number, includeDeleted = false): Annotation {
  const row = ctx.userDb
    .prepare(`SELECT ${COLS} FROM annotations WHERE id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'}`)
    .get(id) as Row | undefined;
  if (!row) throw new ApiError('NOT_FOUND', '找不到该标注，可能已被删除。');
  return toAnnotation(row, docLookup(ctx), itemTags(ctx.userDb, 'annotation', id));
}

export function createAnnotation(ctx: CoreContext, a: ApiParsedArgs<'createAnnotation'>): Annotation {
  const doc = requireDoc(ctx, a.docId);
  const texts = paragraphTexts(doc);
  if (texts[a.paragraph] === undefined) throw new ApiError('BAD_INPUT', '所选段落不存在。');
  requireColor(ctx, a.color);
  const anchor = createAnchor(texts, a.paragraph, a.start, a.end);
  if (!anchor.quote.trim()) throw new ApiError('BAD_INPUT', '请先选择要标注的文字。');
  const db = ctx.userDb;
  const id = db.transaction(() => {
    const newId = Number(
      db
        .prepare(
          'INSERT INTO annotations (doc_id, paragraph, start, end, quote, prefix, suffix, color, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          a.docId,
          anchor.paragraph,
          anchor.start,
          anchor.end,
          anchor.quote,
          anchor.prefix,
          anchor.suffix,
          a.color,
          a.note,
        ).lastInsertRowid,
    );
    setItemTags(db, 'annotation', newId, a.tags);
    return newId;
  })();
  return getAnnotation(ctx, id);
}

export function updateAnnotation(ctx: CoreContext, a: ApiParsedArgs<'updateAnnotation'>): Annotation {
  getAnnotation(ctx, a.id); // 404 for unknown or deleted
  if (a.color) requireColor(ctx, a.color);
  const db = ctx.userDb;
  db.transaction(() => {
    if (a.color !== undefined) db.prepare('UPDATE annotations SET color = ? WHERE id = ?').run(a.color, a.id);
    if (a.note !== undefined) db.prepare('UPDATE annotations SET note = ? WHERE id = ?').run(a.note, a.id);
    if (a.tags !== undefined) setItemTags(db, 'annotation', a.id, a.tags);
    db.prepare("UPDATE annotations SET updated_at = datetime('now') WHERE id = ?").run(a.id);
  })();
  return getAnnotation(ctx, a.id);
}

export function deleteAnnotation(ctx: CoreContext, id: number): { deleted: boolean } {
  const n = ctx.userDb.transaction(
    () =>
      ctx.userDb
        .prepare("UPDATE annotations SET deleted_at = datetime('now') WHERE id = ? AND deleted_at IS NULL")
        .run(id).changes,
  )();
  return { deleted: n > 0 };
}

export function restoreAnnotation(ctx: CoreContext, id: number): Annotation {
  ctx.userDb.transaction(() => ctx.userDb.prepare('UPDATE annotations SET deleted_at = NULL WHERE id = ?').run(id))();
  return getAnnotation(ctx, id);
}

export function listAnnotations(ctx: CoreContext, a: ApiParsedArgs<'listAnnotations'>): ApiResults['listAnnotations'] {
  const where = ['deleted_at IS NULL'];
  const args: (string | number)[] = [];
  if (a.docId) {
    where.push('doc_id = ?');
    args.push(a.docId);
  }
  if (a.color) {
    where.push('color = ?');
    args.push(a.color);
  }
  if (a.from) {
    where.push('date(created_at) >= ?');
    args.push(a.from);
  }
  if (a.to) {
    where.push('date(created_at) <= ?');
    args.push(a.to);
  }
  if (a.query?.trim()) {
    where.push('(instr(note, ?) > 0 OR instr(quote, ?) > 0)');
    args.push(a.query.trim(), a.query.trim());
  }
  if (a.tag) {
    const ids = subtree(ctx.userDb, a.tag).map((t) => t.id);
    where.push(
      `id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (${ids.length ? ids.join(',') : '-1'}))`,
    );
  }
  const rows = ctx.userDb
    .prepare(`SELECT ${COLS} FROM annotations WHERE ${where.join(' AND ')} ORDER BY doc_id, paragraph, start, id`)
    .all(...args) as Row[];
  const docs = docLookup(ctx);
  const tags = allItemTags(ctx.userDb, 'annotation');
  let items = rows.map((r) => toAnnotation(r, docs, tags.get(String(r.id)) ?? []));
  if (a.docType) items = items.filter((x) => x.docType === a.docType);
  const orphaned = items.filter((x) => x.orphaned).length;
  if (a.orphaned !== undefined) items = items.filter((x) => x.orphaned === a.orphaned);
  // Placed annotations in reading order within each document.
  items.sort(
    (x, y) =>
      x.docId.localeCompare(y.docId) ||
      Number(x.orphaned) - Number(y.orphaned) ||
      x.paragraph - y.paragraph ||
      x.start - y.start,
  );
  return { total: items.length, orphaned, items: items.slice(a.offset, a.offset + a.limit) };
}
