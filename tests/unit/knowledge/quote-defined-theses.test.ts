// Theses the style rules missed in reports nobody tuned them on (the fresh set, RUBRIC.md): a
// subject qualified by a verb before 的 (完善的法治…，是…后盾), a sentence closing on what follows only from
// its conditions (…，事业才能兴旺发达), two clauses built on one shared phrase — against the
// instructions and report prose of the same shapes that stay out. Invented sentences.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

const score = quoteScore;

describe('a subject qualified by a verb before 的', () => {
  it('is the subject of a judgement, not an instruction', () => {
    const text = '完善的法治和健全的制度，是市场经济健康运行的坚强后盾。';
    expect(styleOf(text).task).toBe(false);
    expect(styleOf(text).aphorism).toBe(true);
    expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('stays an instruction without a judgement', () => {
    expect(styleOf('完善的制度要落到实处，加强监督检查，确保取得实效。').task).toBe(true);
    expect(score('完善的制度要落到实处，加强监督检查，确保取得实效。')).toBeLessThan(MIN_SCORE);
  });
});

describe('a sentence closing on 才能', () => {
  it('states a condition and what follows from it', () => {
    const text = '我们是一个人口众多的国家，各方面齐心协力、共同奋斗，事业才能兴旺发达。';
    expect(styleOf(text).pattern).toBe(true);
  });
  it.each([
    // An instruction with its purpose.
    '要加强组织领导，落实工作责任，工作才能见效。',
    // A long purpose clause is a work plan's detail, not a thesis.
    '各地要抓紧制定实施方案，这样才能确保全年经济社会发展各项目标任务的圆满完成。',
  ])('stays out: %s', (text) => {
    expect(score(text)).toBeLessThan(MIN_SCORE);
  });
});

describe('two clauses built on one shared phrase', () => {
  it('is a pair however long each clause is', () => {
    const text = '自己家门口的事情要由街坊邻居们一起商量，整个城市的事情要由全体市民共同来决定。';
    expect(styleOf(text).echo).toBe(true);
  });
  it.each([
    '加强农村基础设施建设，加快农村基础设施改造。',
    // A longer report sentence saying a generic compound twice is a pair, but nothing more.
    '我市的经济社会发展总体上保持了平稳的态势，经济社会发展的质量和效益在稳步地提高。',
  ])('stays ordinary prose: %s', (text) => {
    expect(score(text)).toBeLessThan(MIN_SCORE);
  });
});
