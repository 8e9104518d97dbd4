// Forms local speeches use that the ranking misread: 万 in set phrases taken for an amount, an
// instruction verb as the subject of a saying (落实不能停在嘴上…), a short speech dense with sayings
// losing its strongest to the quota — each beside the reading that must not change.
import { describe, expect, it } from 'vitest';
import {
  MIN_SCORE,
  quotaFor,
  selectQuotes,
  STRONG_SCORE,
  type RankedQuote,
} from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

describe('万 and 亿', () => {
  it('are no amount in set phrases', () => {
    expect(styleOf('关键时刻，全市上下万众一心、众志成城。').dated).toBe(false);
    expect(styleOf('好政策要走进千家万户。').dated).toBe(false);
  });

  it('are an amount after a numeral or before a unit', () => {
    expect(styleOf('全年新增就业一千万人。').dated).toBe(true);
    expect(styleOf('带动群众增收上万元。').dated).toBe(true);
    expect(styleOf('总投资三亿元。').dated).toBe(true);
  });
});

describe('an instruction verb', () => {
  it('said of rather than ordered is no task (落实不能…, 落实贵在…)', () => {
    expect(styleOf('落实不能停在嘴上、写在纸上、挂在墙上。').task).toBe(false);
    expect(styleOf('落实贵在持之以恒。').task).toBe(false);
  });

  it('ordered is a task, 持续推进 and 扎实做好 too', () => {
    expect(styleOf('落实好各项惠民政策。').task).toBe(true);
    expect(styleOf('持续推进大众创业、万众创新。').task).toBe(true);
    expect(styleOf('扎实做好信访工作，化解信访积案。').task).toBe(true);
  });
});

describe('the quota of a short speech', () => {
  const ranked = (scores: number[]): RankedQuote[] =>
    scores.map((score, i) => ({
      paragraph: i,
      start: 0,
      end: 10,
      text: `${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[i]}字开头的一句话。`,
      speaker: null,
      source: 'own' as const,
      score,
      reason: '对仗',
    }));
  const chars = 1500;

  it('keeps its strongest beyond the quota, up to twice it', () => {
    const q = quotaFor(chars);
    const strong = Array.from({ length: q * 2 + 2 }, () => STRONG_SCORE + 1);
    expect(selectQuotes(ranked(strong), chars)).toHaveLength(q * 2);
  });

  // (Round q24b: the quota of a short text counts its lines above the minimum, up to twice the floor.)
  it('keeps only twice the quota when the rest are ordinary 金句', () => {
    const q = quotaFor(chars);
    const plain = Array.from({ length: q * 2 + 3 }, () => MIN_SCORE + 1);
    expect(selectQuotes(ranked(plain), chars)).toHaveLength(q * 2);
  });
});
