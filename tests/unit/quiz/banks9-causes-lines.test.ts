// banks9 causes (fixtures/wild/b9-*), lines around items: scoring notes after a 多选's stem
// (（少选不得分）), the 题型 tag （多选）, footers 共3页 第1页, a bare page number over the running
// head, 学习强国's 出题单位：/推荐： lines, 得分/评卷人 boxes, headings Ⅰ、Ⅱ．; in sheets, section
// rows merged across the table and one row per option under a merged stem.
import Excel from 'exceljs';
import { describe, expect, it } from 'vitest';
import { key, read, text, type Got } from './banks7-read.js';

const options = 'A．三　B．四　C．五　D．六';
const stems = (rows: (Got | string)[]) => rows.map((r) => (typeof r === 'string' ? r : r.stem));

describe('text around the items', () => {
  it('drops a 多选 scoring note and a （多选） tag after the stem', async () => {
    const rows = await text([
      '1．甲包括（  ）。（少选不得分）',
      options,
      '答案：ABD',
      '2．乙包括（  ）。（多选、少选、错选均不得分）',
      options,
      '答案：AB',
      '3．丙包括哪些？（多选）',
      options,
      '答案：CD',
    ]);
    expect(stems(rows)).toEqual(['甲包括（  ）。', '乙包括（  ）。', '丙包括哪些？']);
    expect(rows.map(key)).toEqual([
      [0, 1, 3],
      [0, 1],
      [2, 3],
    ]);
  });

  it('keeps a bracket that is part of the question (guard)', async () => {
    const rows = await text(['1．甲（不含乙）包括（  ）。', options, '答案：AB', '2．丙（  ）。', options, '答案：C']);
    expect(stems(rows)[0]).toBe('甲（不含乙）包括（  ）。');
  });

  it('drops footers 共3页 第1页 and a bare page number over the running head', async () => {
    const rows = await text([
      '党史知识竞赛试题',
      '1．甲（  ）。',
      'A．三　B．四',
      '共3页 第1页',
      '党史知识竞赛试题',
      'C．五　D．六',
      '答案：C',
      '2．乙（  ）',
      '2',
      '党史知识竞赛试题',
      '年。',
      options,
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[2], [1]]);
    expect((rows[0] as Got).options).toEqual(['三', '四', '五', '六']);
    expect(stems(rows)[1]).toBe('乙（  ）年。');
  });

  it('reads a number under 答案： as a 填空 answer, not a page number', async () => {
    const rows = await text(['填空题', '1．甲有（　　）个。', '答案：', '2', '2．乙是（　　）。', '答案：丙']);
    expect(rows.map(key)).toEqual([['2'], ['丙']]);
  });

  it('drops 学习强国 出题单位 / 推荐 lines and 得分 / 评卷人 boxes', async () => {
    const rows = await text([
      '得分',
      '评卷人',
      '一、单项选择题',
      '1.甲是哪一年？',
      'A.1934年',
      'B.1935年',
      '答案：B',
      '出题单位：学习强国',
      '推荐：学习强国',
      '得分',
      '评卷人',
      '二、判断题',
      '2．乙是丙。（×）',
      '得分',
      '评卷人',
      '三、填空题',
      '3．丁是（戊）。',
    ]);
    expect(rows.map(key)).toEqual([[1], [1], ['戊']]);
  });

  it('numbers 学习强国 blocks 题目：/选项：/答案： that have no numbers', async () => {
    const rows = await text([
      '题目：甲是哪一年？',
      '选项：A.1934年 B.1935年',
      '答案：B',
      '',
      '题目：乙是谁？',
      '选项：A.丙 B.丁',
      '答案：A',
    ]);
    expect(rows.map(key)).toEqual([[1], [0]]);
    expect(stems(rows)).toEqual(['甲是哪一年？', '乙是谁？']);
  });

  it('reads items numbered with a space only (1 甲…) where they run 1, 2, 3 over answers', async () => {
    const rows = await text([
      '1 甲（  ）。',
      options,
      '答案：C',
      '2 乙是丙。',
      '答案：×',
      '3 丁（  ）。',
      options,
      '答案：A',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [0]]);
  });

  it('never reads a page number over a running head (8 党史知识竞赛) as an item (guard)', async () => {
    const rows = await text([
      ...['1 甲（  ）。', options, '答案：C', '2 乙是丙。', '答案：×'],
      ...['8 党史知识竞赛', '3 丁（  ）。', options, '答案：A'],
    ]);
    expect(rows.length).toBe(3);
    expect([key(rows[0]!), key(rows[2]!)]).toEqual([[2], [0]]);
  });

  it('reads headings numbered Ⅰ、 Ⅱ． and a key list by them', async () => {
    const rows = await text([
      'Ⅰ、单项选择题',
      '1．甲（  ）。',
      options,
      'Ⅱ．判断题',
      '1．乙是丙。（  ）',
      '参考答案',
      'Ⅰ、单项选择题：1．C',
      'Ⅱ．判断题：1．×',
    ]);
    expect(rows.map(key)).toEqual([[2], [1]]);
  });
});

async function xlsx(rows: string[][], merges: string[]): Promise<Buffer> {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('sheets', () => {
  it('reads a section row merged across the table as the 题型 of the rows under it, not an item', async () => {
    const data = await xlsx(
      [
        ['题目', 'A', 'B', 'C', 'D', '答案'],
        ['一、单选题', '', '', '', '', ''],
        ['甲（  ）。', '三', '四', '五', '六', 'C'],
        ['二、判断题', '', '', '', '', ''],
        ['乙是丙。', '', '', '', '', '×'],
      ],
      ['A2:F2', 'A4:F4'],
    );
    const rows = await read('bank.xlsx', data);
    expect(rows.map(key)).toEqual([[2], [1]]);
  });

  it('joins the option rows of a stem and key merged down over them', async () => {
    const data = await xlsx(
      [
        ['序号', '题目', '选项', '答案'],
        ['1', '甲（  ）。', 'A．三', 'C'],
        ['', '', 'B．四', ''],
        ['', '', 'C．五', ''],
        ['2', '乙（  ）。', 'A．一', 'AB'],
        ['', '', 'B．二', ''],
      ],
      ['A2:A4', 'B2:B4', 'D2:D4', 'A5:A6', 'B5:B6', 'D5:D6'],
    );
    const rows = await read('bank.xlsx', data);
    expect(rows.map(key)).toEqual([[2], [0, 1]]);
    expect((rows[0] as Got).options).toEqual(['三', '四', '五']);
  });

  it('keys one row per option by the ticks of a 是否正确 column', async () => {
    const data = await xlsx(
      [
        ['题目', '选项', '是否正确'],
        ['甲（  ）。', 'A．三', ''],
        ['', 'B．四', '√'],
        ['乙（  ）。', 'A．一', '√'],
        ['', 'B．二', ''],
        ['', 'C．三', '√'],
      ],
      [],
    );
    expect((await read('bank.xlsx', data)).map(key)).toEqual([[1], [0, 2]]);
  });

  it('keeps rows whose options each hold a whole set apart (guard)', async () => {
    const data = await xlsx(
      [
        ['题目', '选项', '答案'],
        ['甲（  ）。', 'A．三 B．四', 'B'],
        ['甲（  ）。', 'A．五 B．六', 'A'],
      ],
      [],
    );
    expect((await read('bank.xlsx', data)).map(key)).toEqual([[1], [0]]);
  });
});
