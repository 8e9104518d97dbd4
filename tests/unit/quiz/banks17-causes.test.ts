// banks17 causes (fixtures/wild/b17-*): a key list of Y/N, options numbered (1)(2), a √ before a page's
// footer, 问卷星's ┋ between options in a cell, the next passage of a 材料 section with no label, a key
// named only by the 解析 (故选B), a numbered paper with no key anywhere, one blank keyed with two words.
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';

describe('keys written otherwise', () => {
  it('reads a key list of Y and N, never the first entry running on to the line end', async () => {
    const got = await text([
      '判断题',
      '1．甲是对的。',
      '2．乙是对的。',
      '3．丙是对的。',
      '参考答案：',
      '1．Y　2．N　3．Y',
    ]);
    expect(got.map(key)).toEqual([[0], [1], [0]]);
  });

  it('reads options numbered (1)(2)(3) keyed (2) or 2, as ①②③ are', async () => {
    const got = await text([
      '1．甲成立于（ ）。',
      '(1)1945年　(2)1949年　(3)1950年',
      '答案：(2)',
      '2．乙召开于（ ）。',
      '(1)1934年　(2)1935年　(3)1936年',
      '答案：1',
    ]);
    expect(got.map(key)).toEqual([[1], [0]]);
    expect(typeof got[0] !== 'string' && got[0]!.options).toEqual(['1945年', '1949年', '1950年']);
  });

  it('reads options numbered （1）（2）（3） one to a line as options, not as items', async () => {
    const got = await text([
      '1．甲成立于（ ）。',
      '（1）1945年',
      '（2）1949年',
      '（3）1950年',
      '答案：（2）',
      '2．乙是（ ）。',
      'A．三　B．四',
      '答案：B',
    ]);
    expect(got.map(key)).toEqual([[1], [1]]);
    expect(typeof got[0] !== 'string' && got[0]!.options).toEqual(['1945年', '1949年', '1950年']);
  });

  it('reads a 解析 that rejects a reported view (有人认为应选A) before concluding 故选B', async () => {
    const got = await text([
      '1．甲是（ ）。',
      'A．三　　B．四',
      '解析：有人认为应选A，但党章规定为四，故选B。',
      '2．乙是（ ）。',
      'A．三　　B．四',
      '答案：A',
    ]);
    expect(got.map(key)).toEqual([[1], [0]]);
  });

  it('takes a √ or × answer as the key and the lines after it (a footer) as no part of it', async () => {
    const got = await text(['1．甲是对的。（ ）', '答案：√', '2．乙是对的。（ ）', '答案：×', '版权所有 © 某某网']);
    expect(got.map(key)).toEqual([[0], [1]]);
  });

  it('splits an options cell parted by 问卷星’s ┋', async () => {
    const csv = ['题目,题型,选项,正确答案', '甲是（ ）。,多选题,A.三┋B.四┋C.五,A┋C', '乙对吗,判断题,A.对┋B.错,B'].join(
      '\n',
    );
    const got = await read('bank.csv', csv);
    expect(got.map(key)).toEqual([[0, 2], [1]]);
    expect(typeof got[0] !== 'string' && got[0]!.options).toEqual(['三', '四', '五']);
  });

  it('keys an item with no 答案 line by its 解析’s 故选B; none where the 解析 names two answers or none', async () => {
    const item = (n: number, note: string) => [`${n}．甲是（ ）。`, 'A．三　　B．四　　C．五', `【解析】${note}`];
    const got = await text([
      ...item(1, '党章规定为四，故选B。'),
      ...item(2, '旧本故选A，新本因此选C。'),
      ...item(3, '党章第三条。'),
      ...['4．乙是（ ）。', 'A．三　　B．四', '答案：A'],
    ]);
    expect(got.map(key)).toEqual([[1], '缺少答案', '缺少答案', [0]]);
  });

  it('refuses one blank keyed with two Chinese words parted by a space; keeps a 、 list', async () => {
    const got = await text([
      '填空题',
      '1．党的最高理想是实现（　　）。',
      '答案：共产主义 社会主义',
      '2．党以（　　）作为行动指南。',
      '答案：马克思列宁主义、毛泽东思想',
    ]);
    expect(String(got[0])).toContain('1 个空，但答案有 2 个');
    expect(key(got[1]!)).toEqual(['马克思列宁主义、毛泽东思想']);
  });
});

describe('材料 passages', () => {
  it('takes a plain sentence after a sub-question keyed whole, over the next item, as the next passage', async () => {
    const got = await text([
      '二、材料分析题',
      '甲事件发生于某年某月，影响深远。',
      '1．甲事件的影响是（ ）。',
      'A．深远　　B．微小',
      '答案：A',
      '乙会议召开于某地，解决了组织问题。',
      '2．乙会议解决了（ ）。',
      'A．组织问题　　B．经济问题',
      '答案：A',
    ]);
    expect(typeof got[1] !== 'string' && got[1]!.stem).toBe('乙会议召开于某地，解决了组织问题。\n乙会议解决了（ ）。');
  });

  it('keeps lines after a written answer in that answer', async () => {
    const got = await text([
      '二、材料分析题',
      '甲事件发生于某年某月，影响深远。',
      '1．谈谈甲事件的影响。',
      '答案：影响深远。',
      '它改变了历史进程。',
      '2．甲事件发生于（ ）。',
      'A．某年　　B．别年',
      '答案：A',
    ]);
    expect(typeof got[1] !== 'string' && got[1]!.stem).toBe('甲事件发生于某年某月，影响深远。\n甲事件发生于（ ）。');
  });
});

describe('papers with no key anywhere', () => {
  it('refuses each numbered item over options saying the paper has no key, not that it has no items', async () => {
    const got = await text(['1．甲是（ ）。', 'A．三　　B．四', '2．乙是（ ）。', 'A．三　　B．四']);
    expect(got).toEqual([expect.stringContaining('缺少答案：全卷没有找到答案'), expect.stringContaining('缺少答案')]);
  });

  it('still refuses numbered paragraphs with no options as no bank', async () => {
    await expect(text(['1．加强学习。', '2．改进作风。', '3．狠抓落实。'])).rejects.toThrow(/未能识别文本题库/);
  });
});
