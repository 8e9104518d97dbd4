// banks11 causes (fixtures/wild/b11-*): an exam system's 难度 / 分值 / 知识点 fields after the key;
// 判断 keyed T/F after a wide gap; a key table pasted as a Markdown table; key sections named
// 第一部分; 填空 keyed in 【】; the key alone in brackets under the options. Guards keep what must
// stay refused.
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';

const options = ['A．三', 'B．四', 'C．五', 'D．六'];

describe('answer lines with an exam system fields after the key', () => {
  it('reads the key before 难度, 分值, 所属章节 and drops a 知识点 line', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      ...options,
      '答案：B　　难度：易　　分值：1',
      '2．乙是（ ）。',
      ...options,
      '正确答案：C　　题目难度：较难　　所属章节：纪律处分',
      '知识点：党章第十条',
      '判断题',
      '3．丙是对的。',
      '答案：错误　　难度：易',
    ]);
    expect(rows.map(key)).toEqual([[1], [2], [1]]);
  });

  it('reads the key before 【难度】 and 【知识点】 glued to it', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      ...options,
      '【答案】A【难度】易【知识点】党章总纲',
      '2．乙是（ ）。',
      ...options,
      '【答案】D',
    ]);
    expect(rows.map(key)).toEqual([[0], [3]]);
  });

  it('keeps words in a stem that only look like such a field', async () => {
    const rows = await text([
      '1．这道题难度：易（ ）。',
      ...options,
      '答案：A',
      '2．乙是（ ）。',
      ...options,
      '答案：B',
    ]);
    expect(rows.map((r) => (typeof r === 'string' ? r : r.stem))).toEqual(['这道题难度：易（ ）。', '乙是（ ）。']);
  });
});

describe('判断 keyed T/F after a wide gap', () => {
  it('reads T and F at the end of a statement in a 判断 section', async () => {
    const rows = await text(['判断题', '1．甲是对的。　　　T', '2．乙是对的。      F']);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });

  it('does not read a letter after a gap outside a 判断 section', async () => {
    await expect(text(['1．维生素的一种是　　　C', '2．乙是　　　F'])).rejects.toThrow('未能识别文本题库');
  });
});

describe('key tables and key sections', () => {
  it('reads a key table pasted as a Markdown table', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      ...options,
      '2．乙是（ ）。',
      ...options,
      '参考答案',
      '| 题号 | 1 | 2 |',
      '| --- | --- | --- |',
      '| 答案 | B | D |',
    ]);
    expect(rows.map(key)).toEqual([[1], [3]]);
  });

  it('matches key sections named 第一部分 to the paper parts of that name', async () => {
    const rows = await text([
      '第一部分　单项选择题',
      '1．甲是（ ）。',
      ...options,
      '第二部分　判断题',
      '1．乙是对的。',
      '参考答案',
      '第一部分：1．C',
      '第二部分：1．×',
    ]);
    expect(rows.map(key)).toEqual([[2], [1]]);
  });
});

describe('keys written beside the item', () => {
  it('reads 填空 keys in 【】 after the underline or at the end of the sentence', async () => {
    const rows = await text(['填空题', '1．甲的原则是______【民主集中制】。', '2．任期______年至______年。【三；五】']);
    expect(rows.map(key)).toEqual([['民主集中制'], ['三', '五']]);
  });

  it('reads a 多选 key list whose letters are parted by spaces, and no key from letters left over', async () => {
    const items = ['多项选择题', '1．甲有（ ）。', ...options, '2．乙有（ ）。', ...options, '参考答案：'];
    expect((await text([...items, '1．A B C　　2．A B D'])).map(key)).toEqual([
      [0, 1, 2],
      [0, 1, 3],
    ]);
    const stray = await text([...items, '1．A　B　C　　2．A　B　D']).catch((e: Error) => [e.message]);
    expect(stray.every((r) => typeof r === 'string')).toBe(true);
  });

  it('reads a key in brackets after a wide gap at the end of the options line', async () => {
    const rows = await text([
      '1．甲是（ ）。',
      'A．三　B．四　C．五　D．六　　（C）',
      '2．乙是（ ）。',
      'A．三　B．四　C．五　D．六      (A)',
    ]);
    expect(rows.map(key)).toEqual([[2], [0]]);
  });

  it('reads a key alone in brackets on the line under the options', async () => {
    const rows = await text(['1．甲是（ ）。', ...options, '（B）', '2．乙是（ ）。', ...options, '（D）']);
    expect(rows.map(key)).toEqual([[1], [3]]);
  });
});

describe('Word paragraphs with soft line breaks', () => {
  it('reads a stem, its options and its 答案 parted by Shift+Enter as lines', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const lines = (...ls: string[]) =>
      new Paragraph({ children: ls.map((t, i) => new TextRun({ text: t, break: i === 0 ? 0 : 1 })) });
    const doc = new Document({
      sections: [
        {
          children: [
            lines('1．甲是（ ）。', 'A．三', 'B．四', 'C．五', 'D．六', '答案：C'),
            lines('2．乙是（ ）。', 'A．三', 'B．四', 'C．五', 'D．六', '答案：A'),
          ],
        },
      ],
    });
    const rows = await read('bank.docx', await Packer.toBuffer(doc));
    expect(rows.map(key)).toEqual([[2], [0]]);
  });
});

describe('more ways of writing the key', () => {
  it('reads 答案选项 beside 正确答案 as the choices and the key', async () => {
    const csv = [
      '试题类型,试题题干,答案选项,正确答案',
      '单选题,甲是（ ）。,A:三|B:四|C:五|D:六,B',
      '单选题,乙是（ ）。,A:三|B:四|C:五|D:六,D',
    ];
    const rows = await read('bank.csv', csv.join('\n'));
    expect(rows.map(key)).toEqual([[1], [3]]);
    expect(rows.map((r) => (typeof r === 'string' ? r : r.options))[0]).toEqual(['三', '四', '五', '六']);
  });

  it('reads a written answer under 【答案要点】', async () => {
    const rows = await text([
      '简答题',
      '1．甲是什么？',
      '【答案要点】甲是民主集中制。',
      '2．乙是什么？',
      '答：乙是五年。',
    ]);
    expect(rows.map(key)).toEqual([['甲是民主集中制。'], ['乙是五年。']]);
  });

  it('reads a letter and its option text parted by a space, and refuses them when they differ', async () => {
    const rows = await text(['1．甲是（ ）。', ...options, '答案：B 四', '2．乙是（ ）。', ...options, '答案：B 五']);
    expect(key(rows[0]!)).toEqual([1]);
    expect(rows[1]).toContain('不一致');
  });
});
