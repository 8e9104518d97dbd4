// Round t69 (RUBRIC.md): the Party-building, education, united-front, culture and state-firm lines the 十七大,
// 十九大, 二十大 and the 2010 and 2024 reports state, each read in every library use in one sense. Listing layer
// only: no new entry becomes a question's blank, and the asked 提法 inside a line are still listed beside it.
import { describe, expect, it } from 'vitest';
import { askable } from '../../../electron/core/quiz/source.js';
import { listedCounts as counts } from './listed-counts.js';

describe('round t69 listing entries', () => {
  it('lists the discipline and supervision lines', () => {
    const c = counts(
      '坚持严管和厚爱结合、激励和约束并重，完善干部考核评价机制。',
      '推进政治监督具体化、精准化、常态化。推进作风建设常态化长效化。',
    );
    for (const t of ['严管和厚爱结合、激励和约束并重', '政治监督具体化、精准化、常态化', '作风建设常态化长效化'])
      expect(c[t], t).toBe(1);
    expect(askable('作风建设常态化长效化')).toBe(false);
  });

  it('lists the education line and its third part beside the asked parts', () => {
    const c = counts('坚持教育优先发展、科技自立自强、人才引领驱动，加快建设教育强国。');
    expect(c['教育优先发展、科技自立自强、人才引领驱动']).toBe(1);
    for (const t of ['人才引领驱动', '教育优先发展', '科技自立自强']) expect(c[t], t).toBe(1);
    expect(askable('人才引领驱动')).toBe(false);
  });

  it('lists the united-front, culture and state-firm lines, the 二十大 comma as the enumeration comma', () => {
    const c = counts(
      '坚持一致性和多样性统一，找到最大公约数，画出最大同心圆。',
      '建设中华民族共有精神家园。增强核心功能、提高核心竞争力。',
    );
    for (const t of [
      '一致性和多样性统一',
      '找到最大公约数、画出最大同心圆',
      '中华民族共有精神家园',
      '增强核心功能、提高核心竞争力',
    ])
      expect(c[t], t).toBe(1);
  });

  it('leaves out the wordings no library text writes', () => {
    // 2024's 画好海内外中华儿女的最大同心圆 and t65's 提升核心竞争力: no variant without a text that reads it so.
    const c = counts('画好海内外中华儿女的最大同心圆。增强核心功能、提升核心竞争力。');
    expect(c['找到最大公约数、画出最大同心圆']).toBeUndefined();
    expect(c['增强核心功能、提高核心竞争力']).toBeUndefined();
  });
});
