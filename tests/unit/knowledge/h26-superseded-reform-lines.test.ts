// Round h26: a line of the early reform years given up later (计划经济为主、市场调节为辅, 1982, replaced by the
// 社会主义市场经济 in 1992) and the lexicon's 历史提法 (大跃进, 人民公社) are never offered for study, while the
// current 提法 of the same texts are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsSupersededLine, isSupersededLine } from '../../../electron/core/knowledge/superseded-lines.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';

describe('the early reform years’ superseded line', () => {
  it('holds 计划经济为主、市场调节为辅 in either punctuation as a superseded line', () => {
    expect(holdsSupersededLine('要根据计划经济为主、市场调节为辅的原则，分别采取三种管理办法。')).toBe(true);
    expect(holdsSupersededLine('十二大提出计划经济为主，市场调节为辅。')).toBe(true);
    expect(isSupersededLine('市场调节为辅')).toBe(true);
  });

  it('leaves the line that replaced it study material', () => {
    expect(holdsSupersededLine('我国经济体制改革的目标是建立社会主义市场经济体制。')).toBe(false);
    expect(isSupersededLine('社会主义市场经济')).toBe(false);
    expect(isSupersededLine('市场调节')).toBe(false);
  });
});

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
