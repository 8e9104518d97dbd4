// banks22 causes (fixtures/wild/b22-*): a written answer wrapped onto a second line of the key list, a
// 判断 mark alone on the line under its statement, and a case passage typed with no blank line after
// its items.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const OPTS = 'A．半年　　B．一年　　C．两年　　D．三年';

describe('a written answer wrapped in the key list', () => {
  it('keeps the line under a 简答 entry that stops mid-sentence as part of it', async () => {
    const rows = await text([
      '1．党的纪律处分有哪几种？',
      '2．“两个维护”指什么？',
      '参考答案',
      '1．警告、严重警告、撤销党内职务、留党察看、开除党籍。',
      '2．坚决维护核心地位，',
      '坚决维护党中央权威和集中统一领导。',
    ]);
    expect(rows.map(key)).toEqual([
      ['警告、严重警告、撤销党内职务、留党察看、开除党籍。'],
      ['坚决维护核心地位，\n坚决维护党中央权威和集中统一领导。'],
    ]);
  });

  it('does not add a short line with no end mark after a finished answer (a footer)', async () => {
    const rows = await text([
      '1．党的根本宗旨是什么？',
      '2．党的根本组织原则是什么？',
      '参考答案',
      '1．全心全意为人民服务。',
      '2．民主集中制。',
      '第2页',
    ]);
    expect(rows.map(key)).toEqual([['全心全意为人民服务。'], ['民主集中制。']]);
  });
});

describe('a 填空 word in the key list takes no line after it', () => {
  it('keeps 人民 as the key though a line with no number follows', async () => {
    const rows = await text([
      '1．党的根本宗旨是全心全意为（　　）服务。',
      '2．根本组织原则是（　　）。',
      '参考答案',
      '1．人民',
      '2．民主集中制',
      '本卷共2题。',
    ]);
    expect(rows.map(key)).toEqual([['人民'], ['民主集中制']]);
  });
});

describe('a 判断 mark alone on the line under its statement', () => {
  it('keys √, × and 错误 typed under the statement', async () => {
    const rows = await text([
      '判断题',
      '1．党员必须交纳党费。',
      '√',
      '2．预备党员有表决权。',
      '×',
      '3．纪律处分有四种。',
      '错误',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [1]]);
    expect((rows[1] as Got).stem).toBe('预备党员有表决权。');
  });

  it('leaves a mark under the options to the option-mark rules (here: it disagrees with the 答案 line)', async () => {
    const rows = await text(['1．预备期为（ ）。', OPTS, '√', '答案：B', '2．预备期为（ ）。', OPTS, '答案：B']);
    expect(rows[0]).toContain('不一致');
    expect(key(rows[1]!)).toEqual([1]);
  });
});

describe('a case passage with no blank line after its items', () => {
  const CASE = '【案例】某局干部李某，利用职务便利为亲属承揽工程提供帮助。';
  it('ends at the first item that no longer asks about it (by its person or a pointing word)', async () => {
    const rows = await text([
      CASE,
      '1．李某的行为违反了（ ）。',
      'A．政治纪律　B．廉洁纪律',
      '答案：B',
      '2．该干部应当首先接受（ ）。',
      'A．谈话提醒　B．表扬',
      '答案：A',
      '3．预备党员的预备期为（ ）。',
      OPTS,
      '答案：B',
    ]);
    expect((rows[1] as Got).stem).toBe(`${CASE}\n该干部应当首先接受（ ）。`);
    expect((rows[2] as Got).stem).toBe('预备党员的预备期为（ ）。');
  });

  it('stays over an item that points back by 他 or 她', async () => {
    const rows = await text([
      CASE,
      '1．李某的行为违反了（ ）。',
      'A．政治纪律　B．廉洁纪律',
      '答案：B',
      '2．他应当首先接受（ ）。',
      'A．谈话提醒　B．表扬',
      '答案：A',
    ]);
    expect((rows[1] as Got).stem).toBe(`${CASE}\n他应当首先接受（ ）。`);
  });

  it('stays over every item of a 材料 section, asking about it or not', async () => {
    const rows = await text([
      '一、材料分析题',
      '材料：某党支部连续三个月未召开支部党员大会。',
      '1．该党支部违反了（ ）制度。',
      'A．三会一课　B．民主评议',
      '答案：A',
      '2．支部党员大会一般每（ ）召开一次。',
      'A．月　B．季度',
      '答案：B',
    ]);
    expect((rows[1] as Got).stem).toBe(
      '材料：某党支部连续三个月未召开支部党员大会。\n支部党员大会一般每（ ）召开一次。',
    );
  });
});

describe('a key list named by the 题型 it answers', () => {
  it('reads 二、填空题答案 and 简答题参考答案 as key lists, not as sections of items', async () => {
    const fill = await text([
      '一、填空题',
      '1．党的最高理想是实现（　　）。',
      '2．根本组织原则是（　　）。',
      '二、填空题答案',
      '1．共产主义',
      '2．民主集中制',
    ]);
    expect(fill.map(key)).toEqual([['共产主义'], ['民主集中制']]);
    const essay = await text([
      '简答题',
      '1．党的根本宗旨是什么？',
      '2．党的根本组织原则是什么？',
      '简答题参考答案',
      '1．答：全心全意为人民服务。',
      '2．答：民主集中制。',
    ]);
    expect(essay.map(key)).toEqual([['全心全意为人民服务。'], ['民主集中制。']]);
  });

  it('still reads 二、填空题 as a section of items', async () => {
    const rows = await text([
      '二、填空题',
      '1．党的最高理想是实现（　　）。',
      '答案：共产主义',
      '2．根本组织原则是（　　）。',
      '答案：民主集中制',
    ]);
    expect(rows.map(key)).toEqual([['共产主义'], ['民主集中制']]);
  });
});

describe('答案（A） at the end of the options line', () => {
  it('keys the item after a wide gap', async () => {
    const rows = await text([
      '1．预备期为（ ）。',
      `${OPTS}　　答案（B）`,
      '2．考察期为（ ）。',
      `${OPTS}　　答案（C）`,
    ]);
    expect(rows.map(key)).toEqual([[1], [2]]);
    expect((rows[0] as Got).options).toEqual(['半年', '一年', '两年', '三年']);
  });
});

describe('a key table whose 题号 cells are ranges', () => {
  it('keys each number a range spans, one key each', async () => {
    const rows = await text([
      '1．预备期为（ ）。',
      OPTS,
      '2．考察期为（ ）。',
      OPTS,
      '3．党员必须交纳党费。（ ）',
      '参考答案',
      '题号\t1-2\t3',
      '答案\tBA\t√',
    ]);
    expect(rows.map(key)).toEqual([[1], [0], [0]]);
  });

  it('reads a table of one range cell (题号 | 1-2 over 答案 | BA)', async () => {
    const rows = await text([
      '1．预备期为（ ）。',
      OPTS,
      '2．考察期为（ ）。',
      OPTS,
      '参考答案',
      '题号\t1-2',
      '答案\tBA',
    ]);
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('keys none where a range’s keys do not count out', async () => {
    const rows = await text([
      '1．预备期为（ ）。',
      OPTS,
      '2．预备期为（ ）。',
      OPTS,
      '参考答案',
      '题号\t1-2',
      '答案\tBAC',
    ]);
    expect(rows.every((r) => typeof r === 'string')).toBe(true);
  });
});
