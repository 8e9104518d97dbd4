// Causes found with the banks5 fixtures (fixtures/wild/b5-*): a bank laid out as a table in a .doc,
// a key typed after a wide gap at the end of a .docx line, a 题号 | 答案 key table one row an item,
// a key list after each section, a bare key letter naming no option, 填空 numbers in brackets
// before their unit, and a one-space option line whose last option names earlier ones. Each test
// names the shape; the guards keep what no reader could be sure of refused.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { docTableRows } from '../../../electron/core/quiz/word-doc-tables.js';
import { FIXTURES } from './helpers.js';

type Got = { kind?: string; stem?: string; options?: string[]; correct?: number[]; blanks?: { text: string }[] };

async function read(name: string, data: string | Buffer): Promise<(Got | string)[]> {
  const { rows } = await parseBank(name, typeof data === 'string' ? Buffer.from(data) : data);
  return rows.map((r) => (typeof r === 'string' ? r : (normalizeRaw(r) as Got | string)));
}
const text = (lines: string[]) => read('bank.txt', lines.join('\n'));
const fixture = (name: string) => read(name, fs.readFileSync(path.join(FIXTURES, 'wild', name)));
const key = (r: Got | string) => (typeof r === 'string' ? r : r.correct);
const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
async function docx(parts: (string | string[][])[]): Promise<Buffer> {
  const children = parts.map((p) =>
    typeof p === 'string'
      ? new Paragraph(p)
      : new Table({ rows: p.map((r) => new TableRow({ children: r.map(cell) })) }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
const FOUR = 'A．三　B．四　C．五　D．六';

describe('Word 97–2003 (.doc) banks laid out as a table', () => {
  it('reads the rows of a table (序号 | 题目 | 选项A–D | 答案), a 判断 row with empty option cells', async () => {
    const rows = await fixture('b5-table-bank.doc');
    expect(rows.map(key)).toEqual([[1], [0, 1, 2], [1], [0]]);
    expect((rows[3] as Got).kind).toBe('判断');
  });

  it('takes a table line only where every row ends where the header says, numbered 1, 2, 3…', () => {
    const head = '序号\t题目\t选项A\t选项B\t答案';
    expect(docTableRows(`${head}\t\t1\t甲？\t对\t错\tA\t\t2\t乙？\t对\t错\tB`)).toHaveLength(3);
    // A merged cell left a row one cell short: the rows after it would shift.
    expect(docTableRows(`${head}\t\t1\t甲？\t对\tA\t\t2\t乙？\t对\t错\tB`)).toBeNull();
    expect(docTableRows(`${head}\t\t1\t甲？\t对\t错\tA\t\t3\t乙？\t对\t错\tB`)).toBeNull();
    expect(docTableRows('姓名\t单位\t电话\t\t王某\t机关\t123')).toBeNull();
  });
});

describe('Word (.docx) keys and key tables', () => {
  it('reads a key typed after a full-width space, two of them or a tab at the end of the last option', async () => {
    expect((await fixture('b5-wide-gap-key.docx')).map(key)).toEqual([[2], [0], [1]]);
  });

  it('never reads a capital after one space as a key (D．维生素 B)', async () => {
    const data = await docx([
      '1．党的全国代表大会每（ ）年举行一次。',
      'A．三　B．四　C．五　D．六 C',
      '2．缺乏哪种营养素易患脚气病（ ）。',
      'A．维生素 A　B．维生素 C　C．钙　D．维生素 B',
      '答案：D',
    ]);
    const rows = await read('bank.docx', data);
    expect(rows[0]).toMatch(/缺少答案/);
    expect(key(rows[1]!)).toEqual([3]);
  });

  it('reads a two-column key table (题号 | 答案, one row an item) as the key list', async () => {
    expect((await fixture('b5-wps-key-column.docx')).map(key)).toEqual([[0], [1], [2], [3], [0]]);
  });

  it('takes no key from a two-column table whose rows are not 题号 and key', async () => {
    const data = await docx([
      '1．党的全国代表大会每（ ）年举行一次。',
      FOUR,
      '2．预备党员的预备期为（ ）。',
      'A．半年　B．一年　C．两年　D．三年',
      [
        ['题号', '答案'],
        ['1', 'C'],
        ['第二题', 'B'],
      ],
    ]);
    // Numbered items over options with no key read: each refused as 缺少答案 (no longer "no numbered items").
    const got = await read('bank.docx', data);
    expect(got.every((r) => typeof r === 'string' && r.includes('缺少答案'))).toBe(true);
  });
});

describe('a key list after each section', () => {
  const paper = (keyTwo: string[]) => [
    '一、单选题',
    '1．党的宗旨是（  ）。',
    'A．全心全意为人民服务　B．实事求是　C．艰苦奋斗　D．改革创新',
    '2．留党察看最长不超过（  ）。',
    'A．半年　B．一年　C．两年　D．三年',
    '参考答案：1.A 2.C',
    '二、判断题',
    '1．党的最高领导机关是党的全国代表大会和它所产生的中央委员会。',
    '2．党的全国代表大会每四年举行一次。',
    ...keyTwo,
  ];

  it('answers the section above it; the items after it are items, not key entries', async () => {
    const rows = await text(paper(['参考答案：1.√ 2.×']));
    expect(rows.map(key)).toEqual([[0], [2], [0], [1]]);
    expect((rows[2] as Got).kind).toBe('判断');
  });

  it('refuses a section whose list answers a number it does not have, and one with no list', async () => {
    const rows = await text(paper(['参考答案：1.√ 3.×']));
    expect(rows.slice(0, 2).map(key)).toEqual([[0], [2]]);
    expect(rows.slice(2)).toEqual([
      expect.stringMatching(/卷末答案有判断题第 3 题的答案/),
      expect.stringMatching(/卷末答案/),
    ]);
    const none = await text(paper([]));
    expect(none.slice(2)).toEqual([expect.stringMatching(/找不到/), expect.stringMatching(/找不到/)]);
  });

  it('keeps a key list at the end whose sections repeat the paper’s numbers (一、 二、) one key list', async () => {
    const rows = await text([
      '一、单选题',
      '1．党的宗旨是（  ）。',
      'A．全心全意为人民服务　B．实事求是　C．艰苦奋斗　D．改革创新',
      '二、判断题',
      '1．预备党员有表决权。',
      '参考答案',
      '一、单选题',
      '1．A',
      '二、判断题',
      '1．×',
    ]);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });
});

describe('bare keys and 填空 numbers', () => {
  it('refuses a bare key letter that names no option of the item, saying which', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。E',
      FOUR,
      '2．党的宗旨是（  ）。D',
      'A．全心全意为人民服务　B．实事求是　C．艰苦奋斗',
    ]);
    expect(rows).toEqual([
      expect.stringMatching(/题干后的答案“E”不是这道题的选项字母（选项为 A–D）/),
      expect.stringMatching(/题干后的答案“D”不是这道题的选项字母（选项为 A–C）/),
    ]);
  });

  it('reads numbers in a 填空’s brackets before their unit (（1949）年（10）月), not a point’s （1）', async () => {
    const rows = await text([
      '四、填空题',
      '1．中华人民共和国成立于（1949）年（10）月（1）日。',
      '2．党员的义务：（1）认真学习。',
    ]);
    expect((rows[0] as Got).blanks!.map((b) => b.text)).toEqual(['1949', '10', '1']);
    expect(rows[1]).toMatch(/缺少答案/);
  });
});

describe('one-space option lines', () => {
  it('reads a last option that names earlier ones (D A 和 B) as its text', async () => {
    const rows = await text([
      '1．下列属于党的纪律处分的是（  ）。',
      'A 罚款 B 降级 C 留党察看 D A 和 B',
      '答案：C',
      '2．下列说法正确的是（  ）。',
      'A 甲 B 乙 C 丙 D A 和 B 都对',
      '答案：D',
    ]);
    expect(rows[0]).toMatchObject({ options: ['罚款', '降级', '留党察看', 'A 和 B'], correct: [2] });
    expect(rows[1]).toMatchObject({ options: ['甲', '乙', '丙', 'A 和 B 都对'], correct: [3] });
  });

  // banks7: D A、B 都对 is read (A、 is not at a space, so it is D's text, kept whole).
  it('still refuses a line where a letter inside the text breaks the order', async () => {
    const rows = await text([
      '1．下列说法正确的是（  ）。',
      'A 维生素 B 族 B 钙 C 铁 D A 和 B',
      '答案：A',
      '2．下列说法正确的是（  ）。',
      'A 钙 B 铁 C 锌 D 铁 B',
      '答案：A',
      '3．下列说法正确的是（  ）。',
      'A 甲 B 乙 C 丙 D A、B 都对',
      '答案：D',
    ]);
    expect(rows.slice(0, 2)).toEqual([expect.stringMatching(/没有选项/), expect.stringMatching(/没有选项/)]);
    expect(rows[2]).toMatchObject({ options: ['甲', '乙', '丙', 'A、B 都对'], correct: [3] });
  });
});

describe('more export and Word shapes', () => {
  it('reads 问卷星 多选 answers joined by ┋ as letters', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['题目', '题型', '选项A', '选项B', '选项C', '选项D', '正确答案']);
    ws.addRow(['党的纪律处分包括（ ）。', '多选题', '警告', '严重警告', '罚款', '开除党籍', 'A┋B┋D']);
    ws.addRow(['党的纪律处分包括（ ）。', '多选题', '警告', '严重警告', '罚款', '开除党籍', 'A┋E']);
    const rows = await read('bank.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(key(rows[0]!)).toEqual([0, 1, 3]);
    expect(rows[1]).toMatch(/超出选项范围/);
  });

  it('joins a stem broken by a page break before its blank; keeps statements 1）2） as lines', async () => {
    const rows = await text([
      '1．中国共产党第一次全国代表大会于',
      '（  ）年召开。',
      'A．1919　B．1921　C．1927　D．1949',
      '答案：B',
      '2．下列说法中，符合党章规定的是（  ）。',
      '1）党员必须履行党员义务',
      '2）党员应当按期交纳党费',
      'A．1）　B．2）　C．1）2）　D．都不是',
      '答案：C',
    ]);
    expect((rows[0] as Got).stem).toBe('中国共产党第一次全国代表大会于（  ）年召开。');
    expect((rows[1] as Got).stem).toBe(
      '下列说法中，符合党章规定的是（  ）。\n1）党员必须履行党员义务\n2）党员应当按期交纳党费',
    );
  });
});
