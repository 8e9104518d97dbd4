// Migration 0009 on a database with real rows from version 8: a 提法 row stored before it (no length) reads
// as the term's own length, as before; a document imported after it keeps the length of a longer form (两个毫不动摇
// written out as its two clauses), and the quiz never takes that form for the term's words.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/app-core.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrations } from '../../../electron/core/db/migrations/index.js';
import { USER_DB_FILE } from '../../../electron/core/db/open-user-db.js';
import { loadSource } from '../../../electron/core/quiz/source.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version8WithRows(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-m9-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, USER_DB_FILE));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 8));
  const text = '我们要坚持“两个毫不动摇”，为各类所有制企业创造公平竞争的环境。';
  db.prepare(
    `INSERT INTO documents (id, title, type, date, year, source, speakers, occasion, place, script, status, chars, hash, origin, paragraphs)
     VALUES ('u1', '学习体会', '文章', '2023-05-01', 2023, NULL, '[]', NULL, NULL, 'simplified', '现行', 30, 'h1',
             'file.txt', ?)`,
  ).run(JSON.stringify([{ kind: 'p', text }]));
  db.prepare(`INSERT INTO terms (term, doc_id, paragraph, start) VALUES ('两个毫不动摇', 'u1', 0, 6)`).run();
  db.close();
  return dir;
}

const WRITTEN_OUT = [
  '关于发展民营经济的学习体会',
  '',
  '必须坚持和完善社会主义基本经济制度，毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。',
  '各类市场主体都是国家现代化的建设者，要一视同仁、平等对待，为民营企业发展营造良好环境。',
  '我们要把学习成果转化为推动本地经济高质量发展的实际行动，在优化营商环境上下更大功夫。',
].join('\n');

test('0009: old 提法 rows read as before; a written-out form imported after it keeps its length and is no blank', async () => {
  const dataDir = version8WithRows();
  const core = createCore({ dataDir, bundlePath: path.join(dataDir, 'no-bundle.sqlite') });
  const db = core.ctx.userDb;
  expect(db.pragma('user_version', { simple: true })).toBe(9);
  const rows = (id: string) =>
    db.prepare('SELECT term, paragraph, start, length FROM all_terms WHERE doc_id = ? ORDER BY start').all(id);
  expect(rows('u1')).toEqual([{ term: '两个毫不动摇', paragraph: 0, start: 6, length: 6 }]);

  const r = await core.handlers.importFiles({
    files: [{ name: '体会.txt', dataBase64: Buffer.from(WRITTEN_OUT).toString('base64') }],
  });
  const id = r.results[0]!.docIds[0]!;
  const written = (rows(id) as { term: string; length: number }[]).filter((t) => t.term === '两个毫不动摇');
  expect(written).toHaveLength(1);
  expect(written[0]!.length).toBeGreaterThan('两个毫不动摇'.length);
  // The quiz reads the old row (the term's own words) and not the written-out clauses.
  const quizTerms = loadSource(core.ctx).terms.filter((t) => t.term === '两个毫不动摇');
  expect(quizTerms.map((t) => t.docId)).toEqual(['u1']);
  core.close();
});
