// banks16 causes (fixtures/wild/b16-*): key lists whose numbers differ from the items' (a list by 题型
// restarting at 1 while the paper numbers on, or the other way round); 排序 items the bank does not call
// 排序, keyed in alphabetical order; a 解析 concluding with another letter than the key; （不定项） tags;
// 材料 passages with no label; 判断 options `A 对　B 错`; keys marked ★; a 判断 key before the number.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const stemOf = (r: Got | string) => (typeof r === 'string' ? r : r.stem);

describe('key lists numbered otherwise than the items', () => {
  it('keys by position a 题型 section numbered on through the paper under a list restarting at 1', async () => {
    const got = await text([
      '一、单项选择题',
      '1．甲是（ ）。',
      'A．三　　B．四　　C．五',
      '2．乙是（ ）。',
      'A．三　　B．四　　C．五',
      '二、判断题',
      '3．丙是对的。（ ）',
      '4．丁是对的。（ ）',
      '5．戊是对的。（ ）',
      '参考答案',
      '单项选择题：1．B　2．C',
      '判断题：1．×　2．√　3．×',
    ]);
    expect(got.map(key)).toEqual([[1], [2], [1], [0], [1]]);
  });

  it('keys none where the counts differ', async () => {
    const got = await text([
      '一、判断题',
      '3．丙是对的。（ ）',
      '4．丁是对的。（ ）',
      '参考答案',
      '判断题：1．×　2．√　3．×',
    ]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });

  it('reads a 题型 row of keys with no numbers for a section numbered on (4, 5)', async () => {
    const got = await text([
      '一、单选题',
      '1．甲是（ ）。',
      'A．三　　B．四',
      '二、判断题',
      '2．丙是对的。（ ）',
      '3．丁是对的。（ ）',
      '参考答案',
      '单选题\tB',
      '判断题\t√\t×',
    ]);
    expect(got.map(key)).toEqual([[1], [0], [1]]);
  });
});

describe('排序 not called so', () => {
  it('refuses an item asking for an order keyed with several letters, even in alphabetical order', async () => {
    const got = await text([
      '一、单项选择题',
      '1．将下列事件按发生的先后顺序排列（ ）。',
      'A．中共一大召开　　B．南昌起义　　C．遵义会议',
      '答案：ABC',
      '2．①中共一大　②遵义会议，按时间先后顺序排列正确的是（ ）。',
      'A．①②　　B．②①',
      '答案：A',
      '二、多项选择题',
      '3．下列属于“四个自信”的有（ ）。',
      'A．道路自信　　B．理论自信　　C．制度自信',
      '答案：ABC',
    ]);
    expect(String(got[0])).toContain('排序');
    expect(key(got[1]!)).toEqual([0]);
    expect(key(got[2]!)).toEqual([0, 1, 2]);
  });
});

describe('a 解析 that names the answer', () => {
  it('refuses a key the 解析 contradicts (故选B under 答案：C), keeps one it agrees with', async () => {
    const item = (n: number, k: string, note: string) => [
      `${n}．${'甲乙丙丁'[n - 1]}是（ ）。`,
      'A．三　　B．四　　C．五',
      `答案：${k}`,
      `解析：${note}`,
    ];
    const got = await text([
      ...item(1, 'C', '党章规定为五，故选B。'),
      ...item(2, 'C', 'A、B均不对，本题正确答案为C。'),
      ...item(3, 'B', 'A项、C项是别的，所以答案是A。'),
      ...item(4, 'B', 'A项错误，C项也错误。'),
    ]);
    expect(String(got[0])).toContain('不一致');
    expect(key(got[1]!)).toEqual([2]);
    expect(String(got[2])).toContain('不一致');
    expect(key(got[3]!)).toEqual([1]);
  });
});

describe('item tags and marks', () => {
  it('reads （不定项） in front of the stem as the 题型: one letter keys a 多选', async () => {
    const got = await text([
      '1．（不定项）甲是（ ）。',
      'A．三　　B．四　　C．五',
      '答案：B',
      '2．（不定项）乙是（ ）。',
      'A．三　　B．四　　C．五',
      '答案：AB',
    ]);
    expect(got[0]).toMatchObject({ kind: '多选', stem: '甲是（ ）。', correct: [1] });
  });

  it('reads 判断 options lettered with a space only, A 对　B 错', async () => {
    const got = await text([
      '判断题',
      '1．甲是对的。',
      'A 对　B 错',
      '答案：B',
      '2．乙是对的。',
      'A 正确 B 错误',
      '答案：A',
    ]);
    expect(got.map(key)).toEqual([[1], [0]]);
    expect((got[0] as Got).options).toEqual(['对', '错']);
  });

  it('reads a ★ after an option as its key', async () => {
    const got = await text([
      '1．甲是（ ）。',
      'A．三　　B．四★　　C．五',
      '2．乙是（ ）。',
      'A．三★　　B．四★　　C．五',
    ]);
    expect(got.map(key)).toEqual([[1], [0, 1]]);
    expect((got[0] as Got).options).toEqual(['三', '四', '五']);
  });

  it('reads a 判断 key typed before the number, （对）1．', async () => {
    const got = await text(['判断题', '（对）1．甲是对的。', '（错）2．乙是对的。']);
    expect(got.map(key)).toEqual([[0], [1]]);
    expect(got.map(stemOf)).toEqual(['甲是对的。', '乙是对的。']);
  });

  it('joins a statement broken after 、 (a page break in a PDF)', async () => {
    const got = await text([
      '判断题',
      '1．甲分为一年、',
      '两年两种。（ ）',
      '答案：√',
      '2．乙是对的。（ ）',
      '答案：×',
    ]);
    expect(stemOf(got[0]!)).toBe('甲分为一年、两年两种。');
  });
});

describe('材料 passages with no label', () => {
  it('puts a plain passage under a 材料分析题 heading in front of each sub-question', async () => {
    const got = await text([
      '一、单项选择题',
      '1．甲是（ ）。',
      'A．三　　B．四',
      '答案：A',
      '二、材料分析题',
      '某村党支部书记在发放救灾物资时，优先照顾自己的亲属。',
      '2．该书记的行为违反了群众纪律。（ ）',
      '答案：√',
    ]);
    expect(got.map(stemOf)).toEqual([
      '甲是（ ）。',
      '某村党支部书记在发放救灾物资时，优先照顾自己的亲属。\n该书记的行为违反了群众纪律。',
    ]);
  });

  it('and a passage under 阅读下面的文字，回答第2～3题 (the instruction dropped)', async () => {
    const got = await text([
      '一、单项选择题',
      '阅读下面的文字，回答第1～2题。',
      '1935年1月，中共中央政治局在贵州遵义召开扩大会议。',
      '1．文中的会议是（ ）。',
      'A．遵义会议　　B．古田会议',
      '答案：A',
      '2．会议召开于（ ）。',
      'A．贵州　　B．江西',
      '答案：A',
    ]);
    expect(got.map(stemOf)).toEqual([
      '1935年1月，中共中央政治局在贵州遵义召开扩大会议。\n文中的会议是（ ）。',
      '1935年1月，中共中央政治局在贵州遵义召开扩大会议。\n会议召开于（ ）。',
    ]);
  });

  it('keeps a title line under the heading that ends no sentence out of the items', async () => {
    const got = await text([
      '二、材料分析题',
      '以下各题均与党章有关',
      '1．甲是对的。（ ）',
      '答案：√',
      '2．乙是对的。（ ）',
      '答案：×',
    ]);
    expect(got.map(stemOf)).toEqual(['甲是对的。', '乙是对的。']);
  });
});
