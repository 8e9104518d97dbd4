// banks19 causes (fixtures/wild/b19-*): a 解析 naming the answer by its text, not its letter; 填空 answers in
// 【】 inside the sentence; a Word table under a legend saying bold cells are the key.
import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';
import { docxBuffer, markedTable } from './fixtures/wild/office-kit.js';

const ORG = ['1．党的根本组织原则是（ ）。', 'A．集体领导　　B．个人分工负责　　C．民主集中制　　D．少数服从多数'];
const YEARS = ['2．预备党员的预备期为（ ）。', 'A．半年　　B．一年　　C．两年　　D．三年'];

describe('a 解析 naming the answer by its text', () => {
  it('keys an item with no 答案 line where exactly one option reads as the 解析 says', async () => {
    const got = await text([...ORG, '解析：正确答案是民主集中制。党章规定…', ...YEARS, '解析：本题答案为“一年”。']);
    expect(got.map(key)).toEqual([[2], [1]]);
  });

  it('keys nothing where the text is only part of an option or the 解析 quotes the rule', async () => {
    const got = await text([
      ...ORG,
      '解析：正确答案是民主集中。',
      ...YEARS,
      '解析：党章规定，预备党员的预备期为一年。',
    ]);
    expect(got.every((r) => typeof r === 'string' && r.includes('答案'))).toBe(true);
  });

  it('refuses as 不一致 an 答案 whose option is not the one the 解析 names by text', async () => {
    const got = await text([
      ...ORG,
      '答案：C',
      '解析：正确答案是民主集中制。',
      ...YEARS,
      '答案：A',
      '解析：正确答案是一年。',
    ]);
    expect(got[0]).toMatchObject({ correct: [2] });
    expect(got[1]).toEqual(expect.stringContaining('不一致'));
  });

  it('does so in a sheet row keyed only in its 解析', async () => {
    const got = await read(
      'bank.csv',
      [
        '题目,选项A,选项B,选项C,解析',
        '党的根本组织原则是（ ）。,集体领导,民主集中制,党管干部,正确答案为民主集中制。',
      ].join('\n'),
    );
    expect(got.map(key)).toEqual([[1]]);
  });
});

describe('填空 answers in 【】 inside the sentence', () => {
  it('reads each 【】 as a blank holding its answer, in a paper with no 题型 heading', async () => {
    const got = await text([
      '1．党的最高理想和最终目标是实现【共产主义】。',
      '2．党的基层委员会每届任期【三】年至【五】年。',
    ]);
    expect(got.map(key)).toEqual([['共产主义'], ['三', '五']]);
    expect(got[1]).toMatchObject({ fact: '党的基层委员会每届任期三年至五年。' });
  });

  it('takes no label (【例】) and no emphasis in a question (简述【四个意识】…？) for a blank', async () => {
    const got = await text([
      '1．【例】党的最高理想是实现共产主义。',
      '2．简述【四个意识】的内容？',
      '3．预备党员的预备期为【一】年。',
    ]);
    expect(got.map(key)).toEqual([expect.any(String), expect.any(String), ['一']]);
  });

  it('takes a tag opening the stem (set apart by a gap or colon, or said again in it) for no blank', async () => {
    const got = await text([
      '1．【党章】 党的最高理想是实现共产主义。',
      '2．【一大】：会议在上海召开。',
      '3．预备党员的预备期为【一】年。',
      '4．【纪律】党员必须自觉遵守党的纪律。',
    ]);
    expect(got.map(key)).toEqual([expect.any(String), expect.any(String), ['一'], expect.any(String)]);
  });
});

/** The rows, or the reason the whole file was refused. */
const readOrReason = (name: string, data: Buffer) => read(name, data).catch((e: Error) => [e.message]);

/** 题号 | 题目 | A | B | C under `title`, the option cells at each row's keys bold. */
const boldTable = async (title: string, keys: number[][]) =>
  readOrReason(
    'bank.docx',
    await docxBuffer([
      new Paragraph(title),
      markedTable(
        ['题号', '题目', 'A', 'B', 'C'],
        keys.map((k, n) => ({ cells: [String(n + 1), `第${n + 1}题是（ ）。`, '三', '四', '五'], keys: k })),
        { bold: true },
      ),
    ]),
  );

describe('a Word table under a legend naming bold as the key', () => {
  it('keys the bold option cells', async () => {
    const got = await boldTable('党章测试（表中加粗的选项为正确答案）', [[1], [0], [2]]);
    expect(got.map(key)).toEqual([[1], [0], [2]]);
  });

  it('still reads no key from bold cells without such a legend, nor from one column bold in every row', async () => {
    const plain = await boldTable('党章测试', [[1], [0], [2]]);
    expect(plain.every((r) => typeof r === 'string')).toBe(true);
    const column = await boldTable('党章测试（加粗的为正确答案）', [[2], [2], [2]]);
    expect(column.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('a 争上游 collection of 问： and 答： blocks with no numbers', () => {
  it('reads each 问： as an item, its 答： (an option text or a letter) as the key', async () => {
    const got = await text([
      '问：党的根本组织原则是（ ）。',
      'A.集体领导 B.民主集中制 C.党管干部',
      '答：民主集中制',
      '问：预备党员的预备期为（ ）。',
      'A.半年 B.一年 C.两年',
      '答：B',
    ]);
    expect(got.map(key)).toEqual([[1], [1]]);
  });

  it('leaves 问： lines alone where not every one has its 答：', async () => {
    const got = await read(
      'bank.txt',
      [
        '问：党的根本组织原则是（ ）。',
        'A.集体领导 B.民主集中制',
        '问：预备党员的预备期为（ ）。',
        'A.半年 B.一年',
        '答：B',
      ].join('\n'),
    ).catch((e: Error) => [e.message]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('a 解析 text that is no conclusion', () => {
  it('keys nothing from 错误答案是…, 有人认为答案是… or 如果答案为…', async () => {
    const got = await text([
      ...ORG,
      '解析：错误答案是集体领导。',
      ...YEARS,
      '解析：有人认为答案是半年。',
      '3．党的中央委员会每届任期（ ）年。',
      'A．三　　B．四　　C．五　　D．六',
      '解析：如果答案为四，就与党章不符。',
    ]);
    expect(got.every((r) => typeof r === 'string' && r.includes('缺少答案'))).toBe(true);
  });

  it('keeps the letter where a 解析 says 正确答案为B．民主集中制 or 正确答案是五年，故选C', async () => {
    const got = await text([
      ...ORG,
      '解析：正确答案为C．民主集中制。',
      '2．党的中央委员会每届任期（ ）年。',
      'A．三　　B．四　　C．五　　D．六',
      '解析：正确答案是五年，故选C。',
    ]);
    expect(got.map(key)).toEqual([[2], [2]]);
  });
});
