// Causes found with the fixtures option-marks-lower.txt, option-marks-space.txt, key-bare-letter.txt,
// keys-fullwidth.txt, excel-header-low.xlsx and excel-judge-column.xlsx/.xls: option letters in
// lower case or followed by a space only, a key typed bare after the stem or the last option, one
// blank keyed with two answers, a header under a block of notes, 判断 keys in a 对错 column.
// Each test names the shape; the guards keep what no reader could be sure of refused.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';

type Got = { kind?: string; stem?: string; options?: string[]; correct?: number[]; blanks?: { text: string }[] };

async function read(name: string, data: string | Buffer): Promise<(Got | string)[]> {
  const { rows } = await parseBank(name, typeof data === 'string' ? Buffer.from(data) : data);
  return rows.map((r) => (typeof r === 'string' ? r : (normalizeRaw(r) as Got | string)));
}
const text = (lines: string[]) => read('bank.txt', lines.join('\n'));
const item = (r: Got | string) => (typeof r === 'string' ? r : { options: r.options, correct: r.correct });
const FOUR = ['三', '四', '五', '六'];

describe('option letters in lower case or followed by a space only', () => {
  it('reads a．… b．… and a) lines as options A–D', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。',
      'a．三　b．四　c．五　d．六',
      '答案：C',
      '2．党的全国代表大会每（  ）年举行一次。',
      ...['a) 三', 'b) 四', 'c) 五', 'd) 六'],
      '答案：c',
    ]);
    expect(rows.map(item)).toEqual([
      { options: FOUR, correct: [2] },
      { options: FOUR, correct: [2] },
    ]);
  });

  it('reads A 三 lines and A 三　B 四 … on one line', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。',
      ...['A 三', 'B 四', 'C 五', 'D 六'],
      '答案：C',
      '2．党的全国代表大会每（  ）年举行一次。',
      'A 三　　B 四　　C 五　　D 六',
      '答案：C',
    ]);
    expect(rows.map(item)).toEqual([
      { options: FOUR, correct: [2] },
      { options: FOUR, correct: [2] },
    ]);
  });

  it('leaves letters out of order, too few, or not under a question as text', async () => {
    const rows = await text([
      '1．党的根本宗旨是（  ）。',
      ...['A 发展经济', 'C 对外开放'],
      '答案：A',
      '2．党员的义务有哪些？',
      '答：a．认真学习　b．贯彻执行党的决定',
    ]);
    expect(rows[0]).toMatch(/没有选项/);
    expect(rows[1]).toMatchObject({ blanks: [{ text: 'a．认真学习　b．贯彻执行党的决定' }] });
  });
  // banks7: a line of three is read as well (three-option items are common); 维生素 B 族 B 钙 stays
  // refused, as two splits of it are equally likely (banks7-causes.test.ts).
  it('reads A 三 B 四 C 五 D 六 (one space, as Word gives it) where the letters allow one split', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。',
      'A 三 B 四 C 五 D 六',
      '答案：C',
      '2．下列说法正确的是（  ）。',
      'A 维生素 B 族 B 钙 C 铁 D 锌',
      '答案：A',
      '3．党的全国代表大会每（  ）年举行一次。',
      'A 三 B 四 C 五',
      '答案：C',
    ]);
    expect(rows.map(item)).toEqual([
      { options: FOUR, correct: [2] },
      expect.stringMatching(/没有选项/),
      { options: ['三', '四', '五'], correct: [2] },
    ]);
  });

  it('keeps statements a．… b．… in the stem of a 组合选择 whose options A．ab … follow', async () => {
    const rows = await text([
      '1．下列属于党的纪律的是（  ）。',
      ...['a．政治纪律', 'b．组织纪律', 'c．宣传纪律'],
      'A．ab　B．ac　C．bc　D．abc',
      '答案：A',
      '2．下列属于党的纪律的是（  ）。',
      ...['A 政治纪律', 'B 组织纪律', 'C 宣传纪律'],
      'A．AB　B．AC　C．BC　D．ABC',
      '答案：A',
    ]);
    expect(rows.map(item)).toEqual([
      { options: ['ab', 'ac', 'bc', 'abc'], correct: [0] },
      { options: ['AB', 'AC', 'BC', 'ABC'], correct: [0] },
    ]);
  });
});

describe('a key letter typed bare', () => {
  it('after the stem (（ ）。C) or at the end of the last option (D．六　C) is the key', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。C',
      'A．三　B．四　C．五　D．六',
      '2．党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五　D．六　C',
      '3．党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五　D．六',
      '答案：C',
    ]);
    expect(rows.map(item)).toEqual([
      { options: FOUR, correct: [2] },
      { options: FOUR, correct: [2] },
      { options: FOUR, correct: [2] },
    ]);
    expect((rows[0] as Got).stem).toBe('党的全国代表大会每（  ）年举行一次。');
  });

  it('is not read when it names no option, when an option holds Latin letters, or when two disagree', async () => {
    const rows = await text([
      '1．党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五　D．六　G',
      '2．下列说法正确的是（  ）。',
      'A．只有A　B．只有B　C．A 和 B　D．A 和 C',
      '3．党的全国代表大会每（  ）年举行一次。B',
      'A．三　B．四　C．五　D．六　C',
      '4．党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五　D．六',
      '答案：C',
      '5．人体缺乏哪种营养素易患脚气病（  ）。',
      'A．维生素 A　B．维生素 C　C．钙　D．维生素 B',
    ]);
    expect(rows.slice(0, 3)).toEqual([
      expect.stringMatching(/选项后的答案“G”不是这道题的选项字母/),
      expect.stringMatching(/缺少答案/),
      expect.stringMatching(/不一致/),
    ]);
    // A capital after one space ends an option's own text (维生素 B), never a key.
    expect(rows[4]).toEqual(expect.stringMatching(/缺少答案/));
  });
});

describe('填空 keys', () => {
  it('refuses one blank keyed with two answers (五；六), keeps two blanks keyed 甲；乙', async () => {
    const rows = await text([
      '一、填空题',
      '1．党的全国代表大会每______年举行一次。',
      '答案：五；六',
      '2．党的组织原则是______，党的根本宗旨是______。',
      '答案：民主集中制；全心全意为人民服务',
    ]);
    expect(rows[0]).toMatch(/1 个空，但答案有 2 个/);
    expect((rows[1] as Got).blanks?.map((b) => b.text)).toEqual(['民主集中制', '全心全意为人民服务']);
  });
});

async function sheet(rows: unknown[][], more: Record<string, unknown[][]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, table] of Object.entries({ 题库: rows, ...more })) {
    const ws = wb.addWorksheet(name);
    for (const r of table) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const HEAD = ['题型', '题目', '选项A', '选项B', '选项C', '选项D', '答案'];
const ROW = ['单选', '党的全国代表大会每（ ）年举行一次。', ...FOUR, 'C'];

describe('Excel banks', () => {
  it('finds a header under seven rows of notes', async () => {
    const notes = Array.from({ length: 7 }, (_, i) => [`出题说明第${i + 1}条：本题库依据党章编写。`]);
    expect((await read('b.xlsx', await sheet([...notes, HEAD, ROW]))).map(item)).toEqual([
      { options: FOUR, correct: [2] },
    ]);
  });

  it('reads 判断 keys from a 对错 column; refuses a row whose 答案 and 对错 disagree', async () => {
    const head = [...HEAD, '对错'];
    const judge = (stem: string, a: string, j: string) => ['判断', stem, '', '', '', '', a, j];
    const rows = await read(
      'b.xlsx',
      await sheet([
        head,
        [...ROW, ''],
        judge('预备党员有表决权。', '', '错误'),
        judge('党员必须自觉遵守党的纪律。', '对', '正确'),
        judge('党员可以搞特权。', '对', '错误'),
      ]),
    );
    expect(rows.slice(0, 3).map(item)).toEqual([
      { options: FOUR, correct: [2] },
      { options: ['正确', '错误'], correct: [1] },
      { options: ['正确', '错误'], correct: [0] },
    ]);
    expect(rows[3]).toMatch(/与对错列“错误”不一致/);
  });

  it('joins a key sheet (题号 | 答案) to the question sheet by number; refuses numbers that do not pair', async () => {
    const paper = [
      ['序号', '题目', '选项A', '选项B', '选项C', '选项D'],
      [1, '党的全国代表大会每（ ）年举行一次。', ...FOUR],
      [2, '党的纪律处分有（ ）种。', '三', '四', '五', '六'],
    ];
    const keyed = await read(
      'b.xlsx',
      await sheet(paper, {
        答案: [
          ['题号', '答案'],
          [2, 'C'],
          [1, 'C'],
        ],
      }),
    );
    expect(keyed.map(item)).toEqual([
      { options: FOUR, correct: [2] },
      { options: FOUR, correct: [2] },
    ]);
    const extra = sheet(paper, {
      答案: [
        ['题号', '答案'],
        [1, 'C'],
        [2, 'C'],
        [3, 'A'],
      ],
    });
    await expect(read('b.xlsx', await extra)).rejects.toThrow(/不一一对应/);
  });
});
