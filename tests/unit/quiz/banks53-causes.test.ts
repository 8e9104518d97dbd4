// banks53 causes (fixtures/wild/b53-*): Anki packages (.apkg), 挑战答题 blocks with 出处/提示 lines between
// the options and the key, exam records printing 正确答案：C　✗, a bare 参考答案： over a 论述's points,
// and a paper numbered 1） 2. (3) ④.
import { describe, expect, it } from 'vitest';
import { apkg, collection, type Model } from './anki-package.js';
import { key, read, text } from './banks7-read.js';
import { scoreWild, summary } from './wild-score.js';

const BASIC: Model = { id: 1, name: 'Basic', type: 0, fields: ['Front', 'Back'] };

describe('Anki packages (.apkg)', () => {
  it('reads choice notes, questions and statements judged by their back', async () => {
    const deck = apkg({
      'collection.anki21': collection(
        [BASIC],
        [
          { mid: 1, fields: ['党的根本宗旨是（ ）。<br>A. 发展经济<br>B. 全心全意为人民服务', '<b>B</b>'] },
          { mid: 1, fields: ['预备党员的预备期为一年。', '对'] },
          { mid: 1, fields: ['党员的党龄从什么时候算起？', '从预备期满转为正式党员之日算起。'] },
        ],
      ),
    });
    const rows = await read('deck.apkg', deck);
    expect(rows).toMatchObject([
      { kind: '单选', stem: '党的根本宗旨是（ ）。', options: ['发展经济', '全心全意为人民服务'], correct: [1] },
      { kind: '判断', stem: '预备党员的预备期为一年。', correct: [0] },
      { kind: '填空', stem: '党员的党龄从什么时候算起？', fact: '从预备期满转为正式党员之日算起。' },
    ]);
  });

  it('reads fields by their names: 题目, 选项, 答案, 解析', async () => {
    const own: Model = { id: 7, name: '选择题', type: 0, fields: ['解析', '题目', '答案', '选项'] };
    const deck = apkg({
      'collection.anki2': collection(
        [own],
        [{ mid: 7, fields: ['党章规定。', '留党察看最长不超过（ ）。', 'B', 'A. 一年<br>B. 两年'] }],
      ),
    });
    expect((await read('deck.apkg', deck)).map(key)).toEqual([[1]]);
  });

  it('refuses a package of the new format, and a file that is no package, saying what to do', async () => {
    const stub = collection([BASIC], [{ mid: 1, fields: ['Please update to the latest Anki version.', ''] }]);
    const fresh = apkg({ 'collection.anki2': stub, 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]) });
    await expect(read('deck.apkg', fresh)).rejects.toThrow(/支持旧版 Anki/);
    await expect(read('deck.apkg', Buffer.from('not a zip at all'))).rejects.toThrow(/不是有效的 Anki 牌组包/);
  });
});

describe('Anki plain-text exports', () => {
  it('skips the guid, note type and deck columns Anki 2.1.55+ writes before the fields', async () => {
    const rows = await read(
      'notes.txt',
      [
        '#separator:tab',
        '#html:true',
        '#guid column:1',
        '#notetype column:2',
        '#deck column:3',
        '#tags column:6',
        'a1\t问答题\t党建::党章\t党的根本宗旨是（ ）。<br>A. 发展经济<br>B. 全心全意为人民服务\tB\t党章',
        'a2\t问答题\t党建::党章\t预备党员享有表决权。\t错\t党章',
      ].join('\n'),
    );
    expect(rows).toMatchObject([
      { kind: '单选', stem: '党的根本宗旨是（ ）。', correct: [1], tags: ['党章'] },
      { kind: '判断', stem: '预备党员享有表决权。', correct: [1] },
    ]);
  });
});

describe('lines between an item’s options and its key', () => {
  it('reads 出处 and 提示 as the item’s notes, never the last option’s tail', async () => {
    const rows = await text([
      '题目：党的二十大报告指出，（ ）是社会主义民主政治的本质属性。',
      'A．协商民主',
      'B．全过程人民民主',
      '提示：二十大报告第六部分。',
      '出处：党的二十大报告',
      '答案：B',
      '',
      '题目：科技是第一生产力、人才是第一资源、（ ）是第一动力。',
      'A．改革',
      'B．创新',
      '出处：党的二十大报告',
      '答案：B',
    ]);
    expect(rows).toMatchObject([
      { options: ['协商民主', '全过程人民民主'], correct: [1] },
      { options: ['改革', '创新'], correct: [1] },
    ]);
  });

  it('takes 正确答案 in a record, not the ✗ that grades the candidate’s answer', async () => {
    const rows = await text([
      '1．党的纪律处分中，最重的一种是（ ）。',
      'A．警告',
      'B．留党察看',
      'C．开除党籍',
      '您的答案：B　正确答案：C　✗',
      '2．预备党员的预备期为（ ）。',
      'A．半年',
      'B．一年',
      '您的答案：B　正确答案：B　✓',
    ]);
    expect(rows.map(key)).toEqual([[2], [1]]);
    // A 判断 keyed × keeps its key.
    const judged = await text([
      '判断题',
      '1．预备党员享有表决权。',
      '正确答案：×',
      '2．党员必须按期交纳党费。',
      '正确答案：√',
    ]);
    expect(judged.map(key)).toEqual([[1], [0]]);
  });
});

describe('written answers and numbering', () => {
  it('reads a bare 参考答案： over a 论述’s points as its answer, where the next item follows', async () => {
    const rows = await text([
      '论述题',
      '1．中国式现代化有哪些中国特色？',
      '参考答案：',
      '（1）人口规模巨大的现代化。',
      '（2）全体人民共同富裕的现代化。',
      '2．进一步全面深化改革的总目标是什么？',
      '参考答案：继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。',
    ]);
    expect(rows.map(key)).toEqual([
      ['（1）人口规模巨大的现代化。\n（2）全体人民共同富裕的现代化。'],
      ['继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化。'],
    ]);
  });

  it('starts the next item at ③ after items numbered otherwise, but not at a 组合选择 statement', async () => {
    const rows = await text([
      '1. 党的最高领导机关是（ ）。',
      'A．中央政治局',
      'B．党的全国代表大会和它所产生的中央委员会',
      '答案：B',
      '(2) 党的根本宗旨是（ ）。',
      'A．全心全意为人民服务',
      'B．实现共产主义',
      '答案：A',
      '③ 预备党员的预备期为（ ）。',
      'A．半年',
      'B．一年',
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[1], [0], [1]]);
    const combined = await text([
      '1．下列说法正确的是（ ）。',
      '① 党的最高领导机关是党的全国代表大会和它所产生的中央委员会',
      '② 预备党员的预备期为一年',
      'A．①　B．②　C．①②',
      '答案：C',
      '2．党的根本宗旨是（ ）。',
      'A．全心全意为人民服务',
      'B．实现共产主义',
      '答案：A',
    ]);
    expect(combined).toMatchObject([{ options: ['①', '②', '①②'], correct: [2] }, { correct: [0] }]);
  });
});

describe('the banks53 round (b53-* tuning, b53h-* held out)', () => {
  it('reads every labelled item as labelled, 0 wrong keys', async () => {
    const results = await scoreWild((f) => /^b53h?-/.test(f));
    expect(new Set(results.map((r) => r.file)).size).toBeGreaterThanOrEqual(37);
    expect(summary(results).wrongKey).toBe(0);
    expect(results.filter((r) => r.verdict !== 'right')).toEqual([]);
  }, 120_000);
});
