// Migration 0008 on a database with real rows from version 7: documents imported before 金句 were
// worked out after the import already have theirs, so none is pending and their 金句 stay as stored;
// a document imported after the migration is pending until a call reads 金句.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/app-core.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { USER_DB_FILE } from '../../../electron/core/db/open-user-db.js';
import { seedBytes } from '../content/helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version7WithRows(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-m8-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, USER_DB_FILE));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 7));
  const text = '基层是党的执政根基，基层党组织是党在社会基层组织中的战斗堡垒。';
  db.prepare(
    `INSERT INTO documents (id, title, type, date, year, source, speakers, occasion, place, script, status, chars, hash, origin, paragraphs)
     VALUES ('u1', '在座谈会上的讲话', '讲话', '2020-05-01', 2020, NULL, '[{"name":"张三","role":null}]', NULL, NULL,
             'simplified', '现行', 30, 'h1', 'file.txt', ?)`,
  ).run(JSON.stringify([{ kind: 'p', text }]));
  db.prepare(
    `INSERT INTO quotes (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation)
     VALUES ('q1', 'u1', 0, 0, ?, ?, '张三', NULL, '2020-05-01', '——张三')`,
  ).run(text.length, text);
  db.close();
  return dir;
}

test('0008: rows imported before it are not pending and keep their 金句; a new import is pending until read', async () => {
  const dataDir = version7WithRows();
  const core = createCore({ dataDir, bundlePath: path.join(dataDir, 'no-bundle.sqlite') });
  const db = core.ctx.userDb;
  expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
  expect(db.prepare('SELECT count(*) FROM quotes_pending').pluck().get()).toBe(0);
  const old = await core.handlers.listQuotes({ docId: 'u1', offset: 0, limit: 50 });
  expect(old.items.map((q) => [q.id, q.speaker])).toEqual([['q1', '张三']]);

  const r = await core.handlers.importFiles({
    files: [{ name: '讲话.txt', dataBase64: seedBytes('001').toString('base64') }],
  });
  const id = r.results[0]!.docIds[0]!;
  expect(db.prepare('SELECT doc_id FROM quotes_pending').pluck().all()).toEqual([id]);
  expect((await core.handlers.listQuotes({ docId: id, offset: 0, limit: 50 })).total).toBeGreaterThan(0);
  expect(db.prepare('SELECT count(*) FROM quotes_pending').pluck().get()).toBe(0);
  core.close();
});
