// Round quotes23b: a short commentary (评论员文章, 社论) states a thesis in nearly every paragraph, and
// the length quota (five for a text under 5,500 characters) cut them; a subject grounded on another
// (…必须建立在…的基础上) is a thesis with no marker of form; a paragraph's key word announced
// (…，贵在一个“实”字) is a heading run into the text, not a 金句.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE, quotaFor, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { quotaWithForms, weighedTask } from '../../../electron/core/knowledge/quote-quota.js';
import { isSpeechFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { quoteScore } from './quote-score.js';

const HEADS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const q = (i: number, score: number): RankedQuote => ({
  paragraph: i,
  start: 0,
  end: 9,
  text: `${HEADS[i]}${HEADS[i]}是事业的根本。`,
  speaker: null,
  source: 'own',
  score,
  reason: '格言式论断',
  thesis: true,
});

describe('the quota of a short text by its theses', () => {
  it('a short text keeps every line that clears the minimum, up to twice the floor', () => {
    const chars = 1500;
    const eight = Array.from({ length: 8 }, (_, i) => q(i, 4.5 + (i % 3)));
    expect(selectQuotes(eight, chars)).toHaveLength(8);
    const fourteen = Array.from({ length: 14 }, (_, i) => q(i, 5));
    expect(selectQuotes(fourteen, chars)).toHaveLength(10);
  });

  it('not a long report, nor a 历史文献, nor lines below the minimum', () => {
    expect(quotaWithForms(20000, 40)).toBe(quotaFor(20000));
    const eight = Array.from({ length: 8 }, (_, i) => q(i, 4.5));
    expect(selectQuotes(eight, 1500, true)).toHaveLength(quotaFor(1500));
    const weak = [...Array.from({ length: 4 }, (_, i) => q(i, 5)), ...Array.from({ length: 6 }, (_, i) => q(4 + i, 2))];
    expect(selectQuotes(weak, 1500)).toHaveLength(4);
  });
});

describe('a subject grounded on another', () => {
  it('clears the minimum with no marker of form', () => {
    expect(quoteScore('国际合作必须建立在自力更生的基础上。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('发展必须以安全为前提。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('not an order to build on something, nor a long list', () => {
    expect(quoteScore('我们要把各项工作建立在调查研究的基础上。')).toBeLessThan(MIN_SCORE);
    expect(quoteScore('要以群众满意为前提。')).toBeLessThan(MIN_SCORE);
  });
});

describe('a paragraph key word announced', () => {
  it('is a speech formula; a thesis of the same opening is not', () => {
    expect(isSpeechFormula('抓落实，贵在一个“实”字。')).toBe(true);
    expect(isSpeechFormula('抓落实，难在一个“严”字。')).toBe(true);
    expect(isSpeechFormula('乡村振兴，干字当头。')).toBe(true);
    expect(isSpeechFormula('乡村振兴，关键在人。')).toBe(false);
  });
});

describe('a task weighed as a means', () => {
  it('takes no place beyond the length quota', () => {
    expect(weighedTask('强化乡镇和村党组织的领导地位，是全面推进乡村振兴的重要保证。')).toBe(true);
    expect(weighedTask('保护生态环境就是保护生产力，改善生态环境就是发展生产力。')).toBe(false);
    expect(weighedTask('改革是乡村振兴的重要法宝。')).toBe(false);
    const five = Array.from({ length: 5 }, (_, i) => q(i, 6));
    const task = { ...q(5, 5), text: '推动发展壮大村级集体经济，是全面推进乡村振兴的有效抓手。' };
    expect(selectQuotes([...five, task, q(6, 5)], 1500).map((x) => x.paragraph)).toEqual([0, 1, 2, 3, 4, 6]);
  });
});
