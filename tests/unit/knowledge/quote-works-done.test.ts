// A works' completion told twice (东线一期工程提前通水，中线一期主体工程如期完工) repeats its words like an
// antithesis, yet it is a year's record: it is no 金句 (found reading the library's 2014 report).
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

describe('works completed', () => {
  it('told in two echoing clauses are a record, not a saying', () => {
    expect(quoteScore('南水北调东线一期工程提前通水，中线一期主体工程如期完工。')).toBeLessThan(MIN_SCORE);
    expect(quoteScore('一号机组建成投产，二号机组并网发电。')).toBeLessThan(MIN_SCORE);
    expect(quoteScore('青藏铁路全线通车，西气东输工程投产。')).toBeLessThan(MIN_SCORE);
  });

  it('while an antithesis of the year keeps its place', () => {
    expect(quoteScore('困难比预料的多，结果比预想的好。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('but a completion wished or planned is no record told', () => {
    expect(styleOf('进一步压缩工程项目审批时间，让项目早开工、早投产。').narration).toBe(false);
    expect(styleOf('确保年底前全线通车。').narration).toBe(false);
    expect(styleOf('青藏铁路全线通车。').narration).toBe(true);
  });
});
