// Upgrades with real rows: a database is filled at each old version and migrated step by step;
// every row the user made survives each migration, re-keyed or moved where the schema changed.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { quoteId } from '../../../electron/core/content/stable-ids.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);
const all = <T>(db: Database.Database, sql: string) => db.prepare(sql).all() as T[];
const one = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get();

const QUOTE_A = '基层是党的执政根基，是党联系群众的纽带。';
const QUOTE_B = '江山就是人民，人民就是江山。';

/** Version 1: the first schema, with a user's imported document, tags, notes, 金句本, quiz, session. */
function fillVersion1(db: Database.Database): void {
  db.exec(`
    INSERT INTO user_documents (id, title, type, date, year, source, speakers, occasion, place, script, paragraphs,
      chars, hash, origin)
    VALUES ('u:one', '我的讲话稿', '讲话', '2024-03-15', 2024, NULL, '[{"name":"王建国","role":"县委书记"}]', NULL, NULL,
      'simplified', '[{"kind":"p","text":"${QUOTE_A}"},{"kind":"p","text":"${QUOTE_B}"}]', 40, 'hash-one', 'a.docx');
    INSERT INTO user_quotes (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation)
    VALUES ('u:one#q0', 'u:one', 0, 0, 19, '${QUOTE_A}', '王建国', NULL, '2024-03-15', '——王建国'),
           ('u:one#q1', 'u:one', 1, 0, 14, '${QUOTE_B}', '王建国', NULL, '2024-03-15', '——王建国');
    INSERT INTO user_terms (term, doc_id, paragraph, start) VALUES ('基层', 'u:one', 0, 0);
    INSERT INTO document_state (doc_id, starred, reading_position, overrides)
    VALUES ('b:bundled', 1, '3', '{"title":"改名后的报告","date":null,"speaker":"周恩来"}'),
           ('u:gone', 1, NULL, NULL);
    INSERT INTO tags (id, name, color) VALUES (1, '乡村振兴', '#ff0000'), (2, '党史', NULL);
    INSERT INTO document_tags (doc_id, tag_id) VALUES ('u:one', 1), ('b:bundled', 2), ('u:gone', 2);
    INSERT INTO annotations (id, doc_id, paragraph, start, end, quote, prefix, suffix, color, note)
    VALUES (1, 'u:one', 0, 0, 2, '基层', '', '是党', 'yellow', '要点');
    INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (1, 1);
    INSERT INTO saved_quotes (id, quote_id, doc_id, paragraph, text, speaker, citation, starred)
    VALUES (1, 'u:one#q1', 'u:one', 1, '${QUOTE_B}', '王建国', '——王建国', 1),
           (2, NULL, 'u:one', 0, '我自己摘的一句话。', NULL, '', 1);
    INSERT INTO quote_tags (saved_quote_id, tag_id) VALUES (1, 2);
    INSERT INTO quiz_items (id, kind, fact_kind, doc_id, paragraph, start, end, stem, options, answer, origin,
      fingerprint)
    VALUES (1, '单选', 'quote', 'u:one', 1, 0, 14, '“____就是人民”', '["江山","人民"]', '{"correct":[0]}', 'generated',
      'fp-1');
    INSERT INTO review_cards (item_id, due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, state)
    VALUES (1, '2025-01-01', 1.5, 5, 0, 1, 1, 0, 1);
    INSERT INTO review_log (item_id, mode, correct, user_answer) VALUES (1, 'daily', 1, '0');
    INSERT INTO mistakes (item_id, last_answer) VALUES (1, '1');
    INSERT INTO study_sessions (id, title, kind, date) VALUES (1, '主题党日', '主题党日', '2024-07-01');
    INSERT INTO session_items (session_id, position, kind, ref, content, citation)
    VALUES (1, 0, 'quote', '{"docId":"u:one","quoteId":"u:one#q1"}', '${QUOTE_B}', '——王建国');
    INSERT INTO session_attendees (session_id, name, planned, present) VALUES (1, '张三', 1, 1);
    INSERT INTO collections (id, name) VALUES (1, '旧收藏夹');
  `);
}

describe('every migration keeps the rows of an older database', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(1));
    fillVersion1(db);
  });

  test('0002 adds the search index beside the data', () => {
    migrate(db, upTo(2));
    expect(one(db, 'SELECT count(*) FROM user_documents')).toBe(1);
    db.prepare('INSERT INTO user_search_docs (doc_id, title, type, speakers) VALUES (?, ?, ?, ?)').run(
      'u:one',
      '我的讲话稿',
      '讲话',
      '["王建国"]',
    );
    db.prepare('INSERT INTO user_search_fts (rowid, title, body) VALUES (1, ?, ?)').run('我的 的讲', '基层 层是');
  });

  test('0003 keeps quiz items, cards and logs, adding the fact column', () => {
    migrate(db, upTo(3));
    db.prepare('UPDATE quiz_items SET fact = ? WHERE id = 1').run(QUOTE_B);
    expect(all(db, 'SELECT item_id, reps FROM review_cards')).toEqual([{ item_id: 1, reps: 1 }]);
  });

  test('0004 moves the user library to the shared table names and re-keys 金句 by their text', () => {
    migrate(db, upTo(4));
    expect(all(db, 'SELECT id, title, status FROM documents')).toEqual([
      { id: 'u:one', title: '我的讲话稿', status: '现行' },
    ]);
    expect(all<{ id: string }>(db, 'SELECT id FROM quotes ORDER BY paragraph').map((q) => q.id)).toEqual([
      quoteId('u:one', QUOTE_A),
      quoteId('u:one', QUOTE_B),
    ]);
    expect(all(db, 'SELECT quote_id FROM saved_quotes ORDER BY id')).toEqual([
      { quote_id: quoteId('u:one', QUOTE_B) },
      { quote_id: null },
    ]);
    const ref = JSON.parse(one(db, "SELECT ref FROM session_items WHERE kind = 'quote'") as string);
    expect(ref).toEqual({ docId: 'u:one', quoteId: quoteId('u:one', QUOTE_B) });
    expect(all(db, 'SELECT doc_id, title, date, speakers FROM document_overrides')).toEqual([
      { doc_id: 'b:bundled', title: '改名后的报告', date: '', speakers: '[{"name":"周恩来","role":null}]' },
    ]);
    expect(all(db, "SELECT starred, reading_position FROM document_state WHERE doc_id = 'b:bundled'")).toEqual([
      { starred: 1, reading_position: '3' },
    ]);
    expect(one(db, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '基层'")).toBe(1);
    expect(one(db, 'SELECT count(*) FROM terms')).toBe(1);
  });

  test('0005 adds CHECKs and orphan cleanup, drops collections, and keeps everything else', () => {
    migrate(db, upTo(5));
    expect(all(db, 'SELECT doc_id FROM document_tags ORDER BY doc_id')).toEqual([
      { doc_id: 'b:bundled' },
      { doc_id: 'u:one' },
    ]);
    expect(one(db, "SELECT count(*) FROM document_state WHERE doc_id = 'u:gone'")).toBe(0);
    expect(one(db, "SELECT count(*) FROM sqlite_master WHERE name = 'collections'")).toBe(0);
    expect(one(db, 'SELECT count(*) FROM quiz_items')).toBe(1);
    expect(all(db, 'SELECT mode, correct FROM review_log')).toEqual([{ mode: 'daily', correct: 1 }]);
    expect(one(db, 'SELECT count(*) FROM mistakes')).toBe(1);
    expect(one(db, 'SELECT count(*) FROM annotation_tags')).toBe(1);
    expect(one(db, 'SELECT count(*) FROM quote_tags')).toBe(1);
    expect(all(db, 'SELECT name, present FROM session_attendees')).toEqual([{ name: '张三', present: 1 }]);
    expect(() => db.prepare("UPDATE quiz_items SET kind = '问答' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE session_items SET kind = 'video'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE documents SET type = '小说'").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  test('after the upgrade, deleting documents, tags and sessions leaves no orphans', () => {
    db.prepare("DELETE FROM documents WHERE id = 'u:one'").run();
    expect(one(db, "SELECT count(*) FROM document_tags WHERE doc_id = 'u:one'")).toBe(0);
    expect(one(db, "SELECT count(*) FROM quotes WHERE doc_id = 'u:one'")).toBe(0);
    expect(one(db, "SELECT count(*) FROM terms WHERE doc_id = 'u:one'")).toBe(0);
    db.prepare("INSERT INTO document_overrides (doc_id, deleted) VALUES ('b:other', 1)").run();
    db.prepare("UPDATE document_overrides SET deleted = 1 WHERE doc_id = 'b:bundled'").run();
    expect(one(db, "SELECT count(*) FROM document_tags WHERE doc_id = 'b:bundled'")).toBe(0);
    expect(one(db, "SELECT count(*) FROM document_state WHERE doc_id = 'b:bundled'")).toBe(0);
    db.prepare('DELETE FROM tags WHERE id = 1').run();
    expect(one(db, 'SELECT count(*) FROM annotation_tags')).toBe(0);
    db.prepare('DELETE FROM study_sessions').run();
    expect(one(db, 'SELECT count(*) FROM session_items') as number).toBe(0);
    expect(one(db, 'SELECT count(*) FROM session_attendees') as number).toBe(0);
    // Annotations and quiz items keep their own text: a deleted source does not take them away.
    expect(one(db, 'SELECT count(*) FROM annotations')).toBe(1);
    expect(one(db, 'SELECT count(*) FROM quiz_items')).toBe(1);
  });
});
