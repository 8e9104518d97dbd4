// Causes found by judging a fourth sample of generated questions outside the evaluation sample
// (tests/eval/knowledge/questions-outside4.json): “哪一年” asked of a text with neither speaker nor
// issuing body (a news feature's opening couplet); a sentence reporting what one year set up
// (…已经建立，…蓬勃兴起) taken as a 金句; five-year plans decades away (二五, 六五) beside 十四五;
// a 金句 blanked on the word after 任何, where any noun fits.
// The sentences are written for these tests in the shapes of report and article text.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { termDistractors } from '../../../electron/core/quiz/term-distractors.js';
import type { QuizSource, SourceDoc, SourceQuote } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const LINES = [
  '固本强基筑根基，同心聚力担重任。',
  '抓实基层打基础，服务群众暖民心。',
  '党旗飘扬在一线，堡垒挺立在前沿。',
  '头雁领飞强引领，群雁齐飞聚合力。',
  '组织有力聚民心，服务有情暖人心。',
  '支部建在产业上，党员聚在链条上。',
  '红色引擎动力足，发展活力竞相迸。',
  '党建引领强根本，为民服务解难题。',
];

const quoteAt = (d: SourceDoc, i: number, speaker: string | null = null): SourceQuote => ({
  id: `${d.id}#q${i}`,
  docId: d.id,
  paragraph: i,
  start: 0,
  end: d.paragraphs[i]!.text.length,
  text: d.paragraphs[i]!.text,
  speaker,
  occasion: null,
  date: null,
  score: 8,
});

const sourceOf = (docs: SourceDoc[], quotes: SourceQuote[]): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes,
  terms: [],
});

/** Reports of other years, so that years can be offered beside the key. */
const OTHERS = [2012, 2015, 2018, 2020].map((y) => sourceDoc(`y${y}`, y, ['坚持稳中求进工作总基调。']));

const yearAsked = (src: QuizSource) =>
  generateFromQuotes(src).filter((q) => q.stem.endsWith('这句话出自哪一年？')).length;

describe('“这句话出自哪一年”', () => {
  it('is not asked of a library text with neither speaker nor issuing body (a news feature)', () => {
    const feature = sourceDoc('f', 2022, LINES, { type: '文章', title: '筑牢基层堡垒', source: null });
    expect(
      yearAsked(
        sourceOf(
          [feature, ...OTHERS],
          LINES.map((_, i) => quoteAt(feature, i)),
        ),
      ),
    ).toBe(0);
  });

  it('is still asked of a report of an issuing body', () => {
    const report = sourceDoc('r', 2022, LINES);
    expect(
      yearAsked(
        sourceOf(
          [report, ...OTHERS],
          LINES.map((_, i) => quoteAt(report, i)),
        ),
      ),
    ).toBeGreaterThan(0);
  });
});

describe('a sentence reporting what was set up or achieved', () => {
  it('is no 金句: no question is made of it', () => {
    const d = sourceDoc('n', 1990, ['村级便民服务站已经建立，农村电商蓬勃兴起。', '改革是推动发展的根本动力。']);
    const qs = generateFromQuotes(sourceOf([d], [quoteAt(d, 0), quoteAt(d, 1)]));
    expect(qs.filter((q) => q.paragraph === 0)).toEqual([]);
    expect(qs.filter((q) => q.paragraph === 1).length).toBeGreaterThan(0);
  });
});

describe('five-year plans beside a plan', () => {
  it('are its neighbours (十三五, 十五五), not plans decades away (二五, 六五, 九五)', () => {
    // The frame (是“____”规划) also holds the far plans elsewhere in the library.
    const frame = new Set(['二五', '六五', '九五']);
    const blank = { fitsFrame: (t: string) => frame.has(t), fitsVerb: () => false, couldBeTrue: () => false };
    const near = termDistractors('十四五', [], '今年是“”规划收官之年。', blank, 2025).slice(0, 3);
    expect(near).toHaveLength(3);
    expect(near).toContain('十三五');
    for (const t of near) expect(['十二五', '十三五', '十五五', '十一五']).toContain(t);
  });
});

describe('five-year plans in a sentence of this year', () => {
  it('offer the neighbours that other reports say the same of (今年是“十三五”规划收官之年, 2020)', () => {
    const siblings = new Set(['十一五', '十二五', '十三五', '十五五']);
    const blank = { fitsFrame: () => false, fitsVerb: () => false, couldBeTrue: (t: string) => siblings.has(t) };
    const near = termDistractors('十四五', [], '今年是“”规划收官之年。', blank, 2025).slice(0, 3);
    expect(near.sort()).toEqual(['十三五', '十二五', '十五五'].sort());
    // Without 今年 the sentence may speak of any period: a sibling stays out.
    const open = termDistractors('十四五', [], '要总结“”规划实施经验。', blank, 2025);
    expect(open.filter((t) => siblings.has(t))).toEqual([]);
  });
});

describe('a 金句 blank', () => {
  const blanks = (t: string) => keyBlanks(t, 1, () => 1, false, true).map((b) => b.text);
  it('is not the word after 任何: any noun fits there', () => {
    expect(blanks('任何艰难险阻都挡不住全市人民奋勇前进的步伐！')).not.toContain('艰难险阻');
    expect(blanks('我们的队伍是任何困难都压不倒、摧不垮的。')).not.toContain('困难');
  });

  it('still falls on such a word where nothing open stands before it', () => {
    expect(blanks('艰难险阻挡不住全市人民奋勇前进的步伐！')).toContain('艰难险阻');
  });
});
