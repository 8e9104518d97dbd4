// Round quotes20: shapes general to what the held20 reports (and the fresh and held sets) missed or
// showed wrongly — the only way to an end (只有…才能) at any length, 没有…便没有, a thesis after 我们重申，
// or after a turn (但是，/当然，) that holds a judgement of its own, a retrospect and a prospect of
// unequal openings, 基本立足点 as a key noun, 这笔/这项 pointing back, 邓小平's 先富 unmarked, and the first half
// of a sentence cut at ； (cut cleanly, never ending on ；; a half naming a part of a group is none).
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { quoteScore, scored } from './quote-score.js';

describe('the only way to an end', () => {
  it('is a thesis whatever its length', () => {
    expect(
      quoteScore('只有坚持从实际出发，尊重群众的首创精神，大胆地探索和创造，才能使我们的事业始终充满生机和活力。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('只有坚持一切为了群众，我们的各项工作才能获得最可靠的力量源泉。')).toBeGreaterThanOrEqual(
      MIN_SCORE,
    );
  });

  it('records no progress in its condition (只有…不断深化，…才能…)', () => {
    expect(styleOf('只有开放不断扩大，管理不断加强，才能为社会的稳定打下牢固的基础。').narration).toBe(false);
    expect(styleOf('开放不断扩大，管理不断加强，社会保持稳定。').narration).toBe(true);
  });

  it('orders nothing, even with a goal to reach inside its condition', () => {
    const text = '只有全面推进依法治国，努力做到有法必依、执法必严，才能保证权力始终用来为人民谋利益。';
    expect(styleOf(text).task).toBe(false);
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('not an instruction that merely holds 只有 (要…，只有…), nor a thesis pointing back', () => {
    expect(quoteScore('只有用好这笔资金，才能办成更多的实事。')).toBeLessThan(MIN_SCORE);
    expect(quoteScore('要加快推进各项改革，完善各项制度，只有这样才能见效。')).toBeLessThan(MIN_SCORE);
  });
});

describe('other forms of a thesis', () => {
  it('没有…便没有 as 没有…就没有', () => {
    expect(styleOf('没有科学技术的进步，便没有经济的振兴。').pattern).toBe(true);
  });

  it('a thesis after 我们重申， stands without its lead', () => {
    expect(scored('我们重申，一个中国原则是两岸关系的政治基础。').map((x) => x.text)).toContain(
      '一个中国原则是两岸关系的政治基础。',
    );
  });

  it('a judgement after 但是，/当然， stands without the turn; narration after it does not', () => {
    expect(scored('但是，人民生活的改善，必须以生产的发展为基础。').map((x) => x.text)).toContain(
      '人民生活的改善，必须以生产的发展为基础。',
    );
    expect(scored('但是，我们也要清醒地看到前进中的困难。').map((x) => x.text)).not.toContain(
      '我们也要清醒地看到前进中的困难。',
    );
  });

  it('a retrospect set against a prospect though their openings differ in shape', () => {
    const f = styleOf('回顾十年历程，令人自豪；展望未来前景，催人奋进。');
    expect(f.couplet).toBe(true);
    expect(f.narration).toBe(false);
    // (回顾过去一年 still narrates the year.)
    expect(styleOf('回顾过去一年，令人自豪；展望未来前景，催人奋进。').narration).toBe(true);
  });

  it('a process sized by two words set apart by 的 alone is no judgement', () => {
    expect(styleOf('开放是一个长期的艰巨的实践过程。').aphorism).toBe(false);
  });

  it('a basic standpoint, 大势所趋 and 人心所向 are key nouns of a judged activity', () => {
    expect(styleOf('加强同发展中国家的团结合作，是我国外交工作的基本立足点。').task).toBe(false);
    // (what the times and the people's hearts favour: 实现…，是大势所趋，人心所向.)
    expect(quoteScore('实现两岸统一，是大势所趋，人心所向。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

describe('a line that only announces what follows', () => {
  it('says there are principles (…，是有原则的), they follow', () => {
    expect(fragmentReason('我们处理同邻国的关系，是有原则的。')).toBe('引出下文，不能单独成立');
    expect(fragmentReason('我们的外交政策是有原则、有底线的政策。')).toBeNull();
  });
});

describe('held20’s bad outputs', () => {
  it('a quantity too high named as a cause is a shortcoming told', () => {
    expect(quoteScore('成本过高是影响企业效益的一个重要因素。', true)).toBeLessThan(MIN_SCORE);
  });

  it('the line named by its definition is a formulation, not a saying', () => {
    expect(fragmentReason('一切从实际出发是我们党的思想路线。')).not.toBeNull();
  });

  it('a one-line paragraph of twelve characters and a comma before a long one is a heading', () => {
    const heading = '严肃财经纪律，严格财经管理。';
    const cs = quoteCandidates({
      paragraphs: [
        { kind: 'p' as const, text: heading },
        {
          kind: 'p' as const,
          text: '增强预算的透明度和约束力。加强预算执行的监督和审计，提高会计信息质量，维护税法的统一性。',
        },
      ],
      type: '文件',
      speakers: [{ name: '王某某' }],
    });
    expect(cs.map((c) => c.text)).not.toContain(heading);
  });
});

describe('words of 邓小平 unmarked', () => {
  it('初级阶段 (1987) in a later report is his', () => {
    const q = creditSaying({
      paragraph: 0,
      start: 0,
      end: 40,
      text: '社会主义是共产主义的初级阶段，而中国又处在社会主义的初级阶段，就是不发达的阶段。',
      speaker: '王某某',
      source: 'own',
    });
    expect(q.speaker).toBe('邓小平');
  });

  it('先富 in a report is not the 报告人’s', () => {
    const q = creditSaying({
      paragraph: 0,
      start: 0,
      end: 30,
      text: '国家的政策是允许一部分人、一部分地区先富起来，最终实现共同富裕。',
      speaker: '王某某',
      source: 'own',
    });
    expect(q.speaker).toBeNull();
  });
});

describe('the first half of a sentence cut at ；', () => {
  it('is shown cut cleanly at its clause', () => {
    const text =
      '改革开放是决定当代中国命运的关键抉择，是发展中国特色社会主义、实现中华民族伟大复兴的必由之路；只有社会主义才能救中国，只有改革开放才能发展中国、发展社会主义、发展马克思主义。';
    const paragraphs = [{ kind: 'p' as const, text }];
    const out = extractQuotes(paragraphs, {
      speakers: [{ name: '王某某', role: null }],
      occasion: null,
      date: null,
      type: '文件',
    });
    expect(out.length).toBeGreaterThan(0);
    for (const q of out) {
      expect(q.text).not.toMatch(/[；;]$/);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('is none when it names a part of the group told before', () => {
    expect(fragmentReason('少数是坚持错误不改的，属于敌我矛盾；')).not.toBeNull();
    expect(fragmentReason('少数服从多数，是党的组织原则。')).toBeNull();
  });
});
