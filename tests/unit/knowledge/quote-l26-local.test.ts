// Round local26: imported local speeches (quotes-local21.json, sets local26 and local26h, local-docs/l26-*):
// vivid local lines the ranking left below the minimum (A不A answered by a bare 看, the best of a thing judged
// nothing without what makes it count, the sum after 说一千道一万, a person likened to a seed), closing pledges
// and works called engines (formulas), a convict's confession and what to do when a thing is faced (no 金句),
// and sayings in common use said in part or opening a report's retold words (nobody's).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { creditSaying, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { markingLead } from '../../../electron/core/knowledge/lead-ins.js';
import { EVEN_THE_BEST, WHETHER_JUDGED } from '../../../electron/core/knowledge/judgement-words.js';
import { metaphors } from '../../../electron/core/knowledge/sentence-figures.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import type { QuoteCandidate } from '../../../electron/core/knowledge/quote-candidates.js';

const quotesOf = (texts: string[], type: '讲话' | '会议报道', name: string | null = '韩立新') =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: name ? [{ name, role: null }] : [], occasion: null, date: null, type },
  ).map((q) => `${q.speaker ?? '—'}: ${q.text}`);

const own = (text: string, extra: Partial<QuoteCandidate> = {}): QuoteCandidate => ({
  paragraph: 0,
  start: 0,
  end: text.length,
  text,
  speaker: '郑宏远',
  source: 'own',
  ...extra,
});

describe('a subject asked A不A and answered by a bare 看', () => {
  const line = '发展快不快，看项目；后劲足不足，看产业。';
  it('is a thesis, not a task', () => {
    expect(WHETHER_JUDGED.test(line)).toBe(true);
    expect(styleOf(line).task).toBe(false);
    expect(quotesOf([line], '讲话')).toContain(`韩立新: ${line}`);
  });

  it('not a plain A不A question left unanswered', () => {
    expect(WHETHER_JUDGED.test('大家想一想，这样做好不好，值得我们深思。')).toBe(false);
  });
});

describe('the best of a thing judged nothing without what makes it count', () => {
  it('is a thesis', () => {
    expect(EVEN_THE_BEST.test('再好的蓝图，不抓落实就是一纸空文。')).toBe(true);
    expect(EVEN_THE_BEST.test('制度定得再好，不执行就是一张废纸。')).toBe(true);
    expect(quotesOf(['再好的蓝图，不抓落实就是一纸空文。'], '讲话')).toContain(
      '韩立新: 再好的蓝图，不抓落实就是一纸空文。',
    );
  });

  it('not a figure told', () => {
    expect(EVEN_THE_BEST.test('再过三年，全县就是另一番面貌。')).toBe(false);
  });
});

describe('the sum of a part of a speech after 说一千道一万，', () => {
  it('leads into its point', () => {
    expect(markingLead('说一千道一万，企业感受是唯一的标准。')).toEqual({ length: 7, lesson: true });
    expect(markingLead('归根结底，发展要靠实干。')?.lesson).toBe(true);
    expect(quotesOf(['说一千道一万，企业感受是唯一的标准。'], '讲话')).toContain('韩立新: 企业感受是唯一的标准。');
  });

  it('not 说到底 inside a thesis', () => {
    expect(markingLead('乡村振兴，说到底是人的振兴。')).toBeNull();
  });
});

describe('a person likened to one small object', () => {
  it('is a metaphor', () => {
    expect(metaphors('每一名共产党员都是一颗种子，种在哪里就要在哪里开花结果。', true)).toBeGreaterThan(0);
  });

  it('not the head of a unit', () => {
    expect(metaphors('他是一把手，要负总责。', true)).toBe(0);
  });
});

describe('the closing pledge and a work called the engine of another', () => {
  it('are local formulas', () => {
    expect(isLocalFormula('新的一年，任务艰巨，使命光荣。')).toBe(true);
    expect(isLocalFormula('初心如磐，使命在肩。')).toBe(true);
    expect(isLocalFormula('项目建设是稳增长的“主引擎”。')).toBe(true);
    expect(isLocalFormula('招商引资是经济工作的生命线。')).toBe(true);
  });

  it('not a thesis on discipline or on a mission', () => {
    expect(isLocalFormula('纪律是党的生命线。')).toBe(false);
    expect(isLocalFormula('初心就是当年入党时那份最纯粹的承诺。')).toBe(false);
  });
});

describe('a convict’s confession read out in a warning lecture', () => {
  it('is no 金句', () => {
    const got = quotesOf(
      ['原县交通局局长张某在忏悔书中写道：“我一步步走向深渊，都是从第一次没有拒绝开始的。”'],
      '讲话',
      '谭卫东',
    );
    expect(got.filter((x) => x.includes('走向深渊'))).toEqual([]);
  });

  it('while a model’s framed words stay', () => {
    const got = quotesOf(['他常说：“党员就是要比别人多干一点、多吃点亏。”'], '讲话', '黄晓峰');
    expect(got).toContain('—: 党员就是要比别人多干一点、多吃点亏。');
  });
});

describe('what to do when a thing is faced', () => {
  it('is a task', () => {
    expect(styleOf('面对诱惑，要想一想组织的培养，想一想家人的期盼，想一想自己的奋斗。').task).toBe(true);
  });
});

describe('a saying in common use said in part or opening retold words', () => {
  it('a clause of eight characters or more of a couplet nobody owns is the saying', () => {
    expect(creditSaying(own('一名党员就是一面旗帜。')).speaker).toBeNull();
    // (A person's saying is only his whole: 我们都在努力奔跑 alone is no match.)
    expect(sayingIn('我们都在努力奔跑。')).toBeNull();
  });

  it('as the first member of a couplet a report retells, takes the speaker off', () => {
    expect(
      creditSaying(own('群众的小事，就是我们的大事；群众的难事，就是我们的要事。', { reported: true })).speaker,
    ).toBeNull();
    // (Words that go on in his own, or only end on one, stay his.)
    expect(creditSaying(own('作风建设永远在路上，一刻也不能松懈。', { reported: true })).speaker).toBe('郑宏远');
    expect(
      creditSaying(own('件件都要放在心上办好，因为群众的小事，就是我们的大事。', { reported: true })).speaker,
    ).toBe('郑宏远');
  });

  it('lines officials repeat are nobody’s', () => {
    for (const text of [
      '今天的投资结构，就是明天的产业结构。',
      '社区虽小，连着千家万户；网格虽微，关系百姓冷暖。',
      '榜样是看得见的哲理，先进是立得起的标杆。',
      '让有为者有位、吃苦者吃香、流汗者流芳，才能激励更多的人见贤思齐。',
      '关键时刻站得出来，危急关头豁得出去，这才是党员的样子。',
    ])
      expect(creditSaying(own(text)).speaker).toBeNull();
  });
});

describe('a short one-line paragraph before a longer one', () => {
  const speech = (line: string) =>
    quotesOf(
      [line, '企业是市场的主体，我们要把服务企业的各项举措落到实处，让企业家安心经营、放心投资、专心发展。'],
      '讲话',
    );

  it('is its point when it is an antithesis, a condition and what follows, or a well-known saying', () => {
    expect(speech('营商环境没有最好，只有更好。')).toContain('—: 营商环境没有最好，只有更好。');
    expect(speech('群众利益无小事。')).toContain('—: 群众利益无小事。');
  });

  it('a heading otherwise', () => {
    expect(speech('持续优化营商环境。').filter((x) => x.includes('持续优化'))).toEqual([]);
  });
});
