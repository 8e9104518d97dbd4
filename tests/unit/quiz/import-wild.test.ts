// Question banks from the wild: field names in any case or language, options inside the stem or
// in arrays called options / tips / choices, answers as letters, indexes (0- or 1-based per
// file) or option text; bad items listed with a reason while the rest import.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeCore, type TestCore } from './helpers.js';

let t: TestCore;
beforeEach(() => (t = makeCore()));
afterEach(() => t.close());

const importJson = (name: string, value: unknown) =>
  t.call('quizImport', { name, dataBase64: Buffer.from(JSON.stringify(value)).toString('base64') });
const importText = (name: string, text: string) =>
  t.call('quizImport', { name, dataBase64: Buffer.from(text).toString('base64') });
const items = async () => (await t.call('quizList', { origin: 'imported', limit: 100 })).items;

test('any field case, options in the stem or in tips/choices, answers as letters, text or 1-based indexes', async () => {
  const r = await importJson('wild.json', {
    data: [
      { Question: '党的根本宗旨是什么？', Options: ['发展生产力', '全心全意为人民服务', '改革开放'], Answer: 'B' },
      {
        题目: '“两个确立”中确立的是？|习近平同志党中央的核心、全党的核心地位|市场决定作用|对外开放',
        答案: '习近平同志党中央的核心、全党的核心地位',
      },
      { question: '新发展理念包括哪一项？', tips: ['封闭', '协调', '停滞'], answer: 2 },
      { QUESTION: '下列属于“四个自信”的是？', choices: ['道路自信', '市场自信', '理论自信'], ANSWER: [1, 3] },
      { question: '没有答案的题', options: ['甲', '乙'] },
      { question: '只有一个选项的题', options: ['甲'], answer: 'A' },
      { question: '答案越界的题', options: ['甲', '乙'], answer: 5 },
      '不是对象',
    ],
  });
  expect(r).toMatchObject({ total: 8, imported: 4 });
  expect(r.invalid.map((i) => i.index)).toEqual([5, 6, 7, 8]);
  for (const i of r.invalid) expect(i.reason).toMatch(/[\u4e00-\u9fff]/);
  expect(r.invalid[0]!.reason).toContain('缺少答案');
  const all = await items();
  expect(all.find((i) => i.stem.startsWith('党的根本宗旨'))).toMatchObject({ kind: '单选', correct: [1] });
  expect(all.find((i) => i.stem.startsWith('“两个确立”'))).toMatchObject({
    stem: '“两个确立”中确立的是？',
    options: ['习近平同志党中央的核心、全党的核心地位', '市场决定作用', '对外开放'],
    correct: [0],
  });
  expect(all.find((i) => i.stem.startsWith('新发展理念'))).toMatchObject({
    correct: [1],
    options: ['封闭', '协调', '停滞'],
  });
  expect(all.find((i) => i.stem.startsWith('下列属于'))).toMatchObject({ kind: '多选', correct: [0, 2] });
});

test('a file whose indexes count from 0 is read as 0-based throughout', async () => {
  const r = await importJson('zero.json', [
    { question: '第一题', options: ['甲', '乙', '丙'], answer: 0 },
    { question: '第二题', options: ['甲', '乙', '丙'], answer: 2 },
  ]);
  expect(r.imported).toBe(2);
  const all = await items();
  expect(all.find((i) => i.stem === '第一题')?.correct).toEqual([0]);
  expect(all.find((i) => i.stem === '第二题')?.correct).toEqual([2]);
});

test('an answer that is itself an option text is not read as an index', async () => {
  await importJson('years.json', [
    { question: '党的一大召开于哪一年？', options: ['1919', '1921', '1949'], answer: '1921' },
  ]);
  expect((await items())[0]?.correct).toEqual([1]);
});

test('CSV headers in English and any case, options as one | column', async () => {
  const r = await importText(
    'wild.csv',
    'QUESTION,Option A,option b,Answer,Analysis\n新时代党的建设总要求以什么为主线？,党的长期执政能力建设,经济建设,A,见十九大报告\n第二题|甲|乙|丙,,,丙,\n',
  );
  expect(r).toMatchObject({ imported: 2, invalid: [] });
  const all = await items();
  expect(all.find((i) => i.stem.startsWith('新时代'))).toMatchObject({ correct: [0], explanation: '见十九大报告' });
  expect(all.find((i) => i.stem === '第二题')).toMatchObject({ options: ['甲', '乙', '丙'], correct: [2] });
});
