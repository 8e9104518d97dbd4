// banks15 causes (fixtures/wild/b15-*, b15h-*): exam-system records whose candidate's answer must
// never become the key (考生答案, 您的答案, 你的选择, 学员答案 with 得分, 回答正确, 是否正确); 材料题 and
// 案例 passages over their sub-questions; 排序题 refused; a key list headed 参考答案及评分标准; page
// footers — 第 1 页 共 2 页 —; answer cards of 题号 / 考生答案 / 正确答案 / 得分 rows; ［单选题］ tags.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const options = ['A．三', 'B．四', 'C．五', 'D．六'];
const stemOf = (r: Got | string) => (typeof r === 'string' ? r : r.stem);

describe('exam records: the candidate answer is never the key', () => {
  it('reads 正确答案 beside 考生答案 and drops 回答正确 / 是否正确 after it', async () => {
    const got = await text([
      '一、单选题',
      '第1题 （4分）　得分：0',
      '甲是（ ）。',
      ...options,
      '考生答案：B　　正确答案：C　　回答错误',
      '第2题 （4分）　得分：4',
      '乙是（ ）。',
      ...options,
      '学员答案：A　　参考答案：A　　是否正确：正确',
    ]);
    expect(got.map(key)).toEqual([[2], [0]]);
  });

  it('refuses an item with only the candidate answer and its score, saying so', async () => {
    const got = await text([
      '1．甲是（ ）。',
      'A．三　　B．四　　C．五',
      '我的答案：A　　得分：2/2',
      '2．乙是（ ）。',
      'A．三　　B．四　　C．五',
      '你的选择：B ✔',
      '3．丙是（ ）。',
      'A．三　　B．四　　C．五',
      '我的答案：B　　得分：0/2　　参考答案：A',
    ]);
    expect(got.slice(0, 2).every((r) => typeof r === 'string' && r.includes('考生的作答'))).toBe(true);
    expect(key(got[2]!)).toEqual([0]);
    expect((got[2] as Got).options).toEqual(['三', '四', '五']);
  });
});

describe('材料题', () => {
  it('puts the passage in front of each sub-question up to the next section', async () => {
    const got = await text([
      '一、材料分析题',
      '阅读下面的材料，回答第1～2题。',
      '材料：甲乙丙丁。',
      '1．根据材料，甲是（ ）。',
      ...options,
      '答案：A',
      '2．材料中的丁是对的。',
      '答案：正确',
      '二、单项选择题',
      '3．乙是（ ）。',
      ...options,
      '答案：B',
    ]);
    expect(got.map(stemOf)).toEqual([
      '材料：甲乙丙丁。\n根据材料，甲是（ ）。',
      '材料：甲乙丙丁。\n材料中的丁是对的。',
      '乙是（ ）。',
    ]);
  });

  it('reads 【案例】 and 材料一/材料二 passages, each group its own', async () => {
    const got = await text([
      '三、案例分析题',
      '（一）阅读材料，完成第1题。',
      '材料一：甲。',
      '材料二：乙。',
      '1．材料一说的是（ ）。',
      ...options,
      '答案：A',
      '（二）阅读案例，完成第2题。',
      '【案例】丙。',
      '2．案例中的是（ ）。',
      ...options,
      '答案：C',
    ]);
    expect(got.map(stemOf)).toEqual([
      '材料一：甲。\n材料二：乙。\n材料一说的是（ ）。',
      '【案例】丙。\n案例中的是（ ）。',
    ]);
  });
});

describe('排序题', () => {
  it('refuses items of a 排序题 section and keys that are an order; a 多选 key in order stays', async () => {
    const got = await text([
      '一、排序题',
      '1．将下列会议按时间排序（ ）。',
      ...options,
      '答案：BCAD',
      '二、多项选择题',
      '2．下列正确的有（ ）。',
      ...options,
      '答案：C→B→A→D',
      '3．下列正确的有（ ）。',
      ...options,
      '答案：B、A、D、C',
      '4．下列正确的有（ ）。',
      ...options,
      '答案：ABCD',
    ]);
    expect(got.slice(0, 3).every((r) => typeof r === 'string' && r.includes('排序题'))).toBe(true);
    expect(key(got[3]!)).toEqual([0, 1, 2, 3]);
  });
});

describe('key lists and page furniture', () => {
  it('reads a key list headed 参考答案及评分标准 and drops a footer — 第 1 页 共 2 页 —', async () => {
    const got = await text([
      '一、判断题',
      '1．甲是乙。',
      '2．丙是丁。',
      '— 第 1 页 共 2 页 —',
      '参考答案及评分标准',
      '1．对　2．错',
    ]);
    expect(got.map(key)).toEqual([[0], [1]]);
    expect(got.map(stemOf)).toEqual(['甲是乙。', '丙是丁。']);
  });

  it('reads an 答题卡 of 题号 / 考生答案 / 正确答案 / 得分 rows from its 正确答案 row', async () => {
    const got = await text([
      '1．甲是（ ）。',
      ...options,
      '2．乙是（ ）。',
      ...options,
      '答题卡',
      '题号1\t2',
      '考生答案\tB\tA',
      '正确答案\tC\tA',
      '得分\t0\t2',
    ]);
    expect(got.map(key)).toEqual([[2], [0]]);
  });

  it('takes a ［单选题］ tag after the stem as the 题型', async () => {
    const got = await text([
      '1、甲是（ ）。［单选题］',
      ...options,
      '正确答案：A',
      '2、乙是（ ）。［多选题］',
      ...options,
      '正确答案：AB',
    ]);
    expect(got.map(stemOf)).toEqual(['甲是（ ）。', '乙是（ ）。']);
  });
});
