// banks14 causes (fixtures/wild/b14-*): answers written 略; 多选 keys A.B.C in a key list; blanks
// drawn [ ] or 〔 〕; answer marks 〔答案〕 本题答案： 【答】; ✅ ❌ ✕ ✖; options A。 and parted by ；;
// items numbered 问题1：, 【第1题】, 1-1．, or by a number alone on its line; √ glued after 。; a
// 参考答案与解析 block of 1．【答案】C; a key after a section named 本部分答案; [√] after a statement;
// stems wrapped before a date. Guards keep what must stay refused or unread.
import { describe, expect, it } from 'vitest';
import { key, text } from './banks7-read.js';

const options = ['A．三', 'B．四', 'C．五', 'D．六'];
// Each number its own question (甲, 乙, 丙 …): one question keyed two ways in a paper is refused.
const stem = (n: number | string, mark = '．') => [`${n}${mark}${nameOf(n)}是（ ）。`, ...options];
const nameOf = (n: number | string) =>
  '甲乙丙丁戊己庚辛壬癸'[(typeof n === 'number' ? n - 1 : Math.max(0, '一二三四五六七八九十'.indexOf(n))) % 10];

describe('answers left out (略)', () => {
  it('refuses 答案：略, （答案略） and 参考答案：（略） instead of keying 略', async () => {
    const got = await text([
      '简答题',
      '1．简述甲。',
      '答案：略',
      '2．简述乙。',
      '（答案略）',
      '3．简述丙。',
      '参考答案：（略）',
      '4．简述丁。',
      '答：丁是丁。',
    ]);
    expect(got.slice(0, 3).every((r) => typeof r === 'string' && r.includes('略'))).toBe(true);
    expect(key(got[3]!)).toEqual(['丁是丁。']);
  });
});

describe('key lists and key blocks', () => {
  it('reads 多选 keys written A.B.C in a key list as one key, not A', async () => {
    const got = await text(['多项选择题', ...stem(1), ...stem(2), '答案：1．A.B.C　　2．A、B']);
    expect(got.map(key)).toEqual([
      [0, 1, 2],
      [0, 1],
    ]);
  });

  it('reads a 参考答案与解析 block of 1．【答案】C over 【解析】 lines', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      ...stem(2),
      '参考答案与解析',
      '1．【答案】C',
      '【解析】见第十九条，B项不对。',
      '2．【答案】A',
      '【解析】略。',
    ]);
    expect(got.map(key)).toEqual([[2], [0]]);
  });

  it('reads a key after a section named 本部分答案 or 【本部分参考答案】', async () => {
    const got = await text([
      '一、单选题',
      ...stem(1),
      ...stem(2),
      '本部分答案：1．B　2．C',
      '二、判断题',
      '1．甲对。（ ）',
      '2．乙对。（ ）',
      '【本部分参考答案】1．√　2．×',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [0], [1]]);
  });
});

describe('marks written otherwise', () => {
  it('reads 〔答案〕, 〖答案〗, 本题答案： and 【答】 as answer marks', async () => {
    const got = await text([
      '单选题',
      ...stem(1),
      '〔答案〕C',
      ...stem(2),
      '〖答案〗B',
      ...stem(3),
      '本题答案：A',
      ...stem(4),
      '【答】D',
    ]);
    expect(got.map(key)).toEqual([[2], [1], [0], [3]]);
  });

  it('reads ✅ ❌ ✕ ✖ as √ and ×, [√] after a statement, and √ glued after its 。', async () => {
    const got = await text([
      '判断题',
      '1．甲对。',
      '答案：✅',
      '2．乙对。',
      '答案：❌',
      '3．丙对。（✕）',
      '4．丁对。（ ✖ ）',
      '5．戊对。[√]',
      '6．己对。×',
    ]);
    expect(got.map(key)).toEqual([[0], [1], [1], [1], [0], [1]]);
  });

  it('reads 填空 blanks drawn as [    ] and 〔　〕', async () => {
    const got = await text([
      '填空题',
      '1．甲每[    ]年由[      ]召集。',
      '答案：五；中央委员会',
      '2．乙为〔　〕。',
      '答案：一年',
    ]);
    expect(got.map(key)).toEqual([['五', '中央委员会'], ['一年']]);
  });
});

describe('options', () => {
  it('reads options lettered A。 and options parted by ；', async () => {
    const got = await text([
      '单选题',
      '1．甲是（ ）。',
      'A。三　B。四　C。五　D。六',
      '答案：C',
      '2．乙是（ ）。',
      'A．三；B．四；C．五；D．六。',
      '答案：B',
    ]);
    expect(got.map(key)).toEqual([[2], [1]]);
    expect((got[1] as { options: string[] }).options).toEqual(['三', '四', '五', '六']);
  });
});

describe('item numbers written otherwise', () => {
  it('reads 问题1：, 【第1题】 and chapter numbers 1-1． where each item has its answer', async () => {
    const asked = await text([
      '问题1：甲是（ ）。',
      ...options,
      '答案：A',
      '问题2：乙是（ ）。',
      ...options,
      '答案：B',
    ]);
    const bracketed = await text([
      '【第1题】甲是（ ）。',
      ...options,
      '【答案】A',
      '[第2题]乙是（ ）。',
      ...options,
      '【答案】B',
    ]);
    const chapters = await text([
      '第一章　总纲',
      '1-1．甲是（ ）。',
      ...options,
      '答案：A',
      '1-2．乙是（ ）。',
      ...options,
      '答案：B',
      '第二章　党员',
      '2-1．丙是（ ）。',
      ...options,
      '答案：C',
    ]);
    expect([asked, bracketed, chapters].map((g) => g.map(key))).toEqual([
      [[0], [1]],
      [[0], [1]],
      [[0], [1], [2]],
    ]);
  });

  it('reads a number alone on its line over the stem, where each item has its answer', async () => {
    const got = await text([
      '单选题',
      '1',
      '甲是（ ）。',
      ...options,
      '正确答案：D',
      '2',
      '乙是（ ）。',
      ...options,
      '正确答案：A',
    ]);
    expect(got.map(key)).toEqual([[3], [0]]);
    expect((got[0] as { stem: string }).stem).toBe('甲是（ ）。');
  });

  it('joins a stem wrapped before a date', async () => {
    const got = await text([
      '单选题',
      '1．甲于1949年',
      '10月1日在（ ）成立。',
      ...options,
      '答案：A',
      ...stem(2),
      '答案：B',
    ]);
    expect((got[0] as { stem: string }).stem).toBe('甲于1949年10月1日在（ ）成立。');
  });
});

describe('guards', () => {
  it('still reads 1-3 ABC in a key list as a range', async () => {
    const got = await text(['单选题', ...stem(1), ...stem(2), ...stem(3), '参考答案', '1-3 ABC']);
    expect(got.map(key)).toEqual([[0], [1], [2]]);
  });

  it('takes no chapter numbers as items where an item has no answer under it', async () => {
    await expect(text(['1-1．甲是（ ）。', ...options, '答案：A', '1-2．乙是（ ）。', ...options])).rejects.toThrow();
  });
});
