// Review of rounds 23: a Taiwanese 里长 is a post, 万里长征 and 千里长堤 hold none.
import { describe, expect, it } from 'vitest';
import { ROLE } from '../../../electron/core/knowledge/post-role.js';

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
