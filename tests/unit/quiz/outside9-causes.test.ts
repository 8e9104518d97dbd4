// Causes found by judging a ninth library draw (tests/eval/knowledge/questions-outside9.json): the vow a
// government work report closes on (我们一定要…决不辜负人民的重托), said every year in other words, asked which
// year or which report said it. The texts are written for these tests in the shape of those reports.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { closingVow } from '../../../electron/core/quiz/quote-worth.js';
import { termDefinition } from '../../../electron/core/quiz/thesis-terms.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

// Five years apart: an undated line of reports a year apart is not asked its source (questions-outside14.json).
const years = [1987, 1992, 1997, 2002, 2007, 2012];

/** Where a line of the first report is asked to come from (which year, which report). */
const whence = (line: string) => {
  const docs = years.map((y, i) => sourceDoc(`b:g${i}`, y, [i === 0 ? line : `粮食产量增长${i}%。`]));
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])).filter((q) => /出自哪/.test(q.stem));
};

describe('the vow a report closes on', () => {
  it('is recognised in its several wordings', () => {
    expect(closingVow('我们一定要以对国家和人民高度负责的精神，努力把各项工作做得更好，决不辜负人民的重托。')).toBe(
      true,
    );
    expect(closingVow('我们要直面问题，勇于担当，不辱历史使命，不负人民重托。')).toBe(true);
    expect(closingVow('我们一定直面问题和挑战，尽心竭力做好工作，决不辜负人民期待和重托！')).toBe(true);
  });

  it('is asked neither which year nor which report said it', () => {
    const vow = '我们一定要以对国家和人民高度负责的精神，采取更加有力的措施，切实解决存在的问题，决不辜负人民的重托。';
    expect(whence(vow)).toEqual([]);
  });

  it('guard: a line of the report’s own judgement is still asked where it comes from', () => {
    expect(whence('政府的一切权力都是人民赋予的，执政为民是各级政府的崇高使命。').length).toBeGreaterThan(0);
  });
});

describe('a one-clause definition of a 提法', () => {
  it('is recognised; a longer judgement or one on no 提法 is not', () => {
    expect(termDefinition('人民代表大会制度是我国根本的政治制度。')).toBe(true);
    expect(termDefinition('政府的一切权力都是人民赋予的，执政为民是各级政府的崇高使命。')).toBe(false);
    expect(termDefinition('健康是幸福之基。')).toBe(false);
  });

  it('is asked neither which year nor which report said it: every report restates it in its own words', () => {
    expect(whence('人民代表大会制度是我国根本的政治制度。')).toEqual([]);
  });
});
