// banks71 causes (fixtures/wild/b71-*): two papers of one file headed 模拟卷一 / 模拟卷（一） / 上半场 / 下半场 /
// 第一套模拟试题, and options 甲乙丙丁 keyed by letters, read only where the paper says how the letters map.
import { describe, expect, it } from 'vitest';
import { paperLine } from '../../../electron/core/quiz/import-text-papers.js';
import { key, text } from './banks7-read.js';
import { scoreWild, summary } from './wild-score.js';

const papers = (first: string, second: string, end: string[] = []) => [
  first,
  '1．党的根本宗旨是（ ）。',
  'A．发展经济　B．全心全意为人民服务',
  second,
  '1．党的根本组织原则是（ ）。',
  'A．民主集中制　B．集体领导',
  ...end,
];

describe('papers headed 模拟卷一, 上半场, 第一套模拟试题', () => {
  it('keys each 模拟卷 by the lines naming it under 参考答案 at the end', async () => {
    const rows = await text(papers('模拟卷一', '模拟卷二', ['参考答案', '模拟卷二：1．A', '模拟卷一：1．B']));
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('keys 上半场 and 下半场 (over a round: 上半场　必答题) by 上半场答案：… after each', async () => {
    const [one, two] = [papers('上半场　必答题', '下半场').slice(0, 3), papers('', '下半场').slice(3)];
    const rows = await text([...one, '上半场答案：1．B', ...two, '下半场答案：1．A']);
    expect(rows.map(key)).toEqual([[1], [0]]);
  });

  it('reads titles ending in the paper (党章知识模拟卷（一）, 第一套模拟试题) as one name with 模拟卷一 / 第一套', () => {
    expect(paperLine('党章知识模拟卷（一）')).toEqual({ name: '模拟卷一' });
    expect(paperLine('第一套模拟试题')).toEqual({ name: '第一套' });
    expect(paperLine('模拟卷（一）：1-3 BAC')).toEqual({ name: '模拟卷一', key: '1-3 BAC' });
    // A sentence naming a half is no heading.
    expect(paperLine('比赛分为上半场')).toBeNull();
  });

  it('reads 第一套答案 alone as the heading of that paper key table (after the held-out measurement)', async () => {
    const [one, two] = [papers('第一套', '第二套').slice(0, 3), papers('', '第二套').slice(3)];
    const rows = await text([...one, '第一套答案', '题号　1', '答案　B', ...two, '第二套答案', '题号　1', '答案　A']);
    expect(rows.map(key)).toEqual([[1], [0]]);
    expect(rows.map((r) => (r as { stem: string }).stem)).toEqual([
      '党的根本宗旨是（ ）。',
      '党的根本组织原则是（ ）。',
    ]);
  });

  it('still refuses a list at the end naming no 模拟卷 (item 1 twice: which is whose?)', async () => {
    const rows = await text(papers('模拟卷一', '模拟卷二', ['参考答案', '1．B', '1．A']));
    expect(rows.every((r) => typeof r === 'string' && /确定对应/.test(r))).toBe(true);
  });

  it('reads 二、判断题答案：3．√ after a section of one item as that section key', async () => {
    const rows = await text([
      '一、单选题',
      '1．党的根本宗旨是（ ）。',
      'A．发展经济　B．全心全意为人民服务',
      '2．党的根本组织原则是（ ）。',
      'A．民主集中制　B．集体领导',
      '一、单选题答案：1-2 BA',
      '二、判断题',
      '3．预备党员享有表决权。',
      '二、判断题答案：3．×',
    ]);
    expect(rows.map(key)).toEqual([[1], [0], [1]]);
  });
});

describe('options 甲乙丙丁 keyed by letters', () => {
  const items = ['1．党的根本宗旨是（ ）。', '甲．发展经济　乙．全心全意为人民服务', '答案：B'].concat([
    '2．党的根本组织原则是（ ）。',
    '甲．集体领导　乙．个人分工负责　丙．民主集中制',
    '答案：C',
  ]);

  it('maps B to 乙 where the paper says 选项甲、乙、丙、丁依次对应A、B、C、D (or A、B、C、D分别代表甲、乙、丙、丁)', async () => {
    for (const note of [
      '说明：选项甲、乙、丙、丁依次对应答案中的A、B、C、D。',
      '（注：答案中A、B、C、D分别代表甲、乙、丙、丁）',
    ])
      expect((await text([note, ...items])).map(key)).toEqual([[1], [2]]);
  });

  it('keys them by a key list at the end too (参考答案：1-2 BC)', async () => {
    const lines = ['注：选项甲、乙、丙、丁分别用A、B、C、D作答。', ...items.filter((l) => !l.startsWith('答案'))];
    expect((await text([...lines, '参考答案：1-2 BC'])).map(key)).toEqual([[1], [2]]);
  });

  it('refuses them, saying what to write, where the paper says nothing or maps them otherwise', async () => {
    for (const note of [[], ['注：选项甲、乙、丙、丁分别对应D、C、B、A。']]) {
      const rows = await text([...note, ...items]);
      expect(rows.map(key)).toEqual([
        expect.stringMatching(/甲乙丙丁.*请把答案改写/),
        expect.stringMatching(/甲乙丙丁/),
      ]);
    }
  });
});

describe('the banks71 round (b71-* tuning, b71h-* held out)', () => {
  it('reads every tuning item as labelled, 0 wrong keys', async () => {
    const results = await scoreWild((f) => /^b71-/.test(f));
    expect(new Set(results.map((r) => r.file)).size).toBeGreaterThanOrEqual(20);
    expect(summary(results).wrongKey).toBe(0);
    expect(results.filter((r) => r.verdict !== 'right')).toEqual([]);
  }, 120_000);

  it('reads the held-out files at their measured figure, 0 wrong keys', async () => {
    const s = summary(await scoreWild((f) => /^b71h-/.test(f)));
    expect(s.wrongKey).toBe(0);
    expect(s.right).toBeGreaterThanOrEqual(HELD_RIGHT);
  }, 120_000);
});

/** b71h measured once at the end of the round (see fixtures/wild/README.md). */
const HELD_RIGHT = 30;
