// Bank shapes added with fixtures/wild's word-judge-brackets, judge-brackets, key-list-* and
// word-table-bank files: what each change decides, in the smallest bank that shows it.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw, type RawItem } from '../../../electron/core/quiz/import-normalize.js';
import { judgeTail } from '../../../electron/core/quiz/judge-tail.js';

const rows = async (name: string, data: string | Buffer) =>
  (await parseBank(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)).rows.map((r) =>
    typeof r === 'string' ? r : normalizeRaw(r as RawItem),
  );
const key = (r: unknown) => (typeof r === 'string' ? r : (r as { correct: number[] }).correct);

test('√ and × each in its own brackets are the pair printed for the reader, not a typed ×', () => {
  expect(judgeTail('预备党员有表决权。（√）（×）')?.marks.map((m) => m.text)).toEqual(['√', '×']);
  expect(judgeTail('预备党员有表决权。( √ ) ( × )')?.statement).toBe('预备党员有表决权。');
  expect(judgeTail('预备党员有表决权。【√】【×】')?.marks).toHaveLength(2);
  // Without the first bracket it is no pair.
  expect(judgeTail('预备党员有表决权。√）（×）')?.marks.length ?? 0).not.toBe(2);
});

test('a 判断 printed with （√）（×） and no key is refused; with a typed key it takes that key', async () => {
  const got = await rows(
    'b.txt',
    [
      '一、判断题',
      '1. 党员必须执行党的决定。（√）（×）',
      '答案：√',
      '2. 党员可以不交党费。（√）（×）',
      '3. 党员应当参加组织生活。（√）（×）',
      '答案：对',
    ].join('\n'),
  );
  expect(key(got[0])).toEqual([0]);
  expect(got[1]).toMatch(/缺少答案/); // the old reader took the printed （×） as the key
  expect(key(got[2])).toEqual([0]);
  expect((got[0] as { stem: string }).stem).toBe('党员必须执行党的决定。');
});

const paper = [
  '一、单选题',
  '1. 甲（ ）。',
  'A. 子 B. 丑 C. 寅',
  '2. 乙（ ）。',
  'A. 子 B. 丑 C. 寅',
  '二、判断题',
  '1. 丙。',
  '2. 丁。',
];

test('a key list naming its sections by number only (一、1-2 AB) keys each section', async () => {
  const got = await rows('k.txt', [...paper, '参考答案', '一、1-2：CB', '二、1、对 2、错'].join('\n'));
  expect(got.map(key)).toEqual([[2], [1], [0], [1]]);
});

test('a key section numbered for a section the paper does not have keys nothing', async () => {
  const got = await rows('k.txt', [...paper, '参考答案', '一、1.C 2.B', '三、1.√ 2.×'].join('\n'));
  expect(got.slice(0, 2).map(key)).toEqual([[2], [1]]);
  expect(got[2]).toMatch(/卷末答案中找不到/);
  expect(got[3]).toMatch(/卷末答案中找不到/);
});

test('a key list with a key for a number no item has refuses that section rather than keying it', async () => {
  const got = await rows(
    'k.txt',
    [...paper, '参考答案', '一、单选题', '1.C 2.B', '二、判断题', '1.√ 2.√ 3.×'].join('\n'),
  );
  expect(got.slice(0, 2).map(key)).toEqual([[2], [1]]);
  expect(got[2]).toMatch(/判断题第 3 题.*题目中却没有这道题/);
  expect(got[3]).toMatch(/题目中却没有这道题/);
  // Without sections: the whole list does not fit, nothing is keyed.
  const flat = await rows(
    'f.txt',
    ['1. 甲（ ）。', 'A. 子 B. 丑', '2. 乙（ ）。', 'A. 子 B. 丑', '参考答案：1.A 2.B 3.A'].join('\n'),
  );
  expect(flat.every((r) => typeof r === 'string' && r.includes('第 3 题'))).toBe(true);
});

test('a Word bank laid out as a table is read by its header; a 题型 merged down stands for each row', async () => {
  const cell = (text: string, merge?: 'start' | 'go') =>
    new TableCell({
      children: [new Paragraph(text)],
      ...(merge ? { verticalMerge: merge === 'start' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    });
  const table = new Table({
    rows: [
      new TableRow({ children: ['题型', '题干', '选项', '答案'].map((t) => cell(t)) }),
      new TableRow({ children: [cell('判断题', 'start'), cell('党员必须遵守党的纪律。'), cell(''), cell('对')] }),
      new TableRow({ children: [cell('', 'go'), cell('党员可以搞特权。'), cell(''), cell('错')] }),
      new TableRow({
        children: [cell('单选题'), cell('党的根本宗旨是（ ）。'), cell('A.为人民服务 B.发展经济'), cell('A')],
      }),
    ],
  });
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
  const got = await rows('表格题库.docx', docx);
  expect(got.map((r) => (r as { kind: string }).kind)).toEqual(['判断', '判断', '单选']);
  expect(got.map(key)).toEqual([[0], [1], [0]]);
});

test('answer lines written （B） or [答案] B are read; √ in the stem and 正确 on the answer line agree', async () => {
  const got = await rows(
    'a.txt',
    [
      '一、单选题',
      '1. 甲（ ）。',
      'A. 子 B. 丑 C. 寅',
      '答案：（B）',
      '2. 乙（ ）。',
      'A. 子 B. 丑 C. 寅',
      '[答案] C',
      '二、判断题',
      '1. 丙。（√）',
      '答案：正确',
      '2. 丁。（ 错 ）',
      '答案：×',
      '3. 戊。（√）',
      '答案：错误',
    ].join('\n'),
  );
  expect(got.slice(0, 4).map(key)).toEqual([[1], [2], [0], [1]]);
  expect(got[4]).toMatch(/不一致/);
});

test('a 判断 whose answer is no truth word is refused, not made a 填空', async () => {
  const got = await rows('j.txt', ['二、判断题', '1. 丙。', '答案：对的', '2. 丁。', '答案：√（正确）'].join('\n'));
  expect(got[0]).toMatch(/判断题的答案“对的”不是“正确”或“错误”/);
  expect(got[1]).toMatch(/不是“正确”或“错误”/);
  // An empty answer stays 缺少答案.
  expect(normalizeRaw({ stem: '丙。', options: [], answer: '', explanation: '', tags: [], type: '判断' })).toBe(
    '缺少答案',
  );
});

test('a Word table without a 题型 column takes the 题型 of the heading above it', async () => {
  const table = (rows: string[][]) =>
    new Table({
      rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
    });
  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('二、多项选择题'),
            table([
              ['题目', '选项', '答案'],
              ['党的纪律处分有（ ）。', 'A.罚款 B.严重警告', 'B'],
              ['“四个自信”包括（ ）。', 'A.道路自信 B.理论自信', 'AB'],
            ]),
          ],
        },
      ],
    }),
  );
  const got = await rows('分节表格.docx', docx);
  expect(got.map((r) => (r as { kind: string }).kind)).toEqual(['多选', '多选']);
  expect(got.map(key)).toEqual([[1], [0, 1]]);
});

test('a key list that repeats a number without naming sections keys nothing (never the later key)', async () => {
  const got = await rows(
    'r.txt',
    [
      '1. 甲（ ）。',
      'A. 子 B. 丑',
      '2. 乙（ ）。',
      'A. 子 B. 丑',
      '3. 丙（ ）。',
      'A. 子 B. 丑',
      '参考答案',
      '1.A 2.A',
      '1.B',
    ].join('\n'),
  );
  expect(got.every((r) => typeof r === 'string' && r.includes('第 1 题出现了不止一次'))).toBe(true);
});

test('key list numbers written （1）A or 1）A are read, also after 参考答案： on one line', async () => {
  const q = ['1. 甲（ ）。', 'A. 子 B. 丑 C. 寅', '2. 乙（ ）。', 'A. 子 B. 丑 C. 寅'];
  expect((await rows('a.txt', [...q, '参考答案', '（1）B（2）C'].join('\n'))).map(key)).toEqual([[1], [2]]);
  expect((await rows('b.txt', [...q, '参考答案：1）C 2）A'].join('\n'))).map(key)).toEqual([[2], [0]]);
});

test('a key typed before the options (…（ ）答案：B, then A. B. C.) keeps the options', async () => {
  const got = await rows(
    'k.txt',
    ['1. 甲（ ）答案：B', 'A. 子 B. 丑', '2. 乙（ ）', '答案：A', 'A. 子', 'B. 丑'].join('\n'),
  );
  expect(got.map(key)).toEqual([[1], [0]]);
  expect(got.map((r) => (r as { options: string[] }).options)).toEqual([
    ['子', '丑'],
    ['子', '丑'],
  ]);
});

test('a Word bank with numbered items in text and a bank table reads both', async () => {
  const table = new Table({
    rows: [
      ['题目', '答案'],
      ['党员必须遵守党的纪律。', '√'],
    ].map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
  });
  const text = ['1. 甲（ ）。', 'A. 子 B. 丑', '答案：B', '2. 乙（ ）。', 'A. 子 B. 丑', '答案：A', '二、判断题'];
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: [...text.map((t) => new Paragraph(t)), table] }] }),
  );
  expect((await rows('混合.docx', docx)).map(key)).toEqual([[1], [0], [0]]);
});
