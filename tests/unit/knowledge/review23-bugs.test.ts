// Review of rounds 23: a Taiwanese 里长 is a post, 万里长征 and 千里长堤 hold none; a class of people said to be
// one of many (共产党员是…的一名普通劳动者) is no person introduced.
import { describe, expect, it } from 'vitest';
import { ROLE } from '../../../electron/core/knowledge/post-role.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';

const post = new RegExp(`^${ROLE}$`);

describe('review23: 里长 as a post', () => {
  it('reads a 里长 as a post', () => {
    expect(post.test('忠孝里里长')).toBe(true);
  });

  it('reads none in 万里长(征), 千里长(堤) or 百里长(廊), as in 公里长', () => {
    for (const words of ['走好新的万里长', '加固千里长', '建成百里长', '全线三十公里长'])
      expect(post.test(words)).toBe(false);
  });
});

describe('review23: a person introduced (某某是某医院的一名护士)', () => {
  it('is narration, but a class of people said to be one of many is a thesis', () => {
    expect(fragmentReason('李梅是县人民医院的一名护士。')).toBe('介绍一个人，是叙述');
    expect(fragmentReason('共产党员是人民群众中的一名普通劳动者。')).not.toBe('介绍一个人，是叙述');
    expect(fragmentReason('领导干部是人民的一名勤务员。')).not.toBe('介绍一个人，是叙述');
  });
});
