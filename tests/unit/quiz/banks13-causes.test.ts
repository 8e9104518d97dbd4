// banks13 causes (fixtures/wild/b13-*): a bare 答案： over the key and its 解析； key sections named
// （一）（二）; 【参考答案】 lists after each section; a short quiz numbering its items 一、二、三;
// option lines labelled 选项A：; an exam system's 试题1【单选题】 header over a 题干： block. Guards keep
// what must stay refused or unread.
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';
import { docxBuffer, p, table } from './fixtures/wild/office-kit.js';

const options = ['A．三', 'B．四', 'C．五', 'D．六'];
// Each number its own question (甲, 乙, 丙 …): one question keyed two ways in a paper is refused.
const stem = (n: number | string, mark = '．') => [`${n}${mark}${nameOf(n)}是（ ）。`, ...options];
const nameOf = (n: number | string) =>
  '甲乙丙丁戊己庚辛壬癸'[(typeof n === 'number' ? n - 1 : Math.max(0, '一二三四五六七八九十'.indexOf(n))) % 10];

describe('a bare 答案： over the key, then its 解析', () => {
  it('reads the line under the mark as the item’s key when 解析 follows it', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      '答案：',
      'B',
      '解析：',
      '乙。',
      ...stem(2),
      '答案：',
      'C',
      '解析：',
      '丙。',
    ]);
    expect(got.map(key)).toEqual([[1], [2]]);
  });

  it('still reads 答案： over letters and a heading as a key list', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      ...stem(2),
      '答案：',
      'BC',
      '二、判断题',
      '1．甲对。',
      '答案：对',
    ]);
    expect(got.map(key).slice(0, 2)).toEqual([[1], [2]]);
  });
});

describe('key sections named （一）（二）', () => {
  it('matches （一）1．B and (二) 1-2 √× to the paper’s own sections （一）(二)', async () => {
    const got = await text([
      '（一）单项选择题',
      ...stem(1),
      ...stem(2),
      '(二)判断题',
      '1．甲对。',
      '2．乙对。',
      '参考答案',
      '(一)1．B　2．C',
      '（二）1-2 √×',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [0], [1]]);
  });

  it('answers nothing where the paper has no section of that name', async () => {
    const got = await text([
      '（一）单项选择题',
      ...stem(1),
      '(二)判断题',
      '1．甲对。',
      '参考答案',
      '（三）1．B',
      '（四）1．√',
    ]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('【参考答案】 after each section', () => {
  it('reads 【参考答案】1-2：BC as the list of the section above it', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      ...stem(2),
      '【参考答案】1-2：BC',
      '二、多选题',
      ...stem(1),
      '【参考答案】1．AB',
      '三、判断题',
      '1．甲对。',
      '2．乙对。',
      '【参考答案】1-2：√×',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [0, 1], [0], [1]]);
  });

  it('keys no section where the list could also be another unkeyed section’s', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      ...stem(2),
      '二、判断题',
      '1．甲对。',
      '2．乙对。',
      '【参考答案】1-2：√×',
    ]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('items numbered 一、二、三', () => {
  it('reads them as items where every such line asks over options or has an answer under it', async () => {
    const got = await text([
      '党史小测验',
      ...stem('一', '、'),
      '答案：B',
      ...stem('二', '、'),
      '答案：C',
      '三．甲对。',
      '答案：正确',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [0]]);
  });

  it('leaves a file whose 一、 lines are headings or do not run in order unread', async () => {
    await expect(
      text([
        '一、党章知识',
        '甲是（ ）。',
        ...options,
        '答案：B',
        '二、党史知识',
        '乙是（ ）。',
        ...options,
        '答案：C',
      ]),
    ).rejects.toThrow();
    await expect(text([...stem('一', '、'), '答案：B', ...stem('三', '、'), '答案：C'])).rejects.toThrow();
  });
});

describe('exam-system blocks', () => {
  it('reads option lines labelled 选项A： 选项B． as the options', async () => {
    const got = await text([
      '1．甲是（ ）。',
      '选项A：三',
      '选项B．四',
      '选项C、五',
      '答案：B',
      '2．乙是（ ）。',
      '选项A：三',
      '选项B：四',
      '答案：A',
    ]);
    expect(got).toMatchObject([
      { options: ['三', '四', '五'], correct: [1] },
      { options: ['三', '四'], correct: [0] },
    ]);
  });

  it('keeps the 题型 of a 试题1【单选题】 header: a 单选 keyed AB is refused, not read as a 多选', async () => {
    const got = await text([
      '试题1【单选题】【分值：1分】【难度：易】',
      '题干：甲是（ ）。',
      ...options,
      '答案：AB',
      '试题2【多选题】【分值：2分】',
      '题干：乙是（ ）。',
      ...options,
      '答案：AB',
      '解析：丙。',
    ]);
    expect(typeof got[0]).toBe('string');
    expect(got[1]).toMatchObject({ kind: '多选', correct: [0, 1] });
  });
});

describe('key tables headed 正确答案', () => {
  it('reads a 题号 row over a 正确答案 row', async () => {
    const got = await text(['一、单选题', ...stem(1), ...stem(2), '参考答案', '题号\t1\t2', '正确答案\tB\tC']);
    expect(got.map(key)).toEqual([[1], [2]]);
  });

  it('reads a table one item to a row under 题号 | 正确答案 with no title over it', async () => {
    const got = await text(['一、单选题', ...stem(1), ...stem(2), '题号\t正确答案', '1\tB', '2\tC']);
    expect(got.map(key)).toEqual([[1], [2]]);
  });
});

describe('Word key tables of 题号 | 答案 pairs', () => {
  const paper = (rows: string[][]) =>
    docxBuffer([
      p('一、单项选择题'),
      ...[1, 2, 3, 4].flatMap((n) => [p(`${n}．甲${n}是（ ）。`), p('A．三　B．四　C．五　D．六')]),
      p('参考答案'),
      table(rows),
    ]);

  it('keys each item by the number beside its key, the pairs numbered down the columns', async () => {
    const got = await read(
      'bank.docx',
      await paper([
        ['题号', '答案', '题号', '答案'],
        ['1', 'A', '3', 'C'],
        ['2', 'B', '4', 'D'],
      ]),
    );
    expect(got.map(key)).toEqual([[0], [1], [2], [3]]);
  });

  it('keys nothing from such a table whose cells are not all numbers and keys (never in the cells’ order)', async () => {
    const got = await read(
      'bank.docx',
      await paper([
        ['题号', '答案', '题号', '答案'],
        ['1', 'A', '3', 'C'],
        ['二', 'B', '4', 'D'],
      ]),
    ).catch((e: Error) => [e.message]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('exam-system fields around the stem', () => {
  it('drops （分值：2分，难度：易） after the stem and reads （单选题，2分，难度：易） as the item’s 题型', async () => {
    const got = await text([
      '1.【单选题】甲是（ ）。（分值：2分，难度：易）',
      ...options,
      '正确答案：C',
      '第2题（单选题，2分，难度：中）',
      '乙是（ ）。',
      ...options,
      '正确答案：AB',
    ]);
    expect(got[0]).toMatchObject({ stem: '甲是（ ）。', correct: [2] });
    expect(typeof got[1]).toBe('string');
  });

  it('reads 题型：单选题 under the stem as its 题型 and drops 分数： and 难度系数： lines', async () => {
    const item = (n: number, type: string, answer: string) => [
      `${n}、甲是（ ）。`,
      `题型：${type}`,
      '分数：2',
      '难度系数：0.8',
      ...options,
      `答案：${answer}`,
    ];
    const got = await text([...item(1, '多选题', 'AB'), ...item(2, '单选题', 'AB')]);
    expect(got[0]).toMatchObject({ kind: '多选', stem: '甲是（ ）。', correct: [0, 1] });
    expect(typeof got[1]).toBe('string');
  });
});
