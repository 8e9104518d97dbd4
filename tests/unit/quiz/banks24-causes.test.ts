// banks24 causes (fixtures/wild/b24-*): the key on the number's line over the question (1．【答案】B), sections
// numbered from 1 keyed on one answer line (答案：一、1．√ 2．× 二、1．√ 2．×), key sections （一）（二） for a
// paper's 一、二、, options marked （正确）, and 填空 collections whose only heading is their title.
import { describe, expect, it } from 'vitest';
import { key, text } from './banks7-read.js';

describe('a key on the number line, the question under it', () => {
  it('keys the question under it, options and a 判断 alike', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．【答案】B',
      '党的最高领导机关是（ ）。',
      'A．中央政治局',
      'B．党的全国代表大会和它所产生的中央委员会',
      '二、多项选择题',
      '2．【答案】AC',
      '党的纪律处分有（ ）。',
      'A．警告　B．记功　C．开除党籍',
      '三、判断题',
      '1．【答案】×',
      '预备党员享有表决权。',
    ]);
    expect(rows.map(key)).toEqual([[1], [0, 2], [1]]);
  });

  it('reads no item from a key list whose entries are 【答案】 over their 解析', async () => {
    const rows = await text([
      '1．党的组织原则是（ ）。',
      'A．民主集中制　B．集体领导',
      '2．预备党员的预备期为（ ）。',
      'A．半年　B．一年',
      '参考答案与解析',
      '1．【答案】A',
      '党章第十条规定，党按照民主集中制组织起来。',
      '2．【答案】B',
      '党章第七条规定，预备党员的预备期为一年。',
    ]);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });

  it('makes no item of a 解析 where the paper’s items are written otherwise', async () => {
    const lines = ['一、判断题', '1．预备党员享有表决权。（ ）', '2．党员必须交纳党费。（ ）', '', '1．【答案】×'];
    const rows = await text([...lines, '预备党员没有表决权。', '2．【答案】√', '党员必须按规定交纳党费。']).catch(
      () => [],
    );
    expect(rows.filter((r) => typeof r !== 'string')).toEqual([]);
  });
});

describe('sections numbered from 1, keyed on one answer line', () => {
  const PAPER = [
    '一、判断题',
    '1．党的全国代表大会每五年举行一次。（ ）',
    '2．预备党员有表决权。（ ）',
    '二、判断题',
    '1．党员必须遵守党的纪律。（ ）',
    '2．党员可以不交纳党费。（ ）',
  ];

  it('keys each section by its own numbers', async () => {
    const rows = await text([...PAPER, '答案：一、1．√　2．×　二、1．√　2．×']);
    expect(rows.map(key)).toEqual([[0], [1], [0], [1]]);
  });

  it('reads （一）（二） as the paper’s 一、二、 where the paper numbers no （一） of its own', async () => {
    const rows = await text([...PAPER, '参考答案：（一）1．√　2．×　（二）1．×　2．×']);
    expect(rows.map(key)).toEqual([[0], [1], [1], [1]]);
  });

  it('reads such a line under a bare 参考答案： heading', async () => {
    const rows = await text([...PAPER, '参考答案：', '一、1．×　2．×　二、1．√　2．√']);
    expect(rows.map(key)).toEqual([[1], [1], [0], [0]]);
  });

  it('keys nothing where a piece does not start from 1', async () => {
    const rows = await text([...PAPER, '答案：一、1．√　2．×　二、3．√　4．×']);
    expect(rows.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('options marked （正确）', () => {
  it('keys the marked option and takes the mark off', async () => {
    const rows = await text([
      '1．全面依法治国的总目标是建设中国特色社会主义（ ）。',
      'A．法律体系',
      'B．法治体系（正确）',
      '2．新时代“枫桥经验”的核心是（ ）。',
      'A．矛盾不上交，就地化解（正确）',
      'B．加大处罚力度',
    ]);
    expect(rows).toMatchObject([
      { correct: [1], options: ['法律体系', '法治体系'] },
      { correct: [0], options: ['矛盾不上交，就地化解', '加大处罚力度'] },
    ]);
  });
});

describe('a 填空 collection titled by its 题型', () => {
  const ITEMS = [
    '1．党的十八大以来，全党最重要的政治成果是“（ 两个确立 ）”。',
    '2．党必须坚持（ 全心全意为人民服务 ）的根本宗旨。',
  ];

  it('reads the words in the brackets as the answers', async () => {
    const rows = await text(['应知应会填空题', ...ITEMS]);
    expect(rows.map(key)).toEqual([['两个确立'], ['全心全意为人民服务']]);
  });

  it('leaves a list under another title unread', async () => {
    await expect(text(['应知应会摘编', ...ITEMS])).rejects.toThrow(/未能识别/);
  });
});
