// Causes found with the banks6 fixtures (fixtures/wild/b6-*): a key list after each section whose
// next heading is followed by a note line (（每题2分）, 说明：…) or has no 一、二、 number, and 多选
// keys written 全选. The guards keep what no reader could be sure of refused.
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';

type Got = { kind?: string; correct?: number[] };

async function text(lines: string[]): Promise<(Got | string)[]> {
  const { rows } = await parseBank('bank.txt', Buffer.from(lines.join('\n')));
  return rows.map((r) => (typeof r === 'string' ? r : (normalizeRaw(r) as Got | string)));
}
const key = (r: Got | string) => (typeof r === 'string' ? r : r.correct);
const FOUR = 'A．三　B．四　C．五　D．六';

describe('a key list after each section', () => {
  it('goes on to the next numbered section past a note line under its heading', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．党的全国代表大会每（  ）年举行一次。',
      FOUR,
      '2．党章规定，留党察看最长不超过（  ）年。',
      'A．一　B．二　C．三　D．四',
      '参考答案：1.C 2.B',
      '二、判断题',
      '说明：正确的打√，错误的打×。',
      '1．预备党员有表决权。',
      '2．党员必须自觉遵守党的纪律。',
      '参考答案：1.× 2.√',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [1], [0]]);
  });

  it('goes on to the next section whose heading has no number (判断题 alone)', async () => {
    const rows = await text([
      '单选题',
      '（每题2分，共4分）',
      '1．党的全国代表大会每（  ）年举行一次。',
      FOUR,
      '2．党章规定，留党察看最长不超过（  ）年。',
      'A．一　B．二　C．三　D．四',
      '参考答案：1.C 2.B',
      '判断题',
      '（每题1分，共2分）',
      '1．预备党员有表决权。',
      '2．党员必须自觉遵守党的纪律。',
      '参考答案：1.× 2.√',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [1], [0]]);
    expect((rows[2] as Got).kind).toBe('判断');
  });

  it('guard: an unnumbered heading of the key list itself (单选题 then 1.C 2.B) stays a key section', async () => {
    const rows = await text([
      '单选题',
      '1．党的全国代表大会每（  ）年举行一次。',
      FOUR,
      '判断题',
      '1．预备党员有表决权。',
      '参考答案',
      '单选题',
      '1.C',
      '判断题',
      '1.×',
    ]);
    expect(rows.map(key)).toEqual([[2], [1]]);
  });

  it('guard: an unnumbered heading naming a 题型 the paper already had is not read as the paper going on', async () => {
    const rows = await text([
      '单选题',
      '1．党的全国代表大会每（  ）年举行一次。',
      FOUR,
      '2．党章规定，留党察看最长不超过（  ）年。',
      'A．一　B．二　C．三　D．四',
      '参考答案：1.C 2.B',
      '单选题',
      '1．预备党员的预备期为（  ）。',
      'A．半年　B．一年　C．两年　D．三年',
    ]);
    // Refused, or keyed as written; the item after the second 单选题 never takes 1.C.
    expect([[2], 'refused']).toContainEqual(typeof rows[0] === 'string' ? 'refused' : key(rows[0]!));
    expect(rows[2] === undefined || typeof rows[2] === 'string').toBe(true);
  });
});

describe('多选 keys written 全选', () => {
  const bank = (answer: string, d = '文化自信') => [
    '二、多项选择题',
    '1．“四个自信”包括（  ）。',
    `A．道路自信　B．理论自信　C．制度自信　D．${d}`,
    `答案：${answer}`,
    '2．党的纪律处分包括（  ）。',
    'A．警告　B．严重警告　C．罚款　D．开除党籍',
    '答案：ABD',
  ];

  it('reads 全选 as every option', async () => {
    expect(key((await text(bank('全选')))[0]!)).toEqual([0, 1, 2, 3]);
  });

  it('guard: 全选 beside an option 以上都是 is refused (that option alone, or all?)', async () => {
    expect(key((await text(bank('全选', '以上都是')))[0]!)).toMatch(/全选.*请用字母写明答案/);
  });

  it('guard: 全选 for a 单选题 is refused', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．党的全国代表大会每（  ）年举行一次。',
      FOUR,
      '答案：全选',
      '2．党的二十大于（  ）年召开。',
      'A．2012　B．2017　C．2022　D．2027',
      '答案：C',
    ]);
    expect(key(rows[0]!)).toMatch(/单选题/);
    expect(key(rows[1]!)).toEqual([2]);
  });
});
