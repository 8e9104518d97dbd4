// banks21 causes (fixtures/wild/b21-*): 网上答题 result tables (题号 | 你的答案 | 正确答案), 判断 sheets keyed in a
// column headed 判断, options in one cell parted by ；, 1．单选题：… and numbers skipped between 填空 items.
import { describe, expect, it } from 'vitest';
import { parseCsvBank } from '../../../electron/core/quiz/import-table.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { key, text, type Got } from './banks7-read.js';

const csv = (lines: string[]) =>
  parseCsvBank(lines.join('\n')).rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));

describe('a 网上答题 result table after the items', () => {
  const items = [
    '1．党的根本组织原则是（ ）。',
    'A．民主集中制　B．集体领导',
    '2．预备期为（ ）。',
    'A．半年　B．一年',
    '3．预备党员有表决权。',
  ];

  it('keys by the 正确答案 column only, never 你的答案 or 是否正确', async () => {
    const rows = await text([
      ...items,
      '答题情况',
      '题号\t你的答案\t正确答案\t得分',
      '1\tA\tA\t20',
      '2\tA\tB\t0',
      '3\t正确\t错误\t0',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [1]]);
    expect((rows[2] as Got).stem).toBe('预备党员有表决权。');
    const first = await text([
      ...items,
      '题号\t正确答案\t我的答案\t是否正确',
      '1\tA\tB\t错误',
      '2\tB\tB\t正确',
      '3\t错误\t正确\t错误',
    ]);
    expect(first.map(key)).toEqual([[0], [1], [1]]);
  });

  it('keys no item from a row whose 正确答案 cell is empty, never from 你的答案', async () => {
    const rows = await text([
      ...items,
      '题号\t你的答案\t正确答案\t得分',
      '1\tA\tA\t20',
      '2\tA\t\t0',
      '3\t错误\t错误\t20',
    ]);
    expect(rows.map(key)).toEqual([[0], expect.stringContaining('找不到'), [1]]);
    const gaps = await text([...items, '题号　　你的答案　　正确答案', '1　　A　　A', '2　　A', '3　　错误　　错误']);
    expect(gaps.map(key)).toEqual([[0], expect.stringContaining('找不到'), [1]]);
  });

  it('reads columns parted by wide gaps as a PDF prints them', async () => {
    const rows = await text([
      ...items,
      '题号　　你的答案　　正确答案',
      '1　　B　　A',
      '2　　B　　B',
      '3　　错误　　错误',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [1]]);
  });

  it('refuses the items a table of the candidate’s answers alone lists, saying so', async () => {
    const rows = await text([...items.slice(0, 4), '题号\t你的答案\t得分', '1\tA\t50', '2\tB\t50']);
    expect(rows).toEqual([expect.stringContaining('考生的作答'), expect.stringContaining('考生的作答')]);
  });
});

describe('a 判断 sheet keyed in a column headed 判断', () => {
  it('reads 判断 and 答案（正确/错误） as the key column', () => {
    expect(
      csv(['序号,题目,判断,难度', '1,党员必须交纳党费。,正确,易', '2,预备党员有表决权。,错误,中']).map(key),
    ).toEqual([[0], [1]]);
    expect(
      csv(['题目,答案（正确/错误）,分值', '党员必须交纳党费。,正确,1', '预备党员有表决权。,错误,1']).map(key),
    ).toEqual([[0], [1]]);
  });
});

describe('options in one cell', () => {
  it('parts A.三；B.四 at the letters without keeping the ；', () => {
    const rows = csv(['题型,题干,选项,答案', '单选,每（ ）年举行一次。,A.三；B.四；C.五；D.六,C']);
    expect((rows[0] as Got).options).toEqual(['三', '四', '五', '六']);
  });
});

describe('item shapes of 每日答题 notes and 填空 lists', () => {
  it('reads 1．单选题：… as the item’s 题型, not its stem', async () => {
    const rows = await text([
      '1．填空题：最终目标是实现（　　）。',
      '正确答案：共产主义',
      '2．单选题：根本组织原则是（ ）。',
      'A．民主集中制',
      'B．集体领导',
      '正确答案：A',
    ]);
    expect(rows.map(key)).toEqual([['共产主义'], [0]]);
    expect((rows[1] as Got).stem).toBe('根本组织原则是（ ）。');
  });

  it('starts an item after a skipped number where each is answered on its 答案 line', async () => {
    const rows = await text([
      '1．最终目标是实现（　　）。',
      '答案：共产主义',
      '3．根本组织原则是（　　）。',
      '答案：民主集中制',
      '3．预备期为（　　）年。',
      '答案：一',
    ]);
    expect(rows.map(key)).toEqual([['共产主义'], ['民主集中制'], ['一']]);
  });
});
