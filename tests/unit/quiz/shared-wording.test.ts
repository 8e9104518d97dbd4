// Found reading a library draw (lead, stop 40): “which year” asked of 巩固民族团结，维护祖国统一，促进共同繁荣，
// 是全国各族人民的根本利益所在 (1995) while the 1999 report says 加强民族团结，维护祖国统一，促进共同发展，
// 是全国各族人民的根本利益所在: the same set wording, a word changed. Invented report lines of that shape.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { sharesWording } from '../../../electron/core/quiz/shared-wording.js';
import { sourceDoc, sourceOf, quoteOf } from './source-doc.js';

const LINE = '巩固城乡团结，维护社会稳定，促进共同繁荣，是全体人民的根本利益所在。';
const TWIN = '加强城乡团结，维护社会稳定，促进共同发展，是全体人民的根本利益所在。';
const PLAIN = ['坚持稳中求进工作总基调。', '扎实做好各项工作。'];

/** Source questions (which document / which year) made of LINE in the 1995 report. */
function sourceQuestions(twinText: string) {
  const docs = [
    sourceDoc('a', 1995, [LINE]),
    sourceDoc('b', 1999, [twinText, ...PLAIN]),
    // None within two years of 1995: an undated line of reports a year apart is not asked its source (outside14).
    ...[1985, 1990, 2003, 2006].map((y) => sourceDoc(`y${y}`, y, PLAIN)),
  ];
  const qs = generateFromQuotes(sourceOf(docs, [{ ...quoteOf(docs[0]!, LINE, null), score: 8 }]));
  return qs.filter((q) => /出自哪(?:一年|篇讲话或文献)/.test(q.stem));
}

describe('a set wording another report repeats with a word changed', () => {
  it('is one of its sentences sharing a clause and most character pairs', () => {
    const said = (text: string) =>
      sharesWording(LINE, sourceDoc('x', 1999, [text]), text.replace(/\P{Script=Han}/gu, ''));
    expect(said(TWIN)).toBe(true);
    expect(said('我们要维护社会稳定。')).toBe(false);
    // Two slogans closing reports on the same clause are two wordings, each its own.
    expect(
      sharesWording(
        '人民赋予重托，奋斗创造未来。',
        sourceDoc('y', 2024, ['使命重在担当，奋斗创造未来。']),
        '使命重在担当奋斗创造未来',
      ),
    ).toBe(false);
  });

  it('is not asked which document or year it comes from', () => {
    expect(sourceQuestions(TWIN)).toEqual([]);
  });

  it('is asked where no other document holds its wording', () => {
    expect(sourceQuestions('坚持以经济建设为中心。').length).toBeGreaterThan(0);
  });
});
