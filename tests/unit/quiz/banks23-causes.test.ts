// banks23 causes (fixtures/wild/b23-*): case passages that name no person, whose items ask about them by
// 这 or by the passage's own words, a passage of two lines, and a 判断's 解析 that says the key is wrong
// by a mark (`此题应判√`).
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const OPTS = 'A．甲　B．乙　C．丙　D．丁';
const stems = (rows: (Got | string)[]) => rows.map((r) => (typeof r === 'string' ? r : r.stem));

describe('a case passage with no person named', () => {
  const CASE = '【案例】某县推行“村民说事”制度，每月固定一天由村民议事会集中议事，群众提出的问题限期办理。';

  it('ends where the items stop pointing back with 这', async () => {
    const rows = await text([
      CASE,
      '1．这一做法主要体现了（ ）。',
      OPTS,
      '答案：A',
      '2．预备党员的预备期为（ ）。',
      OPTS,
      '答案：B',
    ]);
    expect(stems(rows)).toEqual([`${CASE}\n这一做法主要体现了（ ）。`, '预备党员的预备期为（ ）。']);
  });

  it('ends where the items stop repeating its words', async () => {
    const rows = await text([
      CASE,
      '1．“村民说事”制度主要体现了（ ）。',
      OPTS,
      '答案：A',
      '2．党的根本宗旨是（ ）。',
      OPTS,
      '答案：A',
    ]);
    expect(stems(rows)).toEqual([`${CASE}\n“村民说事”制度主要体现了（ ）。`, '党的根本宗旨是（ ）。']);
  });

  it('keeps a second sentence line of the passage with it', async () => {
    const rows = await text([
      '材料：某社区党委推行“网格化+积分制”管理，把社区划分为二十个网格。',
      '居民参与志愿服务可获得积分，居民参与社区事务的积极性明显提高。',
      '1．居民参与社区事务的积极性提高，说明（ ）。',
      OPTS,
      '答案：A',
      '2．党的根本宗旨是（ ）。',
      OPTS,
      '答案：A',
    ]);
    expect(stems(rows)).toEqual([
      '材料：某社区党委推行“网格化+积分制”管理，把社区划分为二十个网格。\n居民参与志愿服务可获得积分，居民参与社区事务的积极性明显提高。\n居民参与社区事务的积极性提高，说明（ ）。',
      '党的根本宗旨是（ ）。',
    ]);
  });
});

describe('a 判断 whose 解析 says by a mark what it should be keyed', () => {
  it('refuses an item keyed × whose 解析 says 此题应判√', async () => {
    const rows = await text([
      '一、判断题',
      '1．党组织讨论决定问题，必须执行少数服从多数的原则。（×）',
      '解析：原文为“必须执行少数服从多数的原则”，此题表述正确应判√。',
      '2．党的纪律处分分为五种。（√）',
    ]);
    expect(rows.map(key)[0]).toMatch(/不一致/);
  });

  it('keeps the key where the 解析 agrees (本题应判为错误)', async () => {
    const rows = await text([
      '一、判断题',
      '1．预备党员享有表决权。（×）',
      '解析：预备党员没有表决权，本题应判为错误。',
      '2．党的纪律处分分为五种。（√）',
    ]);
    expect(rows.map(key)).toEqual([[1], [0]]);
  });
});
