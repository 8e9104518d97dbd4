// banks7 causes (fixtures/wild/b7-options-*): option letters with no dot or 、 after them — a
// capital and a space (A 中国共产党 B 中国国民党), glued (A三年, A三B四C五D六) — split where the
// letters allow one reading; a capital inside an option's text (维生素 B 族, WTO) is text. The
// guards keep what could be read two ways refused.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const Q = '1．党的全国代表大会每（  ）年举行一次。';
const options = (r: Got | string) => (typeof r === 'string' ? r : r.options);
/** A bank has two items at least: one more after the item a test reads. */
const one = async (lines: string[]) =>
  (await text([...lines, '2．预备党员的预备期为（  ）。', 'A．半年　B．一年　C．两年　D．三年', '答案：B'])).slice(
    0,
    -1,
  );

describe('option letters with no mark', () => {
  it('reads two options to a line parted by one space (A 三 B 四 / C 五 D 六)', async () => {
    const rows = await text([
      Q,
      'A 三 B 四',
      'C 五 D 六',
      '答案：C',
      '2．党的宗旨是（  ）。',
      'A 为人民服务 B 发展经济',
      'C 改革创新 D 实事求是',
      '答案：A',
    ]);
    expect(rows.map(options)).toEqual([
      ['三', '四', '五', '六'],
      ['为人民服务', '发展经济', '改革创新', '实事求是'],
    ]);
    expect(rows.map(key)).toEqual([[2], [0]]);
  });

  it('reads letters glued to the text, one to a line or run on (A三B四C五D六)', async () => {
    const rows = await text([
      Q,
      'A三',
      'B四',
      'C五',
      'D六',
      '答案：C',
      '2．党的全国代表大会每( C )年举行一次。',
      'A三B四C五D六',
    ]);
    expect(rows.map(options)).toEqual([
      ['三', '四', '五', '六'],
      ['三', '四', '五', '六'],
    ]);
    expect(rows.map(key)).toEqual([[2], [2]]);
  });

  it('keeps capitals inside an option’s text where only one split fits the letter order', async () => {
    const rows = await text([
      '1．下列维生素中，属于水溶性维生素的是（  ）。',
      'A 维生素 A B 维生素 C C 维生素 D D 维生素 E',
      '答案：B',
      '2．我国于2001年加入的国际组织是（  ）。',
      'A 世界贸易组织 WTO B 亚太经合组织 APEC',
      'C 东南亚国家联盟 ASEAN D 北大西洋公约组织 NATO',
      '答案：A',
      '3．下列维生素中，属于水溶性维生素的是（  ）。',
      ...['A 维生素 B 族', 'B 维生素 D', 'C 维生素 E', 'D 维生素 K'],
      '答案：A',
    ]);
    expect(rows.map(options)).toEqual([
      ['维生素 A', '维生素 C', '维生素 D', '维生素 E'],
      ['世界贸易组织 WTO', '亚太经合组织 APEC', '东南亚国家联盟 ASEAN', '北大西洋公约组织 NATO'],
      ['维生素 B 族', '维生素 D', '维生素 E', '维生素 K'],
    ]);
  });

  it('takes, of two splits, the one whose options are written alike (维生素 B 族 B 维生素 D …)', async () => {
    const rows = await one([
      '1．下列维生素中，属于水溶性维生素的是（  ）。',
      'A 维生素 B 族 B 维生素 D C 维生素 E D 维生素 K',
      '答案：A',
    ]);
    expect(rows.map(options)).toEqual([['维生素 B 族', '维生素 D', '维生素 E', '维生素 K']]);
  });

  it('guard: refuses two splits alike (A 维生素 B 族 B 钙 …) and a capital one space after the last option (D 铁 B)', async () => {
    const rows = await text([
      '1．下列说法正确的是（  ）。',
      'A 维生素 B 族 B 钙 C 铁 D 锌',
      '答案：A',
      '2．下列说法正确的是（  ）。',
      'A 钙 B 铁 C 锌 D 铁 B',
      '答案：A',
      '3．下列说法正确的是（  ）。',
      'A 甲 B 乙 C 丙 D A 和 B',
      '答案：D',
    ]);
    expect(rows.slice(0, 2)).toEqual([expect.stringMatching(/没有选项/), expect.stringMatching(/没有选项/)]);
    // Guard on both old and new code: the last option naming others keeps its letters.
    expect(options(rows[2]!)).toEqual(['甲', '乙', '丙', 'A 和 B']);
  });

  it('reads a line whose letters change their style (A 维生素B族 B 钙 …) at the spaced letters only', async () => {
    const rows = await one(['1．下列属于水溶性维生素的是（  ）。', 'A 维生素B族 B 钙 C 铁 D 锌', '答案：A']);
    expect(rows.map(options)).toEqual([['维生素B族', '钙', '铁', '锌']]);
  });
});

describe('an option’s own letter in front of its text', () => {
  it('is dropped, another letter there is kept (D A、B 都对)', async () => {
    const rows = await one(['1．下列说法正确的是（  ）。', 'A．甲　B．乙　C．丙　D．A、B 都对', '答案：D']);
    expect(rows.map(options)).toEqual([['甲', '乙', '丙', 'A、B 都对']]);
  });
});
