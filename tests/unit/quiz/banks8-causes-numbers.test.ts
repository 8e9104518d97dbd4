// banks8 causes (fixtures/wild/b8-*): item numbers written ①②③ (contest groups), 第一题, 【1】 and
// [2]; full-width digits and letters; key lists by group (第一组：①A ②C), with other dashes
// (1–3, (9-10)) and X for ×; an answer line that repeats its item's number (答案：3.A). The guards
// keep ① statements of a 组合选择 and a written answer's ① points where they are.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const item = (n: string, stem: string) => [`${n}${stem}`, 'A．三　B．四　C．五　D．六'];
const stems = (rows: (Got | string)[]) => rows.map((r) => (typeof r === 'string' ? r : r.stem));

describe('item numbers', () => {
  it('reads ①②③ as item numbers in contest groups, each group from ① again', async () => {
    const rows = await text([
      '一、必答题',
      '第一组',
      ...item('①', '甲（  ）。'),
      '答案：C',
      '②党的全国代表大会每五年举行一次。',
      '答案：√',
      '第二组',
      ...item('①', '乙（  ）。'),
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[2], [0], [1]]);
  });

  it('keeps ① statements under a 组合选择 question in its stem (guard)', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．下列属于党的纪律处分的有（  ）。',
      '①警告',
      '②严重警告',
      '③罚款',
      'A．①②　B．①③　C．②③　D．①②③',
      '答案：A',
      ...item('2．', '乙（  ）。'),
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[0], [1]]);
    expect(stems(rows)[0]).toBe('下列属于党的纪律处分的有（  ）。\n①警告\n②严重警告\n③罚款');
  });

  it('keeps a written answer’s ① points in the answer (guard)', async () => {
    const rows = await text([
      '一、简答题',
      '1．“三会一课”中的“三会”是什么？',
      '答：',
      '①支部党员大会',
      '②支部委员会',
      '③党小组会',
      '2．党的宗旨是什么？',
      '答：全心全意为人民服务。',
    ]);
    expect(rows.map(key)).toEqual([['①支部党员大会\n②支部委员会\n③党小组会'], ['全心全意为人民服务。']]);
  });

  it('reads 第一题 … 第十一题 and 【1】 [2] as item numbers', async () => {
    const eleven = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const rows = await text(eleven.flatMap((n) => [...item(`第${n}题　`, `问${n}（  ）。`), '答案：C']));
    expect(rows.map(key)).toEqual(eleven.map(() => [2]));
    const bracketed = await text([...item('【1】', '甲（  ）。'), '答案：A', ...item('[2]', '乙（  ）。'), '答案：D']);
    expect(bracketed.map(key)).toEqual([[0], [3]]);
  });

  it('reads full-width digits, letters and keys, and stray spaces in 答 案 and A ．', async () => {
    const rows = await text([
      '一 、单项选择题',
      '１ ．甲（  ）。',
      'Ａ ．三　Ｂ ．四　Ｃ ．五　Ｄ ．六',
      '答 案 ：Ｃ',
      '２．乙（  ）。',
      'Ａ．三　Ｂ．四　Ｃ．五　Ｄ．六',
      '答案 : Ｂ',
    ]);
    expect(rows).toMatchObject([
      { options: ['三', '四', '五', '六'], correct: [2] },
      { options: ['三', '四', '五', '六'], correct: [1] },
    ]);
  });
});

describe('keys by number', () => {
  it('takes 答案：3.A under item 3 as its key, and refuses 答案：7.C under item 6', async () => {
    const rows = await text([
      '一、单项选择题',
      ...item('3．', '甲（  ）。'),
      '答案：3.A',
      ...item('4．', '乙（  ）。'),
      '答案：4、B',
      '二、判断题',
      '5．党员必须履行党员义务。',
      '答案：5.√',
      '三、单项选择题',
      ...item('6．', '丙（  ）。'),
      '答案：7.C',
    ]);
    expect(rows.map(key).slice(0, 3)).toEqual([[0], [1], [0]]);
    expect(rows[3]).toContain('前的题号 7 与这道题的题号 6 不同');
  });

  it('reads a key list by contest group (第一组：①A ②C) and refuses a group name two rounds share', async () => {
    const groups = (round: string) => [
      round,
      '第一组',
      ...item('①', '甲（  ）。'),
      ...item('②', '乙（  ）。'),
      '第二组',
      ...item('①', '丙（  ）。'),
    ];
    const rows = await text([...groups('一、必答题'), '参考答案', '第一组：①A　②C', '第二组：①D']);
    expect(rows.map(key)).toEqual([[0], [2], [3]]);
    const two = await text([
      ...groups('一、必答题'),
      ...groups('二、抢答题'),
      '参考答案',
      '第一组：①A　②C',
      '第二组：①D',
    ]);
    expect(two.every((r) => typeof r === 'string')).toBe(true);
  });

  it('reads key ranges written 1–3 (en dash) and (9-10), and X for ×', async () => {
    const rows = await text([
      '一、单项选择题',
      ...item('1．', '甲（  ）。'),
      ...item('2．', '乙（  ）。'),
      ...item('3．', '丙（  ）。'),
      '二、判断题',
      '1．党员必须履行党员义务。',
      '2．预备党员有表决权。',
      '答案',
      '一、1–2：AB；(3-3) C',
      '二、1.√ 2.X',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [2], [0], [1]]);
  });
});
