// The app's own exports come back in: the Anki CSV from 测验 re-imports as the same questions;
// the Markdown export of annotations shows HTML from notes as text; `cli import` refuses nothing
// silently (file names starting with -, missing files, unknown options).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeCore, type TestCore } from '../quiz/helpers.js';
import { cli } from '../support/run-cli.js';
import { openSafeCore, seedUserData, tempDir } from './helpers.js';

let t: TestCore;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.close());

test('the Anki CSV export re-imports as the same questions, answers and explanations', async () => {
  await t.call('quizGenerate', { count: 40 });
  const items = (await t.call('quizList', { limit: 40 })).items;
  expect(items.length).toBeGreaterThan(5);
  const file = await t.call('quizExport', { ids: items.map((i) => i.id), format: 'anki', title: '测验' });
  const other = makeCore();
  try {
    const r = await other.call('quizImport', { name: file.name, dataBase64: file.dataBase64 });
    expect(r.format).toBe('anki');
    expect(r.invalid).toEqual([]);
    expect(r.imported).toBe(items.length);
    const back = (await other.call('quizList', { limit: 100 })).items;
    // Blanks are the question for 填空; for choice questions they only mark the source fact.
    const key = (i: (typeof items)[number]) =>
      JSON.stringify([
        i.kind,
        i.options,
        i.correct,
        i.kind === '填空' ? i.blanks.map((b) => b.text) : [],
        i.explanation,
      ]);
    expect(back.map(key).sort()).toEqual(items.map(key).sort());
  } finally {
    other.close();
  }
});

test('Markdown export of annotations escapes HTML written in notes', async () => {
  const s = openSafeCore();
  try {
    await seedUserData(s, 1);
    const md = Buffer.from((await s.call('exportAnnotations', { format: 'md' })).dataBase64, 'base64').toString();
    expect(md).toContain('批注 0 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toMatch(/<script/i);
  } finally {
    s.close();
  }
});

test('cli import takes file names starting with - after --, and refuses what it cannot import', async () => {
  const dir = tempDir();
  try {
    const data = path.join(dir, 'data');
    const dashed = path.join(dir, '--通知.txt');
    fs.writeFileSync(
      dashed,
      '关于开展主题党日活动的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动学习走深走实。',
    );
    process.chdir(dir);
    const ok = JSON.parse((await cli(['import', '--data', data, '--json', '--', '--通知.txt'])).out);
    expect(ok.results.map((r: { status: string }) => r.status)).toEqual(['imported']);
    // Without --, the name reads as an option: refused with a message saying what to do.
    const unknown = await cli(['import', '--通知.txt', '--data', data]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('文件名以 - 开头时，请写在 -- 之后');
    const missing = await cli(['import', 'nope.txt', '--data', data, '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out).error.message).toContain('找不到文件：nope.txt');
    expect((await cli(['import', '--data', data])).err).toContain('请指定至少一个文件');
  } finally {
    process.chdir(path.resolve(__dirname, '../../..'));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
