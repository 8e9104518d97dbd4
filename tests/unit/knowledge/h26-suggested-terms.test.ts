// Round h26: the lexicon's 历史提法 (大跃进, 人民公社), which a 党史 text names, are never suggested as a 提法
// to study on a topic, while the current 提法 of the same text are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../quiz/helpers.js';

describe('topic suggestions on a 党史 lecture', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = makeCore();
    const text =
      '党史学习教育辅导\n' +
      '历史决议指出，“大跃进”运动和农村人民公社化运动，使得“左”倾错误严重地泛滥开来。\n' +
      '一九五八年的大跃进和人民公社化运动，忽视了客观的经济规律。我们要坚持实事求是的思想路线。\n' +
      '学习大跃进的教训，就是要坚持实事求是，坚持解放思想、实事求是。\n';
    await t.call('importFiles', {
      files: [{ name: 'dangshi.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') }],
    });
  }, 60_000);
  afterAll(() => t.close());

  it('offers no 历史提法 as a 提法 to study, and keeps the current ones', async () => {
    const s = await t.call('suggestSessionMaterial', { topic: '大跃进', limit: 20 });
    const terms = s.terms.map((x) => x.term);
    expect(terms).toContain('实事求是');
    expect(terms).not.toContain('大跃进');
    expect(terms).not.toContain('人民公社');
  });
});
