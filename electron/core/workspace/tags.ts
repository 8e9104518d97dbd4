// Tags on documents, 金句 (saved_quotes) and annotations: create on use, list with counts,
// rename/merge/delete whole subtrees (a parent's rename cascades to its children), coloured
// tags on keys 1–9. Every write runs in one transaction.
import type Database from 'better-sqlite3';
import { ApiError } from '../../contract/errors.js';
import type { TagImpact, TagInfo } from '../../contract/api.js';
import { isInSubtree, movedName, normalizeTagName } from './tag-names.js';

type Db = Database.Database;
export type TagKind = 'document' | 'annotation' | 'quote';

/** Link tables per item kind: [table, item column]. */
const LINKS: Record<TagKind, [string, string]> = {
  document: ['document_tags', 'doc_id'],
  annotation: ['annotation_tags', 'annotation_id'],
  quote: ['quote_tags', 'saved_quote_id'],
};

export const MAX_COLORED_TAGS = 9;

function validName(raw: string): string {
  const name = normalizeTagName(raw);
  if (!name) throw new ApiError('BAD_INPUT', '标签名不能为空。');
  return name;
}

export function tagId(db: Db, raw: string): number | null {
  return (
    (db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(normalizeTagName(raw)) as number | undefined) ?? null
  );
}

/** The tag's id, creating it when missing. Call inside a transaction. */
export function ensureTag(db: Db, raw: string): number {
  const name = validName(raw);
  const found = tagId(db, name);
  if (found !== null) return found;
  return Number(db.prepare('INSERT INTO tags (name) VALUES (?)').run(name).lastInsertRowid);
}

/** Tags of `root` and below, as {id, name}. */
export function subtree(db: Db, raw: string): { id: number; name: string }[] {
  const root = normalizeTagName(raw);
  return db
    .prepare(`SELECT id, name FROM tags WHERE name = ? OR substr(name, 1, ?) = ? ORDER BY length(name), name`)
    .all(root, root.length + 1, root + '/') as {
    id: number;
    name: string;
  }[];
}

/** Coloured tags in slot order (creation order of their colour assignment = id order). */
function coloredTags(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM tags WHERE color IS NOT NULL ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
}

export function listTags(db: Db): TagInfo[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color,
        (SELECT count(*) FROM document_tags WHERE tag_id = t.id) AS d,
        (SELECT count(*) FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id WHERE at.tag_id = t.id AND a.deleted_at IS NULL) AS a,
        (SELECT count(*) FROM quote_tags WHERE tag_id = t.id) AS q
       FROM tags t ORDER BY t.name`,
    )
    .all() as { id: number; name: string; color: string | null; d: number; a: number; q: number }[];
  const slots = new Map(coloredTags(db).map((t, i) => [t.id, i + 1]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color,
    slot: slots.get(r.id) ?? null,
    counts: { documents: r.d, annotations: r.a, quotes: r.q },
  }));
}

export function getTag(db: Db, name: string): TagInfo {
  const t = listTags(db).find((x) => x.name === normalizeTagName(name));
  if (!t) throw new ApiError('NOT_FOUND', '找不到该标签。');
  return t;
}

export function setTagColor(db: Db, rawName: string, color: string | null): TagInfo {
  db.transaction(() => {
    const id = ensureTag(db, rawName);
    const colored = coloredTags(db);
    if (color && !colored.some((t) => t.id === id) && colored.length >= MAX_COLORED_TAGS) {
      throw new ApiError('BAD_INPUT', `最多只能设置 ${MAX_COLORED_TAGS} 个彩色标签（对应数字键 1–9）。`);
    }
    db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color, id);
  })();
  return getTag(db, rawName);
}

/** Distinct items linked to any of the given tag ids, per kind. */
function impactCounts(db: Db, ids: number[]): Omit<TagImpact, 'tags'> {
  if (!ids.length) return { documents: 0, annotations: 0, quotes: 0 };
  const list = ids.join(',');
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    documents: n(`SELECT count(DISTINCT doc_id) FROM document_tags WHERE tag_id IN (${list})`),
    annotations: n(`SELECT count(DISTINCT annotation_id) FROM annotation_tags WHERE tag_id IN (${list})`),
    quotes: n(`SELECT count(DISTINCT saved_quote_id) FROM quote_tags WHERE tag_id IN (${list})`),
  };
}

function requireSubtree(db: Db, name: string): { id: number; name: string }[] {
  const tags = subtree(db, name);
  if (!tags.length) throw new ApiError('NOT_FOUND', `找不到标签“${normalizeTagName(name)}”。`);
  return tags;
}

/** What a rename/merge/delete would change, without changing it. */
export function previewTagChange(
  db: Db,
  action: 'rename' | 'merge' | 'delete',
  rawName: string,
  rawTo?: string,
): TagImpact {
  const from = validName(rawName);
  const tags = requireSubtree(db, from);
  const impact = impactCounts(
    db,
    tags.map((t) => t.id),
  );
  if (action === 'delete') return { tags: tags.map((t) => ({ from: t.name, to: null })), ...impact };
  const to = validName(rawTo ?? '');
  return { tags: tags.map((t) => ({ from: t.name, to: movedName(t.name, from, to) })), ...impact };
}

/**
 * Moves subtree `from` to `to`: every tag below is renamed with it; where the new name already
 * exists the two tags are merged (links moved, duplicates dropped). Rename and merge share this.
 */
export function moveTag(db: Db, rawFrom: string, rawTo: string): TagImpact {
  const from = validName(rawFrom);
  const to = validName(rawTo);
  if (from === to) throw new ApiError('BAD_INPUT', '新名称与原名称相同。');
  if (isInSubtree(to, from)) throw new ApiError('BAD_INPUT', '不能把标签移动到它自己的下级。');
  const impact = previewTagChange(db, 'rename', from, to);
  db.transaction(() => {
    // Parents first, so children never collide with a half-renamed parent.
    for (const t of requireSubtree(db, from)) {
      const target = movedName(t.name, from, to);
      const existing = tagId(db, target);
      if (existing === null) {
        db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(target, t.id);
        continue;
      }
      for (const [table, col] of Object.values(LINKS)) {
        db.prepare(
          `INSERT OR IGNORE INTO ${table} (${col}, tag_id) SELECT ${col}, ? FROM ${table} WHERE tag_id = ?`,
        ).run(existing, t.id);
      }
      db.prepare('UPDATE tags SET color = coalesce(color, (SELECT color FROM tags WHERE id = ?)) WHERE id = ?').run(
        t.id,
        existing,
      );
      db.prepare('DELETE FROM tags WHERE id = ?').run(t.id);
    }
  })();
  return impact;
}

/** Deletes a tag and everything below it; the tagged items stay, only the links go. */
export function deleteTag(db: Db, rawName: string): TagImpact {
  const impact = previewTagChange(db, 'delete', rawName);
  db.transaction(() => {
    for (const t of requireSubtree(db, rawName)) db.prepare('DELETE FROM tags WHERE id = ?').run(t.id);
  })();
  return impact;
}

/** Adds and removes tags on items; returns how many links changed. Call inside a transaction. */
export function changeItemTags(
  db: Db,
  kind: TagKind,
  itemIds: readonly (string | number)[],
  add: readonly string[],
  remove: readonly string[],
): number {
  const [table, col] = LINKS[kind];
  let changed = 0;
  const ins = db.prepare(`INSERT OR IGNORE INTO ${table} (${col}, tag_id) VALUES (?, ?)`);
  const del = db.prepare(`DELETE FROM ${table} WHERE ${col} = ? AND tag_id = ?`);
  const addIds = add.map((n) => ensureTag(db, n));
  const removeIds = remove.map((n) => tagId(db, n)).filter((x): x is number => x !== null);
  for (const item of itemIds) {
    for (const t of addIds) changed += ins.run(item, t).changes;
    for (const t of removeIds) changed += del.run(item, t).changes;
  }
  return changed;
}

/** Replaces an item's tags with exactly `names`. Call inside a transaction. */
export function setItemTags(db: Db, kind: TagKind, itemId: string | number, names: readonly string[]): void {
  const [table, col] = LINKS[kind];
  db.prepare(`DELETE FROM ${table} WHERE ${col} = ?`).run(itemId);
  changeItemTags(db, kind, [itemId], names, []);
}

export function itemTags(db: Db, kind: TagKind, itemId: string | number): string[] {
  const [table, col] = LINKS[kind];
  return db
    .prepare(`SELECT t.name FROM ${table} l JOIN tags t ON t.id = l.tag_id WHERE l.${col} = ? ORDER BY t.name`)
    .pluck()
    .all(itemId) as string[];
}

/** Tag names per item for a whole kind (for lists). */
export function allItemTags(db: Db, kind: TagKind): Map<string, string[]> {
  const [table, col] = LINKS[kind];
  const out = new Map<string, string[]>();
  for (const r of db
    .prepare(`SELECT l.${col} AS item, t.name FROM ${table} l JOIN tags t ON t.id = l.tag_id ORDER BY t.name`)
    .all() as { item: string | number; name: string }[]) {
    const key = String(r.item);
    out.set(key, [...(out.get(key) ?? []), r.name]);
  }
  return out;
}

/** Toggles the coloured tag in `slot` (1–9) on one item; returns the tag and its new state. */
export function toggleColoredTag(
  db: Db,
  kind: TagKind,
  itemId: string | number,
  slot: number,
): { tag: string; on: boolean } {
  const tag = coloredTags(db)[slot - 1];
  if (!tag) throw new ApiError('NOT_FOUND', `数字键 ${slot} 还没有对应的彩色标签，请在“标签”页为标签设置颜色。`);
  const [table, col] = LINKS[kind];
  return db.transaction(() => {
    const removed = db.prepare(`DELETE FROM ${table} WHERE ${col} = ? AND tag_id = ?`).run(itemId, tag.id).changes;
    if (!removed) db.prepare(`INSERT INTO ${table} (${col}, tag_id) VALUES (?, ?)`).run(itemId, tag.id);
    return { tag: tag.name, on: removed === 0 };
  })();
}

/** Document ids carrying the tag (and, optionally, any tag below it). */
export function docIdsWithTag(db: Db, name: string, includeChildren: boolean): string[] {
  const ids = includeChildren
    ? subtree(db, name).map((t) => t.id)
    : [tagId(db, name)].filter((x): x is number => x !== null);
  if (!ids.length) return [];
  return db
    .prepare(`SELECT DISTINCT doc_id FROM document_tags WHERE tag_id IN (${ids.join(',')})`)
    .pluck()
    .all() as string[];
}
