// banks16 causes, second round (fixtures/wild/b16-*): a 判断 key list by truth (正确的是：1、2、4), 学习强国
// notes with a 题型 alone over each stem and `答案 上海`, Word papers whose legend names the key's colour
// (蓝色字为答案) or says the marks are the key (加粗的选项为正确答案: every option marked is every one right).
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { key, read, text } from './banks7-read.js';
import { docxBuffer } from './fixtures/wild/office-kit.js';

describe('text banks', () => {
  it('reads a 判断 key list by truth: 正确的是 / 错误的是 and the numbers of each', async () => {
    const got = await text([
      '判断题',
      '1．甲是对的。',
      '2．乙是对的。',
      '3．丙是对的。',
      '参考答案：',
      '正确的是：1、3',
      '错误的是：2',
    ]);
    expect(got.map(key)).toEqual([[0], [1], [0]]);
  });

  it('reads 学习强国 notes: a 题型 alone over each stem, the key after 答案 and a space', async () => {
    const got = await text([
      '单选题',
      '甲是（ ）。',
      'A. 三',
      'B. 四',
      '答案 B',
      '填空题',
      '中共一大在（ ）召开。',
      '答案 上海',
    ]);
    expect(got.map(key)).toEqual([[1], ['上海']]);
  });
});

type Run = [string, { bold?: boolean; color?: string }?];
const para = (...runs: Run[]) =>
  new Paragraph({ children: runs.map(([t, o]) => new TextRun({ text: t, ...(o ?? {}) })) });
const word = async (title: string, mark: { bold?: boolean; color?: string }, keys: number[][]) =>
  read(
    'bank.docx',
    await docxBuffer([
      para([title]),
      ...keys.flatMap((k, n) => [
        para([`${n + 1}．第${n + 1}题是（ ）。`]),
        para(...['A．三', '　B．四', '　C．五'].map((o, i): Run => [o, k.includes(i) ? mark : {}])),
      ]),
    ]),
  );

describe('Word keys named by the paper', () => {
  it('reads the colour its legend names (蓝色字为答案) as it reads red', async () => {
    const got = await word('测试（蓝色字为答案）', { color: '0070C0' }, [[1], [0], [2]]);
    expect(got.map(key)).toEqual([[1], [0], [2]]);
  });

  it('keeps blue no key without such a legend', async () => {
    // No item keyed: each is refused, saying a colour other than red needs the paper's legend.
    const got = await word('测试', { color: '0070C0' }, [[1], [0], [2]]);
    expect(got.every((r) => typeof r === 'string' && r.includes('蓝色字为答案'))).toBe(true);
  });

  it('reads every option marked as every one right where the paper says the marks are the key', async () => {
    const got = await word('测试（加粗的选项为正确答案）', { bold: true }, [[1], [0, 1, 2], [2]]);
    expect(got.map(key)).toEqual([[1], [0, 1, 2], [2]]);
    const bare = await word('测试', { bold: true }, [[1], [0, 1, 2], [2]]);
    expect(String(bare[1])).toContain('所有选项');
  });
});

describe('a 判断 whose 解析 judges the statement', () => {
  it('refuses a key the verdict contradicts (答案：√ over 故本题错误), keeps one it agrees with', async () => {
    const got = await text([
      '判断题',
      '1．甲是对的。（ ）',
      '答案：√',
      '解析：甲不对，故本题错误。',
      '2．乙是对的。（ ）',
      '答案：×',
      '解析：乙不对，因此该说法错误。',
      '3．丙是对的。',
      'A 错　B 对',
      '答案：B',
      '解析：所以本题说法是正确的。',
    ]);
    expect(String(got[0])).toContain('不一致');
    expect(got.slice(1).map(key)).toEqual([[1], [1]]);
  });
});

describe('a 题型 line over several unnumbered items', () => {
  it('is no item number: the items are not merged into the first one', async () => {
    const got = await read(
      'bank.txt',
      [
        '单选题',
        '甲是（ ）。',
        'A. 三',
        'B. 四',
        '答案 B',
        '乙是（ ）。',
        'A. 三',
        'B. 四',
        '答案 A',
        '多选题',
        '丙是（ ）。',
        'A. 三',
        'B. 四',
        '答案 AB',
      ].join('\n'),
    ).catch((e: Error) => e.message);
    expect(Array.isArray(got) ? got.map(key) : got).not.toEqual([[1], [0, 1]]);
  });
});
