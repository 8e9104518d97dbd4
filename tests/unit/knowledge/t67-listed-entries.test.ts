// Round t67 (RUBRIC.md): the 法治, 文化, 党建 and 三农 lines the 十九大, 二十大 and 2014–2023 reports state, each
// read in every library use in one sense. Listing layer only: no new entry becomes a question's blank.
import { describe, expect, it } from 'vitest';
import { askable } from '../../../electron/core/quiz/source.js';
import { listedCounts as counts } from './listed-counts.js';

describe('round t67 listing entries', () => {
  it('lists the rule-of-law lines', () => {
    const c = counts(
      '更好发挥法治固根本、稳预期、利长远的保障作用。',
      '推进科学立法、民主立法、依法立法，统筹立改废释纂。',
    );
    expect(c['法治固根本、稳预期、利长远']).toBe(1);
    expect(c['科学立法、民主立法、依法立法']).toBe(1);
    expect(askable('科学立法、民主立法、依法立法')).toBe(false);
  });

  it('lists the ideology, Party-building and grain lines', () => {
    const c = counts(
      '马克思主义在意识形态领域的指导地位更加鲜明。',
      '增强党组织政治功能和组织功能。',
      '确保国家粮食安全，把14亿多中国人的饭碗牢牢端在自己手中。',
    );
    for (const t of ['马克思主义在意识形态领域的指导地位', '党组织政治功能和组织功能', '中国人的饭碗牢牢端在自己手中'])
      expect(c[t], t).toBe(1);
  });

  it('leaves the grain line out where the text says another thing', () => {
    // 2024's 把饭碗牢牢端在自己手上 has no 中国人的: no variant without a text that reads it so.
    expect(counts('始终把饭碗牢牢端在自己手上。')['中国人的饭碗牢牢端在自己手中']).toBeUndefined();
  });
});
