// Migration 0007 on a database with real rows from version 6: an imported document marked 历史文献
// before notes were stored keeps its status and is told its note again from its date; a document
// imported after the migration keeps the note its own wording gave it, though it has no date.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/app-core.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { USER_DB_FILE } from '../../../electron/core/db/open-user-db.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version6WithRows(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-m7-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, USER_DB_FILE));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 6));
  const insert = db.prepare(
    `INSERT INTO documents (id, title, type, date, year, source, speakers, occasion, place, script, status, chars, hash, origin, paragraphs)
     VALUES (?, ?, '文章', ?, ?, NULL, '[]', NULL, NULL, 'simplified', ?, 20, ?, 'file.txt', ?)`,
  );
  const paras = (t: string) => JSON.stringify([{ kind: 'p', text: t }]);
  insert.run('u1', '一篇旧社论', '1967-05-01', 1967, '历史文献', 'h1', paras('旧社论的正文。'));
  insert.run('u2', '我的学习体会', '2023-06-01', 2023, '现行', 'h2', paras('学习贯彻全面从严治党的体会。'));
  db.close();
  return dir;
}

test('0007: old rows keep their status and get their note from the date; new imports store theirs', async () => {
  const dataDir = version6WithRows();
  const core = createCore({ dataDir, bundlePath: path.join(dataDir, 'no-bundle.sqlite') });
  const byId = new Map(
    await Promise.all(['u1', 'u2'].map(async (id) => [id, await core.handlers.getDocument({ id })] as const)),
  );
  expect(byId.get('u1')?.status).toBe('历史文献');
  expect(byId.get('u1')?.statusNote).toMatch(/文化大革命/);
  expect([byId.get('u2')?.status, byId.get('u2')?.statusNote]).toEqual(['现行', null]);

  // Undated, in the period's own voice: the note comes from the wording and is kept with the row.
  const text = [
    '无产阶级文化大革命的大好形势',
    '',
    '在伟大领袖毛主席的无产阶级司令部领导下，全市广大工人、贫下中农和革命干部，抓革命，促生产，夺取新的胜利。',
    '各级革命委员会要进一步发动群众，斗私批修，把各项工作做得更好，迎接更大的胜利。',
    '工厂、农村、学校都要认真学习，深入开展群众运动，推动各项事业向前发展。',
  ].join('\n');
  const r = await core.handlers.importFiles({
    files: [{ name: '社论.txt', dataBase64: Buffer.from(text).toString('base64') }],
  });
  expect([r.results[0]?.status, r.results[0]?.message]).toEqual(['imported', expect.anything()]);
  const id = r.results[0]!.docIds[0]!;
  const stored = core.ctx.userDb.prepare('SELECT status, status_note FROM main.documents WHERE id = ?').get(id);
  expect(stored).toEqual({ status: '历史文献', status_note: expect.stringMatching(/文化大革命/) });
  core.close();
});
