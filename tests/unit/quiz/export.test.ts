// Export: a printable paper with a separate answer key (HTML and DOCX) and Anki-compatible CSV.
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { QuizItem } from '../../../electron/contract/api.js';
import { blankedFact } from '../../../electron/shared/quiz-paper.js';
import { makeCore, type TestCore } from './helpers.js';

let t: TestCore;
let items: QuizItem[];
beforeEach(async () => {
  t = makeCore();
  await t.call('quizGenerate', { count: 40 });
  items = (await t.call('quizList', { limit: 40 })).items;
});
afterEach(() => t.close());

const text = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

test('HTML paper shows questions without answers; the answer key has every answer', async () => {
  // The fixture library makes no 判断 (figure 判断 are not asked since round outside18): a leader writes one.
  const judge = await t.call('quizSave', {
    kind: '判断',
    stem: '判断正误：“两个确立”是在党的十九届六中全会上提出的。',
    options: ['正确', '错误'],
    correct: [0],
    tags: ['党史'],
  });
  const pick = [items.find((i) => i.kind === '填空')!, items.find((i) => i.kind === '单选')!, judge];
  const r = await t.call('quizExport', { ids: pick.map((i) => i.id), format: 'html', title: '七月学习测验' });
  expect(r.name).toBe('七月学习测验-试卷.html');
  const paper = text(r.dataBase64);
  const key = text(r.answerKey!.dataBase64);
  expect(paper).toContain('<h1>七月学习测验</h1>');
  expect(paper).toContain('@page');
  const fill = pick[0]!;
  expect(paper).toContain(blankedFact(fill));
  for (const b of fill.blanks) {
    expect(paper.includes(fill.fact)).toBe(false);
    expect(key).toContain(b.text);
  }
  const choice = pick[1]!;
  for (const o of choice.options) expect(paper).toContain(o);
  expect(key).toContain(`${String.fromCharCode(65 + choice.correct[0]!)}（${choice.options[choice.correct[0]!]}）`);
  expect(paper.indexOf('单项选择题')).toBeLessThan(paper.indexOf('判断题'));
});

test('DOCX paper and answer key are real Word documents with the questions and answers', async () => {
  const pick = items.slice(0, 6);
  const r = await t.call('quizExport', { ids: pick.map((i) => i.id), format: 'docx', title: '测验' });
  const paper = (await mammoth.extractRawText({ buffer: Buffer.from(r.dataBase64, 'base64') })).value;
  const key = (await mammoth.extractRawText({ buffer: Buffer.from(r.answerKey!.dataBase64, 'base64') })).value;
  expect(paper).toContain('测验');
  expect(key).toContain('参考答案');
  for (const i of pick) {
    if (i.kind === '填空') {
      expect(paper).toContain(blankedFact(i));
      for (const b of i.blanks) expect(key).toContain(b.text);
    } else expect(key).toContain(i.options[i.correct[0]!]!);
  }
});

test('Anki CSV has the Anki headers and one front/back/tags row per question', async () => {
  const r = await t.call('quizExport', { ids: items.slice(0, 5).map((i) => i.id), format: 'anki', title: '测验' });
  const csv = text(r.dataBase64).replace(/^\uFEFF/, '');
  expect(csv.split('\n').slice(0, 3)).toEqual(['#separator:Comma', '#html:true', '#tags column:3']);
  const rows = Papa.parse<string[]>(csv.split('\n').slice(3).join('\n'), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(5);
  for (const row of rows) {
    expect(row).toHaveLength(3);
    expect(row[1]).toMatch(/^答案：/);
    expect(row[2]).toContain('学习书架');
  }
});
