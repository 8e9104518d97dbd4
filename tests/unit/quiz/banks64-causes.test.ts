// banks64 causes (fixtures/wild/b64-*): English sheets whose Questions and Answers are joined by No., a
// 判断 column headed 正确/错误, tab tables whose first column is a bare 题号, 填空 keyed in brackets with
// no 填空 heading, 本题答案：1．B　2．A after a section, 全选 in a key list.
import Excel from 'exceljs';
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';
import { scoreWild, summary } from './wild-score.js';

async function book(sheets: Record<string, (string | number)[][]>): Promise<Buffer> {
  const wb = new Excel.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('sheets', () => {
  it('joins English Questions and Answers sheets by No., and refuses them when a No. is missing', async () => {
    const questions = [
      ['No.', 'Question', 'A', 'B'],
      [1, '党的根本宗旨是（ ）。', '发展经济', '全心全意为人民服务'],
      [2, '预备党员的预备期为（ ）。', '一年', '半年'],
    ];
    const rows = await read(
      'b.xlsx',
      await book({
        Questions: questions,
        Answers: [
          ['No.', 'Answer'],
          [1, 'B'],
          [2, 'A'],
        ],
      }),
    );
    expect(rows.map(key)).toEqual([[1], [0]]);
    await expect(
      read(
        'b.xlsx',
        await book({
          Questions: questions,
          Answers: [
            ['No.', 'Answer'],
            [1, 'B'],
            [3, 'A'],
          ],
        }),
      ),
    ).rejects.toThrow(/不一一对应/);
  });

  it('reads a 判断 column headed 正确/错误 in a table saved as text', async () => {
    const rows = await text([
      '题号\t题目\t正确/错误',
      '1\t预备党员享有表决权。\t错误',
      '2\t党的根本组织原则是民主集中制。\t正确',
    ]);
    expect(rows).toMatchObject([
      { kind: '判断', correct: [1] },
      { kind: '判断', correct: [0] },
    ]);
  });

  it('never reads a tab table with an unread header as notes keyed by its last column', async () => {
    const rows = await text([
      '编号\t内容\t结果',
      '1\t预备党员享有表决权。\t错误',
      '2\t党的根本组织原则是民主集中制。\t正确',
    ]);
    expect(rows.slice(1).map(key)).toEqual([expect.stringMatching(/只是题号/), expect.stringMatching(/只是题号/)]);
    // A year on a card's front is no 题号.
    const cards = await text(['1921\t中国共产党成立\t党史', '1949\t中华人民共和国成立\t党史']);
    expect(cards.map(key)).not.toContainEqual(expect.stringMatching(/只是题号/));
  });
});

describe('numbered text', () => {
  it('keys 填空 from the brackets ending the item after its underlines, with no 填空 heading', async () => {
    const rows = await text([
      '1．党的根本宗旨是______。（全心全意为人民服务）',
      '2．“四个自信”是指道路自信、______、______、文化自信。（理论自信；制度自信）',
    ]);
    expect(rows.map(key)).toEqual([['全心全意为人民服务'], ['理论自信', '制度自信']]);
  });

  it('reads no key from brackets that do not end the item, or that give a score', async () => {
    const rows = await text([
      '1．党的根本宗旨是______（全心全意为人民服务）的体现。',
      '2．党的根本组织原则是______。（2分）',
      '3．预备党员的预备期为______。（一年）',
    ]);
    expect(rows.map(key)).toEqual([expect.stringMatching(/答案/), expect.stringMatching(/答案/), ['一年']]);
  });

  it('reads 本题答案：1．B　2．A after a section as its key list', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．党的根本宗旨是（ ）。',
      'A．发展经济　B．全心全意为人民服务',
      '2．党的根本组织原则是（ ）。',
      'A．民主集中制　B．集体领导',
      '本题答案：1．B　2．A',
    ]);
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('reads 全选 as one entry of a key list', async () => {
    const rows = await text([
      '多选题',
      '1．“四个自信”包括（ ）。',
      'A．道路自信　B．理论自信　C．制度自信　D．文化自信',
      '2．党的纪律处分有（ ）。',
      'A．警告　B．严重警告　C．罚款　D．开除党籍',
      '参考答案：1．全选　2．A、B、D',
    ]);
    expect(rows.map(key)).toEqual([
      [0, 1, 2, 3],
      [0, 1, 3],
    ]);
  });
});

describe('the banks64 round (b64-* tuning, b64h-* held out)', () => {
  it('reads every tuning item as labelled, 0 wrong keys', async () => {
    const results = await scoreWild((f) => /^b64-/.test(f));
    expect(new Set(results.map((r) => r.file)).size).toBeGreaterThanOrEqual(23);
    expect(summary(results).wrongKey).toBe(0);
    expect(results.filter((r) => r.verdict !== 'right')).toEqual([]);
  }, 120_000);

  it('reads the held-out files at their measured figure: 34 of 34, 0 wrong keys', async () => {
    const s = summary(await scoreWild((f) => /^b64h-/.test(f)));
    expect(s.wrongKey).toBe(0);
    expect(s.right).toBe(34);
  }, 120_000);
});
