// Round directives27: imported local speeches and reports (quotes-local21.json, sets local27 and local27h,
// local-docs/l27-*): the stock resolve 越…越要 of the moment, two quoted watchwords raised by 更要, time and
// speed equated to a gain, the hall told what to do (local formulas); a guest's account of his own firm in a
// report; an old-style maxim and a Party line said with 我们党 (nobody's).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { classicalCouplet } from '../../../electron/core/knowledge/sentence-figures.js';

const quotesOf = (texts: string[], type: '讲话' | '会议报道', name: string | null = '钱立业') =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: name ? [{ name, role: null }] : [], occasion: null, date: null, type },
  ).map((q) => `${q.speaker ?? '—'}: ${q.text}`);

describe('the more the moment is hard, the more the hall must do (越…越要)', () => {
  it('is a local formula', () => {
    for (const line of [
      '越是困难越要迎难而上，越是落后越要奋起直追。',
      '形势越是平稳，越要警钟长鸣。',
      '越是任务繁重，越要保持攻坚的韧劲。',
      '形势越复杂，越要保持定力。',
      '越是经济下行压力大，越要给企业吃下“定心丸”。',
    ])
      expect(isLocalFormula(line), line).toBe(true);
    expect(quotesOf(['越是困难越要迎难而上，越是落后越要奋起直追。'], '讲话')).toEqual([]);
  });

  it('not a thesis of who or where, nor one opening on a thesis', () => {
    for (const line of [
      '越是位高权重，越是要如履薄冰。',
      '越是基层越要守纪律，越是群众身边越要讲规矩。',
      '越是管干部的人，越要接受监督。',
      '改革是发展的动力，越是爬坡过坎，越要向改革要活力。',
      '手中的权力越大，肩上的责任就越重。',
    ])
      expect(isLocalFormula(line), line).toBe(false);
  });
});

describe('two quoted watchwords, the second raised by 更要', () => {
  it('is a banner of the work list', () => {
    expect(isLocalFormula('污染防治要“铁腕治污”，更要“科学治污”。')).toBe(true);
    expect(isLocalFormula('安全监管要“严”字当头，更要“实”处着力。')).toBe(true);
    expect(isLocalFormula('招商要“招大引强”，更要“招新引优”。')).toBe(true);
  });

  it('not what a thing takes said in words of its own', () => {
    expect(isLocalFormula('钱要花在刀刃上，更要花在群众最需要的地方。')).toBe(false);
    expect(isLocalFormula('廉政建设要靠教育，更要靠法制。')).toBe(false);
    expect(isLocalFormula('对企业，既要“亲”得真诚，也要“清”得干净。')).toBe(false);
  });
});

describe('time and speed equated to a gain', () => {
  it('is a banner urging pace', () => {
    expect(isLocalFormula('时间就是进度，速度就是效益。')).toBe(true);
    expect(quotesOf(['时间就是进度，速度就是效益。'], '讲话')).toEqual([]);
  });

  it('not a thing judged', () => {
    expect(isLocalFormula('营商环境就是生产力。')).toBe(false);
    expect(isLocalFormula('保护环境就是保护发展的后劲，破坏环境就是透支子孙的饭碗。')).toBe(false);
  });
});

describe('the people in the hall told what to do', () => {
  it('is a local formula whatever the verb', () => {
    expect(isLocalFormula('大家要算好政治账、经济账、家庭账，时刻绷紧廉洁自律这根弦。')).toBe(true);
  });

  it('not a line about the hall', () => {
    expect(isLocalFormula('大家的发言很实在。')).toBe(false);
  });
});

describe("a guest's account of his own firm in a meeting report", () => {
  it('is no point to study', () => {
    expect(isReportDirective('我们搞农产品加工十年了，吃过亏，也尝到了甜头，质量是我们企业的饭碗。')).toBe(true);
    expect(isReportDirective('本公司坚持质量第一，十年没有一起投诉。')).toBe(true);
  });

  it('not what the leader says of firms', () => {
    expect(isReportDirective('企业的事再小也是大事，企业的难处就是我们工作的着力点。')).toBe(false);
  });
});

describe('an old-style maxim in a local speech', () => {
  const line = '贪如火，不遏则燎原；欲如水，不遏则滔天。';
  it('is quoted, not coined: nobody is its speaker', () => {
    expect(classicalCouplet(line)).toBe(true);
    expect(quotesOf([line], '讲话', '郝德胜')).toContain(`—: ${line}`);
  });

  it('not a modern couplet', () => {
    expect(classicalCouplet('小节不保，大节难守。')).toBe(false);
    expect(classicalCouplet('心中有敬畏，行动才有底线。')).toBe(false);
  });
});

describe('a listed Party line retold with 我们党', () => {
  it('is the listed line', () => {
    expect(sayingIn('群众路线是我们党的生命线和根本工作路线。')?.saying.text).toBe(
      '群众路线是党的生命线和根本工作路线',
    );
  });
});
