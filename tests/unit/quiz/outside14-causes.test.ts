// Causes found by judging the library draws after the 多选 left (tests/eval/knowledge/questions-outside13.json and
// questions-outside14.json): a line that nothing dates asked which year or which government work report it comes from,
// among the reports of the years around it (统一祖国，振兴中华…, 规则越简约透明…): a learner can only guess; and a
// five-year plan asked among plans decades away (十二五 among 八五, 七五, 一五 in a 2012 report).
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { placesInTime } from '../../../electron/core/quiz/dated-line.js';
import { termDistractors } from '../../../electron/core/quiz/term-distractors.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const SERIES = [2015, 2016, 2017, 2018, 2020];
/** The source questions of one line of a 2019 government work report, the reports of the years around it beside it. */
const sourceQuestions = (line: string) => {
  const doc = sourceDoc('r2019', 2019, [line]);
  const others = SERIES.map((y) => sourceDoc(`r${y}`, y, ['各项工作取得新进展。']));
  const qs = generateFromQuotes(sourceOf([doc, ...others], [quoteOf(doc, line, null)]));
  return qs.filter((q) => /哪篇|哪一年/.test(q.stem));
};

describe('a line of a yearly series of reports that nothing dates', () => {
  it('is asked neither which report nor which year: 规则越简约透明，监管越有力有效 (2019)', () => {
    expect(sourceQuestions('规则越简约透明，监管越有力有效。')).toEqual([]);
  });
  it('guard: a line its wording dates still is (新时代, a year’s figure)', () => {
    expect(sourceQuestions('新时代的改革要从企业和群众的期盼出发。').length).toBeGreaterThan(0);
  });
  it('places itself in time by a time word or a 提法 new then, not by an old one', () => {
    expect(placesInTime('统一祖国，振兴中华，是历史赋予我们的神圣使命。', 1984)).toBe(false);
    expect(placesInTime('改革是发展的动力。', 1998)).toBe(false);
    expect(placesInTime('经济发展进入新常态，精神面貌要有新状态。', 2015)).toBe(true);
    expect(placesInTime('今年要着力抓好以下几项工作。', 1984)).toBe(true);
  });
  it('guard: a party congress report, five years from the next, keeps its source question', () => {
    const line = '规则越简约透明，监管越有力有效。';
    const doc = sourceDoc('c19', 2017, [line], { type: '报告', source: '中国共产党全国代表大会' });
    const others = [2002, 2007, 2012, 2022].map((y) =>
      sourceDoc(`c${y}`, y, ['各项工作取得新进展。'], { type: '报告', source: '中国共产党全国代表大会' }),
    );
    const qs = generateFromQuotes(sourceOf([doc, ...others], [quoteOf(doc, line, null)]));
    expect(qs.filter((q) => /哪篇/.test(q.stem)).length).toBeGreaterThan(0);
  });
});

describe('a five-year plan among plans', () => {
  // 十一五 could be read true (另一年的“十一五”节能减排综合性工作方案), 十三五 was not yet said in 2012.
  const blank = { fitsFrame: () => false, fitsVerb: () => false, couldBeTrue: (t: string) => t === '十一五' };
  it('is not asked with no neighbour beside it: 十二五 in a 2012 report', () => {
    expect(termDistractors('十二五', [], '发布实施“”节能减排综合性工作方案。', blank, 2012)).toEqual([]);
  });
  it('guard: with a neighbour it is, and only plans within two of it stand (十四五, 2025)', () => {
    const near = termDistractors('十四五', [], '要总结“”规划实施经验。', blank, 2025);
    expect(near).toContain('十三五');
    for (const t of near) expect(['十二五', '十三五', '十五五']).toContain(t);
  });
});
