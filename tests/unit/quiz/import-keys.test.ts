// Answer keys of imported banks are never guessed: option indexes need a file that shows where it
// counts from, a number that is both an option's text and another option's index is refused, a
// letter must agree with the text written beside it, and a bank's own 题型 is checked.
import { expect, test } from 'vitest';
import { parseJsonBank } from '../../../electron/core/quiz/import-json.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { splitLetteredStem } from '../../../electron/core/quiz/import-stem.js';

const read = (value: unknown) =>
  parseJsonBank(JSON.stringify(value)).rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
const keyOf = (d: ReturnType<typeof normalizeRaw>) => (typeof d === 'string' ? d : d.correct);

test('indexes count from 0 or 1 only when the file shows which', () => {
  const opts = ['甲', '乙', '丙'];
  // 0 seen → 0-based; 3 of 3 options seen → 1-based; neither, or both → invalid.
  expect(
    read([
      { question: '一', options: opts, answer: 0 },
      { question: '二', options: opts, answer: 2 },
    ]).map(keyOf),
  ).toEqual([[0], [2]]);
  expect(
    read([
      { question: '一', options: opts, answer: 3 },
      { question: '二', options: opts, answer: 2 },
    ]).map(keyOf),
  ).toEqual([[2], [1]]);
  for (const answers of [
    [1, 2],
    [0, 3],
  ]) {
    const got = read(answers.map((a, i) => ({ question: `题${i}`, options: opts, answer: a })));
    for (const d of got) expect(d).toMatch(/无法确定本文件的序号从 0 还是从 1 数起/);
  }
});

test('a number that is one option’s text and another option’s index is refused', () => {
  const got = read([
    { question: '1+2=?', options: ['2', '3', '4'], answer: '1' },
    { question: '5-3=?', options: ['1', '2', '3'], answer: '1' },
    { question: '0+1=?', options: ['1', '2', '3'], answer: 0 },
  ]);
  expect(keyOf(got[0]!)).toEqual([1]);
  expect(got[1]).toMatch(/既是一个选项的文字，又是另一个选项的序号/);
  expect(keyOf(got[2]!)).toEqual([0]);
});

test('letters with text must agree; 题型 单选 with two answers is refused; booleans and full-width letters read', () => {
  const got = read([
    { question: '甲', option: 'A.一 B.二', answer: 'B.二' },
    { question: '乙', option: 'A.一 B.二', answer: 'A.二' },
    { question: '丙', type: '单选题', options: ['一', '二', '三'], answer: 'A、B' },
    { question: '丁', type: '多选题', options: ['一', '二', '三'], answer: 'Ｃ' },
    { question: '戊', answer: true },
  ]);
  expect(keyOf(got[0]!)).toEqual([1]);
  expect(got[1]).toMatch(/字母与选项文字不一致/);
  expect(got[2]).toMatch(/题型为单选题/);
  expect(got[3]).toMatchObject({ kind: '多选', correct: [2] });
  expect(got[4]).toMatchObject({ kind: '判断', correct: [0] });
});

test('options are split out of a stem only from a run of lettered options A, B, C…', () => {
  expect(splitLetteredStem('下列属于法宝的是（ ）A.统一战线 B.武装斗争')).toEqual({
    stem: '下列属于法宝的是（ ）',
    options: ['统一战线', '武装斗争'],
  });
  expect(splitLetteredStem('人体需要维生素A、B族和C。')).toBeNull();
  expect(splitLetteredStem('题目 A.甲 C.丙')).toBeNull();
});

test('an empty option before a filled one is reported, so letters never shift', async () => {
  const { parseCsvBank } = await import('../../../electron/core/quiz/import-table.js');
  const rows = parseCsvBank('题目,选项A,选项B,选项C,选项D,答案\n题一,甲,,丙,丁,C\n题二,甲,乙,,,B\n').rows;
  const got = rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
  expect(got[0]).toMatch(/选项B为空/);
  expect(got[1]).toMatchObject({ options: ['甲', '乙'], correct: [1] });
});

test('a key table row that does not give one key per number keys nothing', async () => {
  const { parseTextBank } = await import('../../../electron/core/quiz/import-text.js');
  const bank = (keys: string) =>
    parseTextBank(
      [
        '1. 党的全国代表大会每（ ）年举行一次。',
        'A. 三 B. 四 C. 五 D. 六',
        '2. 预备党员的预备期为（ ）。',
        'A. 半年 B. 一年 C. 两年 D. 三年',
        '参考答案',
        '题号\t1\t2',
        `答案\t${keys}`,
      ].join('\n'),
    )?.rows.map((r) => (typeof r === 'string' ? r : r.answer)) ?? null;
  expect(bank('C\tB')).toEqual(['C', 'B']);
  // One cell missing: which number it belonged to is not known, so no key is used: each item is
  // refused saying the key list cannot be matched.
  expect(bank('C')).toEqual([
    expect.stringContaining('卷末的参考答案无法确定'),
    expect.stringContaining('卷末的参考答案无法确定'),
  ]);
});
