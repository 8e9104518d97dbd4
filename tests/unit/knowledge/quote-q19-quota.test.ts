// Round quotes19: a long report whose quota runs out at 4.5 or below keeps, up to a quarter more, the
// short theses that stand alone (2015's picks at 4 behind outputs of 4.5); a 历史文献 keeps the length
// quota only. And the shapes that would take those places: a prohibition of a particular wrong, a
// sanction or a procedure, a process sized by two words, a shortcoming told.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE, quotaFor, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore, scored } from './quote-score.js';

const HEADS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃';
const q = (i: number, score: number, thesis: boolean, text = `${HEADS[i]}${HEADS[i]}是事业的根本。`): RankedQuote => ({
  paragraph: i,
  start: 0,
  end: text.length,
  text,
  speaker: null,
  source: 'own',
  score,
  reason: '格言式论断',
  ...(thesis ? { thesis } : {}),
});

describe('the quota of a long report cut at a low score', () => {
  const chars = 20000;
  const n = quotaFor(chars);
  const kept = Array.from({ length: n }, (_, i) => q(i, 4.5, false));
  const waiting = [q(n, 4, true), q(n + 1, 4, true), q(n + 2, 4, false)];

  it('keeps short theses beyond it, not other forms', () => {
    const out = selectQuotes([...kept, ...waiting], chars);
    expect(out).toHaveLength(n + 2);
    expect(out.map((x) => x.paragraph)).not.toContain(n + 2);
  });

  it('not a 历史文献, nor a report whose quota runs out higher', () => {
    expect(selectQuotes([...kept, ...waiting], chars, true)).toHaveLength(n);
    const strong = kept.map((x) => ({ ...x, score: 5 }));
    expect(selectQuotes([...strong, ...waiting], chars)).toHaveLength(n);
  });

  it('not a member of a ；-list, a classification or a line pointing to a person', () => {
    const others = [
      q(n, 4, true, '天天既要做长期的努力，又要有紧迫感；'),
      q(n + 1, 4, true, '地地是人类进步事业的重要组成部分。'),
      q(n + 2, 4, true, '玄玄最重要的是看他是否坚决执行。'),
    ];
    expect(selectQuotes([...kept, ...others], chars)).toHaveLength(n);
  });

  it('up to a quarter more', () => {
    const many = Array.from({ length: n }, (_, i) => q(n + i, 4, true));
    expect(selectQuotes([...kept, ...many], chars)).toHaveLength(Math.ceil(n * 1.25));
  });
});

describe('shapes that are no thesis', () => {
  it('a prohibition of a particular wrong is an instruction (not one laid on anyone)', () => {
    expect(styleOf('决不容许坏人借机打击报复好人。').task).toBe(true);
    expect(styleOf('决不容许任何人凌驾于法律之上。').task).toBe(false);
  });

  it('a sanction or a procedure laid down is a rule', () => {
    expect(styleOf('侵犯群众的利益，就是违反纪律，必须受到纪律处分。').task).toBe(true);
    expect(styleOf('各县的机构改革方案，报省政府批准后组织实施。').task).toBe(true);
  });

  it('a process sized by two words set apart by 、, and a shortcoming told', () => {
    expect(styleOf('新体制的形成将是长期的、艰巨的过程。').aphorism).toBe(false);
    expect(quoteScore('矛盾的焦点是企业的经济效益太低。', true)).toBeLessThan(MIN_SCORE);
  });
});

describe('what held19 missed', () => {
  it('a thesis marked by 这里需要特别指出， stands without its lead', () => {
    const out = scored('这里需要特别指出，扩大赤字是特定条件下采取的特定办法。');
    expect(out.map((x) => x.text)).toContain('扩大赤字是特定条件下采取的特定办法。');
  });

  it('a long-held wish is no span of time told', () => {
    expect(styleOf('完成国家统一，是海峡两岸同胞长期以来的共同愿望。').narration).toBe(false);
    expect(styleOf('长期以来，我们在这方面做了大量工作。').narration).toBe(true);
  });
});
