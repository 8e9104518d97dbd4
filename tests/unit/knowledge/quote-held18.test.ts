// What the government work reports held out in round quotes18 (2007 and 2005, "set": "held18") showed:
// the dignity of the mission said clause by clause is the closing formula; 无论是 is no copula; an
// instruction may open on 合理; a copula kept on by 仍然 still judges; what matters most (最重要的是) to
// an activity named first is a thesis. Invented sentences in the reports' shapes.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

describe('the closing formula and routine guidance are no 金句', () => {
  it('the mission said to be lofty and sacred, clause by clause', () => {
    expect(quoteScore('我们的事业崇高而神圣，我们的担子重大而光荣。')).toBeLessThan(MIN_SCORE);
  });

  it('无论是… opens no judgement', () => {
    expect(styleOf('无论是应对眼前的困难，还是实现长远的目标，都必须以新发展理念为指导。').aphorism).toBe(false);
  });

  it('an instruction opening on 合理 is a task', () => {
    expect(styleOf('合理调控财政支出规模，既要保障重点领域，又要防范债务风险。').task).toBe(true);
    expect(quoteScore('合理调控财政支出规模，既要保障重点领域，又要防范债务风险。')).toBeLessThan(MIN_SCORE);
  });
});

describe('theses the held-out reports picked', () => {
  it('a copula kept on by 仍然 still judges', () => {
    expect(quoteScore('解决好群众的住房问题，仍然是民生工作的重中之重。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('what matters most to the activity named first', () => {
    expect(styleOf('建设法治政府，最重要的是规范权力运行，保障公民权利。')).toMatchObject({
      task: false,
      aphorism: true,
    });
    expect(quoteScore('建设法治政府，最重要的是规范权力运行，保障公民权利。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
