// banks20 causes (fixtures/wild/b20-*): a 多选 keyed by several option texts in its 解析; a key list typed on
// the 答案 line under the last item it keys; written-answer items (简答, 论述, 案例分析) with no answer.
import { describe, expect, it } from 'vitest';
import { explanationDisagrees, explanationKey } from '../../../electron/core/quiz/explanation-key.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { sheetsToBank } from '../../../electron/core/quiz/import-table.js';
import { key, text } from './banks7-read.js';

const PENALTIES = ['警告', '严重警告', '罚款', '开除党籍'];

describe('a 解析 naming a 多选 answer by several option texts', () => {
  it('keys every option named, parted by 、 ； or between quotes', () => {
    expect(explanationKey('解析：正确答案是警告、严重警告、开除党籍。罚款不属于党纪处分。', PENALTIES)).toBe('ABD');
    expect(explanationKey('正确答案为：警告；严重警告；开除党籍。', PENALTIES)).toBe('ABD');
    expect(explanationKey('本题答案是“严重警告”和“开除党籍”。', PENALTIES)).toBe('BD');
    expect(explanationKey('答案是警告、严重警告和开除党籍。', PENALTIES)).toBe('ABD');
    expect(explanationKey('正确答案是警告、严重警告、开除党籍，均为党纪处分。', PENALTIES)).toBe('ABD');
  });

  it('keys nothing where one named text is no option', () => {
    expect(explanationKey('正确答案是警告、严重警告、留党察看。', PENALTIES)).toBeNull();
    expect(explanationKey('正确答案为警告；严重警告；开除党籍和留党察看。', PENALTIES)).toBeNull();
    expect(explanationKey('正确答案是警告、严重警告，罚款也是。', PENALTIES)).toBeNull();
    expect(explanationKey('正确答案是警告、严重警告、开除党籍，罚款不属于党纪处分。', PENALTIES)).toBeNull();
  });

  it('keys nothing where the words read both as one option and as several', () => {
    expect(explanationKey('正确答案为表决权、选举权。', ['表决权、选举权', '表决权', '选举权', '特殊待遇'])).toBeNull();
  });

  it('still keys one option named before the 解析 goes on', () => {
    expect(
      explanationKey('正确答案是民主集中制，党是根据自己的纲领和章程组织起来的。', ['集体领导', '民主集中制']),
    ).toBe('B');
  });

  it('refuses an 答案 line naming other options than the 解析 does', () => {
    const opts = ['道路自信', '理论自信', '制度自信', '历史自信'];
    expect(explanationDisagrees('正确答案是道路自信、理论自信、制度自信。', [0, 1, 3], opts)).toContain('不一致');
    expect(explanationDisagrees('正确答案是道路自信、理论自信、历史自信。', [0, 1, 3], opts)).toBeNull();
  });

  it('imports a paper keyed so', async () => {
    const got = await text([
      '1．党的纪律处分包括（ ）。',
      'A．警告　　B．严重警告　　C．罚款　　D．开除党籍',
      '解析：正确答案是警告、严重警告、开除党籍。',
      '2．新发展理念包括（ ）。',
      'A．创新　　B．协调　　C．垄断　　D．共享',
      '解析：本题答案为“创新”“协调”“共享”。',
    ]);
    expect(got.map(key)).toEqual([
      [0, 1, 3],
      [0, 1, 3],
    ]);
    expect(got[0]).toMatchObject({ kind: '多选' });
  });
});

describe('a key list typed on the 答案 line under the last item it keys', () => {
  it('keys each 填空 above it by number', async () => {
    const got = await text([
      '一、填空题',
      '1．中国共产党是中国工人阶级的先锋队，同时是中国（　　）和中华民族的先锋队。',
      '2．党的全国代表大会每（　　）年举行一次。',
      '答案：1．人民　2．五',
      '二、填空题',
      '3．预备党员的预备期为【一】年。',
    ]);
    expect(got.map(key)).toEqual([['人民'], ['五'], ['一']]);
  });

  it('refuses a 【】 answer the key line contradicts', async () => {
    const got = await text([
      '1．党的全国代表大会每【五】年举行一次。',
      '2．党的地方各级委员会每届任期【五】年。',
      '答案：1．五　2．三',
    ]);
    expect(got[0]).toMatchObject({ blanks: [{ text: '五' }] });
    expect(got[1]).toEqual(expect.stringContaining('不一致'));
  });

  it('keeps the line as the item’s own answers where it has as many blanks', async () => {
    const got = await text([
      '1．党旗为旗面缀有金黄色党徽图案的红旗。',
      '答案：对',
      '2．党徽由（　　）和（　　）组成。',
      '答案：1．镰刀　2．锤头',
    ]);
    expect(key(got[1]!)).toEqual(['镰刀', '锤头']);
  });
});

describe('a 简答 answered in numbered points', () => {
  it('keeps the points as its answer, never a key list of the items above', async () => {
    const got = await text([
      '1．党的根本组织原则是（ ）。',
      'A．民主集中制　　B．集体领导　　C．个人负责　　D．党管干部',
      '答案：A',
      '2．新时代党的建设要坚持哪两条？',
      '答：1．坚持党的领导　2．坚持人民至上',
    ]);
    expect(got.map(key)).toEqual([[0], ['1．坚持党的领导　2．坚持人民至上']]);
  });
});

describe('an item number typed twice', () => {
  it('starts the next item where the one above is keyed and an answer of its own follows', async () => {
    const got = await text([
      '1．党的根本组织原则是（ ）。',
      'A．民主集中制　　B．集体领导',
      '答案：A',
      '2．预备党员的预备期为（ ）。',
      'A．半年　　B．一年',
      '答案：B',
      '2．党员必须自觉遵守党的纪律。',
      '答案：√',
    ]);
    expect(got.map(key)).toEqual([[0], [1], [0]]);
  });
});

describe('a 案例分析 over choice sub-questions keyed on one line', () => {
  const CASE = [
    '1．某党员连续六个月不参加党的组织生活。',
    '（1）根据党章，该党员的情况应当被认为是（ ）。',
    'A．自行脱党　　B．受到警告处分　　C．留党察看　　D．停止党籍',
    '（2）党组织对该党员应当（ ）。',
    'A．给予警告　　B．予以除名　　C．给予严重警告　　D．不予处理',
  ];
  const JUDGE = ['2．党员必须自觉遵守党的纪律。', '答案：√'];

  it('imports each sub-question with the case before it and its own key', async () => {
    const got = await text([...CASE, '答案：（1）A　（2）B', ...JUDGE]);
    expect(got.map(key)).toEqual([[0], [1], [0]]);
    expect(got[1]).toMatchObject({ stem: '某党员连续六个月不参加党的组织生活。\n党组织对该党员应当（ ）。' });
  });

  it('leaves the case unread where the key misses a sub-question', async () => {
    const got = await text([...CASE, '答案：（1）A', ...JUDGE]);
    expect(got.filter((r) => typeof r !== 'string' && r.kind === '单选')).toEqual([]);
  });
});

describe('a written-answer item with no answer', () => {
  it('says which 题型 lacks a 参考答案 and what to do', async () => {
    const got = await text([
      '一、单项选择题',
      '1．党的纪律处分有（ ）种。',
      'A．三　　B．四　　C．五　　D．六',
      '答案：C',
      '二、简答题',
      '2．简述党的四项基本原则。',
      '三、案例分析题',
      '3．某党员干部利用职务便利，为亲属经营活动谋取利益。请分析：（1）该行为违反了哪项纪律？（2）应当如何处理？',
    ]);
    expect(got[0]).toMatchObject({ correct: [2] });
    expect(got[1]).toEqual(expect.stringContaining('这道简答题没有参考答案'));
    expect(got[2]).toEqual(expect.stringContaining('这道案例分析题没有参考答案'));
    expect(got[2]).toEqual(expect.stringContaining('请在题目下补上参考答案'));
  });
});

describe('a workbook of one sheet per 题型 and an 答案 sheet naming each key’s 题型', () => {
  const ASK = {
    单选题: [
      ['序号', '题目', 'A', 'B', 'C', 'D'],
      ['1', '党的根本宗旨是（ ）。', '全心全意为人民服务', '发展生产力', '对外开放', '改革创新'],
    ],
    判断题: [
      ['序号', '题目'],
      ['1', '预备党员有表决权。'],
    ],
  };
  const book = (keys: string[][]) =>
    sheetsToBank(
      [...Object.entries(ASK), ['答案', [['题型', '序号', '答案'], ...keys]] as const].map(([name, table]) => ({
        name,
        table: table.map((r) => [...r]),
      })),
      'xlsx',
    );

  it('keys each sheet’s items from the rows of its own 题型', () => {
    const rows = book([
      ['判断题', '1', '错'],
      ['单选题', '1', 'A'],
    ]).rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
    expect(rows).toMatchObject([
      { kind: '单选', correct: [0] },
      { kind: '判断', correct: [1] },
    ]);
  });

  it('refuses the workbook where a sheet’s numbers and its keys do not pair', () => {
    expect(() => book([['单选题', '1', 'A']])).toThrow(/不一一对应/);
  });
});
