// banks8 causes (fixtures/wild/b8-*): what exam systems print around an item (考生答案 / 您的答案 /
// 得分 lines, 问卷星's ○A. boxes and [单选题] * tag, 考试星's 第1题 单选题（2分） over the stem),
// an exam paper's 注意事项, page numbers and running heads, options written （A） [A] 【A】 or ①②③④,
// keys written 【 B 】 after the stem, （答案：C） after the options or ABD全对, and 问：/答： pairs.
import { describe, expect, it } from 'vitest';
import { key, text } from './banks7-read.js';

const options = 'A．三　B．四　C．五　D．六';

describe('exam-system records', () => {
  it('never takes the candidate’s answer or the score for the key or the text', async () => {
    const rows = await text([
      '第1题　单选题（2分）',
      '甲（  ）。',
      options,
      '考生答案：B',
      '正确答案：A',
      '得分：0',
      '2、（单选题）【2分】乙（  ）。',
      options,
      '我的答案：B　正确答案：C　得分：0',
    ]);
    expect(rows).toMatchObject([
      { kind: '单选', stem: '甲（  ）。', options: ['三', '四', '五', '六'], correct: [0] },
      { kind: '单选', stem: '乙（  ）。', options: ['三', '四', '五', '六'], correct: [2] },
    ]);
  });

  it('reads 问卷星’s printed answer sheet: ○A./●B. options, [单选题] * tags, ●对 ○错', async () => {
    const rows = await text([
      '1. 党的全国代表大会每几年举行一次？[单选题] *',
      '○A. 三年',
      '●B. 四年',
      '○C. 五年',
      '正确答案：C　　您的答案：B　　得分：0分',
      '2. 预备党员有表决权。[判断题] *',
      '●对',
      '○错',
      '正确答案：错　　您的答案：对　　得分：0分',
    ]);
    expect(rows).toMatchObject([
      { kind: '单选', stem: '党的全国代表大会每几年举行一次？', options: ['三年', '四年', '五年'], correct: [2] },
      { kind: '判断', stem: '预备党员有表决权。', correct: [1] },
    ]);
  });
});

describe('paper furniture', () => {
  it('skips an exam paper’s numbered 注意事项 and reads a key in 【 】 after the stem', async () => {
    const rows = await text([
      '注意事项：',
      '1．本试卷共两大题，满分100分。',
      '2．选择题请将正确答案的字母代号（A、B、C、D）填在括号内。',
      '一、单项选择题',
      '1．甲（  ）。【 B 】',
      options,
      '2．乙（ C ）。',
      options,
    ]);
    expect(rows).toMatchObject([
      { stem: '甲（  ）。', correct: [1] },
      { stem: '乙（ ）。', correct: [2] },
    ]);
  });

  it('drops a page’s number (2/3, - 1 -) and the running head under it; a stem broken by it is one line', async () => {
    const rows = await text([
      '党章知识测试题',
      '一、单项选择题',
      '1．党的全国代表大会每（  ）年',
      '- 1 -',
      '党章知识测试题',
      '举行一次。',
      'A．三　B．四',
      '2/3',
      'C．五　D．六',
      '答案：C',
      '2．乙（  ）。',
      options,
      '答案：A',
    ]);
    expect(rows[0]).toMatchObject({ stem: '党的全国代表大会每（  ）年举行一次。', options: ['三', '四', '五', '六'] });
    expect(rows.map(key)).toEqual([[2], [0]]);
  });

  it('reads 问：…？ 答：… pairs without 问： in the question', async () => {
    const rows = await text([
      '1．问：党的根本宗旨是什么？',
      '答：全心全意为人民服务。',
      '2．问：党的思想路线是什么？',
      '答：实事求是。',
    ]);
    expect(rows).toMatchObject([
      { kind: '填空', stem: '党的根本宗旨是什么？' },
      { kind: '填空', stem: '党的思想路线是什么？' },
    ]);
  });
});

describe('options and keys', () => {
  it('reads options marked [A] and 【A】, and a key typed （答案：C） after them', async () => {
    const rows = await text([
      '1．甲（  ）。',
      '[A]三　[B]四　[C]五　[D]六',
      '答案：B',
      '2．乙（  ）。',
      '【A】三　【B】四　【C】五　【D】六　（答案：C）',
    ]);
    expect(rows).toMatchObject([
      { options: ['三', '四', '五', '六'], correct: [1] },
      { options: ['三', '四', '五', '六'], correct: [2] },
    ]);
  });

  it('reads options numbered ①②③④ keyed ③, and refuses a key no such option has', async () => {
    const rows = await text([
      '1．甲（  ）。',
      '①三　②四　③五　④六',
      '答案：③',
      '2．乙（  ）。',
      '①三',
      '②四',
      '答案：⑤',
    ]);
    expect(rows[0]).toMatchObject({ kind: '单选', options: ['三', '四', '五', '六'], correct: [2] });
    expect(rows[1]).toContain('超出选项范围');
  });

  it('reads a 多选 key ABD全对 as ABD', async () => {
    const rows = await text([
      '二、多项选择题',
      '1．甲（  ）。',
      options,
      '答案：ABD全对',
      '2．乙（  ）。',
      options,
      '答案：AC',
    ]);
    expect(rows.map(key)).toEqual([
      [0, 1, 3],
      [0, 2],
    ]);
  });
});
