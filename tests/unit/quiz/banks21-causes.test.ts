// banks21 causes (fixtures/wild/b21-*): 判断 marks typed before the number, 填空/简答 numbered twice, case
// sub-questions keyed one by one, a case passage naming its items, 出题依据, 连线题 and picture questions.
import { describe, expect, it } from 'vitest';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { key, text, type Got } from './banks7-read.js';

const OPTS = 'A．半年　　B．一年　　C．两年　　D．三年';

describe('a 判断 mark typed before the item number', () => {
  it('keys √ 1．, （×）2． and a flush ×3． as the mark after the number does', async () => {
    const rows = await text([
      '判断题',
      '√ 1．党员必须遵守党的纪律。',
      '（×）2．预备党员有表决权。',
      '×3．党员可以不交党费。',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [1]]);
    expect((rows[1] as Got).stem).toBe('预备党员有表决权。');
  });

  it('drops a grader’s tick before a choice item: the key is its 答案 line', async () => {
    const rows = await text([
      '× 1．根本组织原则是（ ）。',
      'A．民主集中制　B．集体领导',
      '答案：A',
      '√ 2．预备期为（ ）。',
      OPTS,
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[0], [1]]);
    expect((rows[0] as Got).stem).toBe('根本组织原则是（ ）。');
  });
});

describe('a 填空 or 简答 numbered twice', () => {
  it('starts an item at the second 2． where each is answered on its 答案 line', async () => {
    const rows = await text([
      '1．每（　　）年举行一次。',
      '答案：五',
      '2．预备期为（　　）年。',
      '答案：一',
      '2．最终目标是实现（　　）。',
      '答案：共产主义',
    ]);
    expect(rows.map(key)).toEqual([['五'], ['一'], ['共产主义']]);
    const essay = await text([
      '二、简答题',
      '1．简述宗旨。',
      '答案：为人民服务。',
      '2．简述原则。',
      '答案：民主集中制。',
      '2．“四个自信”指什么？',
      '答案：道路、理论、制度、文化自信。',
    ]);
    expect(essay).toHaveLength(3);
  });

  it('keeps 2． as a point of a written answer that runs over several lines', async () => {
    const rows = await text([
      '二、简答题',
      '1．简述党员的义务。',
      '答案：',
      '1．认真学习。',
      '2．贯彻执行。',
      '2．简述原则？',
      '答案：民主集中制。',
    ]);
    expect(rows).toHaveLength(2);
  });
});

describe('case sub-questions keyed each on its own line', () => {
  const CASE = '某党员干部接受可能影响公正执行公务的宴请。';
  it('makes each sub-question an item with the case before it and its own key', async () => {
    const rows = await text([
      '一、案例分析题',
      `1．${CASE}`,
      '（1）该行为违反了（ ）。',
      'A．政治纪律　B．廉洁纪律　C．群众纪律　D．生活纪律',
      '答案：B',
      '（2）可以给予的处分是（ ）。',
      'A．罚款　B．警告　C．拘留　D．辞退',
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[1], [1]]);
    expect((rows[0] as Got).stem).toBe(`${CASE}\n该行为违反了（ ）。`);
  });

  it('refuses a sub-question with no key of its own', async () => {
    const rows = await text([
      '一、案例分析题',
      `1．${CASE}`,
      '（1）该行为违反了（ ）。',
      'A．政治纪律　B．廉洁纪律',
      '答案：B',
      '（2）可以给予的处分是（ ）。',
      'A．罚款　B．警告',
    ]);
    expect(rows.map(key)).toEqual([[1], expect.stringContaining('缺少答案')]);
  });
});

describe('a case passage that names the items it serves', () => {
  it('goes before items 1 and 2 only when it says 回答第1～2题', async () => {
    const CASE = '【案例】某党员连续六个月不参加组织生活。根据材料，回答第1～2题。';
    const rows = await text([
      CASE,
      '1．该党员应当被认为是（ ）。',
      'A．自行脱党　B．警告',
      '答案：A',
      '2．党组织应当（ ）。',
      'A．警告　B．除名',
      '答案：B',
      '3．预备期为（ ）。',
      OPTS,
      '答案：B',
    ]);
    expect((rows[1] as Got).stem).toBe(`${CASE}\n党组织应当（ ）。`);
    expect((rows[2] as Got).stem).toBe('预备期为（ ）。');
  });
});

describe('a blank line after a case passage’s items', () => {
  const CASE = '【案例】某村党支部书记擅自将集体资金借给亲属使用。';
  const sub = (n: number) => [`${n}．该行为违反了（ ）。`, 'A．政治纪律　B．廉洁纪律', '答案：B'];

  it('ends the case where its items were typed with no blank line between them', async () => {
    const rows = await text([CASE, ...sub(1), ...sub(2), '', '3．预备期为（ ）。', OPTS, '答案：B']);
    expect((rows[1] as Got).stem).toBe(`${CASE}\n该行为违反了（ ）。`);
    expect((rows[2] as Got).stem).toBe('预备期为（ ）。');
  });

  it('ends nothing in a paper that parts every item by a blank line', async () => {
    const rows = await text([CASE, ...sub(1), '', ...sub(2), '', ...sub(3)]);
    expect((rows[2] as Got).stem).toBe(`${CASE}\n该行为违反了（ ）。`);
  });
});

describe('出题依据 under a 每日答题 item', () => {
  it('is the item’s source, never its answer or an option', async () => {
    const rows = await text([
      '1．每（　　）年举行一次。',
      '正确答案：五',
      '出题依据：《中国共产党章程》第十九条。',
      '2．预备期为（ ）。',
      OPTS,
      '出题依据：《中国共产党章程》第七条。',
      '正确答案：B',
    ]);
    expect(rows.map(key)).toEqual([['五'], [1]]);
    expect((rows[1] as Got).options).toEqual(['半年', '一年', '两年', '三年']);
  });
});

describe('items the quiz cannot hold', () => {
  const raw = (stem: string, answer: string, type = '', options: string[] = []) =>
    normalizeRaw({ stem, answer, type, options, explanation: '', tags: [] } as never);

  it('refuses 连线题 by 题型, by the stem or by a key of pairs', () => {
    expect(raw('将会议与年份对应。', '①-a ②-b', '连线题')).toContain('连线题');
    expect(raw('请将会议与召开年份连线。', '①-a　②-b　③-c')).toContain('连线题');
    expect(raw('下列对应正确的是（ ）。', 'A-①，B-②', '', ['x', 'y'])).toContain('连线题');
    expect(raw('下列对应正确的是（ ）。', 'A1 B2', '', ['x', 'y'])).toContain('连线题');
    expect(raw('党的根本组织原则是（ ）。', 'A', '单选', ['民主集中制', '集体领导'])).not.toBeTypeOf('string');
  });

  it('refuses an item that asks about a picture the file does not hold', () => {
    for (const stem of [
      '下图所示的会议旧址位于（ ）。',
      '如图所示，这面旗帜是（ ）。',
      '图中人物是党的创始人之一。',
      '观察上图，图中建筑是中共一大会址。',
      '根据下图，这处旧址是（ ）。',
    ])
      expect(raw(stem, 'A', '单选', ['上海', '遵义'])).toContain('图片');
  });

  it('keeps 蓝图, 宏图, 版图, 地图 and 上图书馆 as words', () => {
    for (const stem of [
      '全党绘就了宏伟蓝图。',
      '描绘发展宏图。',
      '维护祖国版图完整。',
      '他每周去上图书馆学习。',
      '在地图中标出延安。',
    ])
      expect(raw(stem, '√', '判断')).not.toBeTypeOf('string');
  });
});
