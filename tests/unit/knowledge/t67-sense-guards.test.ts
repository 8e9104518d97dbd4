// Round t67 (RUBRIC.md, the nested rule): 与时俱进 after 制度 says a system keeps up with the times, not the
// 解放思想、实事求是、与时俱进 line; 惠民生 after 可持续、 is the third of 一带一路's 高标准、可持续、惠民生, not the
// economic-work series' 惠民生. No library text writes either, so no listing or question of the library moves.
import { describe, expect, it } from 'vitest';
import { listedCounts as counts } from './listed-counts.js';

describe('round t67 sense guards', () => {
  it('leaves out 与时俱进 of a system keeping up with the times and keeps the line', () => {
    expect(counts('加强对“一府一委两院”的监督，推动人民代表大会制度与时俱进。')['与时俱进']).toBeUndefined();
    expect(counts('坚持解放思想、实事求是、与时俱进、求真务实。')['与时俱进']).toBe(1);
    expect(counts('既一脉相承又与时俱进的科学理论。')['与时俱进']).toBe(1);
  });

  it('leaves out 惠民生 of 一带一路 and keeps the economic-work series', () => {
    expect(counts('坚持开放、绿色、廉洁理念，以高标准、可持续、惠民生为目标。')['惠民生']).toBeUndefined();
    expect(counts('统筹推进稳增长、促改革、调结构、惠民生、防风险、保稳定工作。')['惠民生']).toBe(1);
    expect(counts('采取更多惠民生、暖民心举措。')['惠民生']).toBe(1);
  });
});
