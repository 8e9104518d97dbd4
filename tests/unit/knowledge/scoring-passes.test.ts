// A 金句 candidate is scored twice, optimistically (no word segmentation) and then in full; the full
// pass reuses what the first found for the same text (sentence-style.ts, sentence-fragment.ts). The
// full pass after the optimistic one must answer as a full pass alone does.
import { describe, expect, it } from 'vitest';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

describe('the full fragment check after the optimistic one', () => {
  it('still finds what only the words show', () => {
    // 抓住/v 这个: a verb's determiner, pointing back; without words 住 looks like a noun's end.
    const back = '抓住这个机遇，就能赢得未来。';
    expect(fragmentReason(back, true)).toBeNull();
    expect(fragmentReason(back)).toBe('指代上文，不能单独成立');
    // A noun phrase without a predicate: found by the words' classes only.
    const phrase = '工人阶级和资产阶级的矛盾';
    expect(fragmentReason(phrase, true)).toBeNull();
    expect(fragmentReason(phrase)).toBe('没有谓语，是名词短语');
  });

  it('gives the same reason whichever pass comes first', () => {
    const lead = '目前我们的经济形势很好。';
    expect(fragmentReason(lead)).toBe('以关联词或指代开头，不能单独成立');
    expect(fragmentReason(lead, true)).toBe(fragmentReason(lead));
    const whole = '空谈误国，实干兴邦。';
    expect(fragmentReason(whole, true)).toBeNull();
    expect(fragmentReason(whole)).toBeNull();
  });
});

describe('the style of a sentence scored twice', () => {
  it('differs between the passes only in the wording words decide', () => {
    const text = '发展是第一要务，人才是第一资源，创新是第一动力。';
    const bound = styleOf(text, true);
    const full = styleOf(text);
    const { metaphors: m1, classical: c1, ...rest1 } = bound;
    const { metaphors: m2, classical: c2, ...rest2 } = full;
    expect(rest1).toEqual(rest2);
    expect(m1).toBeGreaterThanOrEqual(m2);
    expect(c1 || !c2).toBe(true);
    expect(full.parallel).toBe(true);
  });

  it('answers each sentence for itself', () => {
    expect(styleOf('加强党的全面领导，推进全面从严治党。', true).task).toBe(true);
    expect(styleOf('空谈误国，实干兴邦。').task).toBe(false);
    expect(styleOf('加强党的全面领导，推进全面从严治党。').task).toBe(true);
  });
});
