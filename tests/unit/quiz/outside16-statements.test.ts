// Round outside16 (questions-outside16.json): 判断 of a source, not of a figure (generate-statements.ts). A 提法 “见于《…》”
// is true only of its one first report and false only of an earlier report of its series that says it in no form, from
// before any near form (the idea) either; a 金句 “出自《…》” only where its wording tells the documents apart.
import { describe, expect, it } from 'vitest';
import {
  isSourceStatement,
  quoteStatement,
  saysNearForm,
  termStatements,
} from '../../../electron/core/quiz/generate-statements.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const TERM = '供给侧结构性改革'; // the lexicon dates it 2016
const said = `推进${TERM}，着力提高供给体系质量和效率。`;
const plain = '坚持稳中求进工作总基调，保持经济运行在合理区间。';

function source(texts: Record<number, string>): QuizSource {
  const docs = Object.entries(texts).map(([y, t]) => sourceDoc(`b:${y}`, Number(y), [t]));
  return {
    docs: new Map(docs.map((d) => [d.id, d])),
    quotes: [],
    terms: docs
      .filter((d) => d.paragraphs[0]!.text.includes(TERM))
      .map((d) => ({ term: TERM, docId: d.id, paragraph: 0, start: d.paragraphs[0]!.text.indexOf(TERM) })),
    firstSeen: new Map([[TERM, 2016]]),
  };
}
const years = (from: number, to: number, text: (y: number) => string) =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, text(from + i)]));
const named = (d: QuestionDraft) => /《(\d{4})年/.exec(d.stem)?.[1];

describe('a 提法 见于 its first report', () => {
  it('true of the first report, or false of an earlier one that does not say it', () => {
    const src = source(years(2006, 2018, (y) => (y >= 2016 ? said : plain)));
    const [q, ...rest] = termStatements(src);
    expect(rest).toEqual([]);
    expect(q!.stem).toMatch(/^判断正误：“供给侧结构性改革”这一提法见于《\d{4}年政府工作报告b:\d{4}》。$/);
    expect(q!.docId).toBe('b:2016');
    const year = Number(named(q!));
    if (q!.correct[0] === 0) expect(year).toBe(2016);
    else expect(year >= 2006 && year < 2016).toBe(true);
  });
  it('not asked when two documents share the first year, or the reports do not take it up', () => {
    expect(termStatements(source({ ...years(2010, 2018, (y) => (y >= 2016 ? said : plain)), 2015: said }))).toEqual([]);
    expect(termStatements(source(years(2010, 2018, (y) => (y === 2016 ? said : plain))))).toEqual([]);
  });
  it('false only of a report from before a near form (供给侧的结构性改革 in 2013)', () => {
    const near = '推进供给侧的结构性改革。';
    for (const shift of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const src = source(years(2000 + shift, 2018, (y) => (y >= 2016 ? said : y === 2013 ? near : plain)));
      for (const q of termStatements(src)) if (q.correct[0] === 1) expect(Number(named(q))).toBeLessThan(2013);
    }
    expect(saysNearForm(sourceDoc('b:x', 2013, [near]), TERM)).toBe(true);
    expect(saysNearForm(sourceDoc('b:y', 2012, ['统筹推进城乡发展一体化。']), '城乡一体化')).toBe(true);
    expect(saysNearForm(sourceDoc('b:z', 2012, ['推进结构性改革。']), TERM)).toBe(false);
  });
});

describe('a 金句 出自 its document', () => {
  const congress = (id: string, year: number): SourceDoc =>
    sourceDoc(id, year, ['…'], { title: `第${id}次代表大会报告`, source: '中国共产党全国代表大会' });
  const docs = [congress('十四', 1992), congress('十六', 2002), congress('十七', 2007)];
  const asked = (fact: string): QuestionDraft => ({
    kind: '单选',
    factKind: 'quote',
    docId: '十六',
    paragraph: 0,
    start: 0,
    end: fact.length,
    fact,
    stem: `“${fact}”\n这句话出自哪篇讲话或文献？`,
    options: docs.map((d) => d.title),
    correct: [1],
    blanks: [],
    explanation: '',
    tags: ['金句'],
  });
  const statements = (fact: string) =>
    Array.from({ length: 40 }, (_, i) => quoteStatement(asked(fact), docs, `“${fact}”`, `s${i}`)).filter(
      (q): q is QuestionDraft => q !== null,
    );
  it('false only of a report older than a 提法 the line says (邓小平理论 beside 1992)', () => {
    const qs = statements('邓小平理论是我们的旗帜，党的基本路线和基本纲领是各项工作的根本指针。');
    const wrong = qs.filter((q) => q.correct[0] === 1);
    expect(wrong.length).toBeGreaterThan(0);
    for (const q of wrong) expect(q.stem).toContain('《第十四次代表大会报告》');
  });
  it('never of a line whose wording places it nowhere (党的团结是党的生命)', () => {
    expect(statements('党的团结是党的生命。')).toEqual([]);
  });
});

describe('the source 判断 are told apart from every other question (their own draw slot)', () => {
  it('a 提法 见于 and a 金句 出自 are, a figure 判断 and a 金句 title question are not', () => {
    const src = source(years(2006, 2018, (y) => (y >= 2016 ? said : plain)));
    const [term] = termStatements(src);
    expect(isSourceStatement(term!)).toBe(true);
    const doc = sourceDoc('十六', 2002, ['…'], { title: '第十六次代表大会报告', source: '中国共产党全国代表大会' });
    const fact = '邓小平理论是我们的旗帜。';
    const title: QuestionDraft = {
      ...term!,
      kind: '单选',
      factKind: 'quote',
      fact,
      stem: `“${fact}”\n这句话出自哪篇讲话或文献？`,
    };
    const quote = { ...title, kind: '判断' as const, stem: `判断正误：“${fact}”出自《${doc.title}》（2002年）。` };
    expect(isSourceStatement(quote)).toBe(true);
    expect(isSourceStatement(title)).toBe(false);
    const figure = {
      ...term!,
      factKind: 'number' as const,
      stem: '判断正误：《2016年政府工作报告》指出，“粮食产量1.2万亿斤”',
    };
    expect(isSourceStatement(figure)).toBe(false);
  });
});
