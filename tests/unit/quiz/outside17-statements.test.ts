// Round outside17 (questions-outside17.json): which source 判断 teach. A false one names only a report two years or
// more older than the words (or a near form) — nearer, it is “not found in” by wording only (九二共识 beside 2008,
// 对外开放 beside 1980) — and is dropped, not pointed at another report; a government work report's 金句 is said to
// come from it only where a 提法 of that very year or a time word places the line there.
import { describe, expect, it } from 'vitest';
import { quoteStatement, termStatements } from '../../../electron/core/quiz/generate-statements.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const TERM = '新发展理念'; // the lexicon dates it 2016; its seed draws a false statement
const said = `坚持${TERM}，推动高质量发展。`;
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
const named = (d: QuestionDraft) => Number(/《(\d{4})年/.exec(d.stem)?.[1]);

describe('a false 提法 statement names a report that plainly predates the idea', () => {
  it('never the report of the year before the words: that statement is dropped', () => {
    // The only earlier report is 2015's: the false statement the seed draws would name it.
    expect(termStatements(source(years(2015, 2018, (y) => (y >= 2016 ? said : plain))))).toEqual([]);
    const { 2015: _, ...without2015 } = years(2014, 2018, (y) => (y >= 2016 ? said : plain));
    expect(termStatements(source(without2015)).map(named)).toEqual([2014]);
  });
  it('a report two or more years before the words, and before a near form (新发展的理念 in 2013)', () => {
    const near = '树立新发展的理念。';
    let falses = 0;
    let nears = 0;
    for (const from of [2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012]) {
      const plainly = termStatements(source(years(from, 2018, (y) => (y >= 2016 ? said : plain))));
      for (const q of plainly.filter((x) => x.correct[0] === 1)) {
        falses++;
        expect(named(q)).toBeLessThanOrEqual(2014);
      }
      const beforeNear = termStatements(
        source(years(from, 2018, (y) => (y >= 2016 ? said : y === 2013 ? near : plain))),
      );
      for (const q of beforeNear.filter((x) => x.correct[0] === 1)) {
        nears++;
        expect(named(q)).toBeLessThanOrEqual(2011);
      }
    }
    expect(falses).toBeGreaterThan(0);
    expect(nears).toBeGreaterThan(0);
  });
});

describe('a 金句 出自 statement', () => {
  const fact = '坚持以科学发展观统领经济社会发展全局。'; // 科学发展观: the lexicon dates it 2004
  const asked = (docs: SourceDoc[], own: number): QuestionDraft => ({
    kind: '单选',
    factKind: 'quote',
    docId: docs[own]!.id,
    paragraph: 0,
    start: 0,
    end: fact.length,
    fact,
    stem: `“${fact}”\n这句话出自哪篇讲话或文献？`,
    options: docs.map((d) => d.title),
    correct: [own],
    blanks: [],
    explanation: '',
    tags: ['金句'],
  });
  const statements = (docs: SourceDoc[], own: number) =>
    Array.from({ length: 60 }, (_, i) => quoteStatement(asked(docs, own), docs, `“${fact}”`, `s${i}`)).filter(
      (q): q is QuestionDraft => q !== null,
    );

  it('false only of a report two or more years older than the newest 提法 it says', () => {
    const gwr = [sourceDoc('a', 2001, ['…']), sourceDoc('b', 2003, ['…']), sourceDoc('c', 2006, ['…'])];
    const wrong = statements(gwr, 2).filter((q) => q.correct[0] === 1);
    expect(wrong.length).toBeGreaterThan(0);
    for (const q of wrong) expect(named(q)).toBe(2001);
  });
  it('true of a government work report only when a 提法 of that very year places the line', () => {
    const gwr = (y: number) => [sourceDoc('a', 1999, ['…']), sourceDoc('b', y - 1, ['…']), sourceDoc('c', y, ['…'])];
    expect(statements(gwr(2006), 2).filter((q) => q.correct[0] === 0)).toEqual([]);
    expect(statements(gwr(2004), 2).some((q) => q.correct[0] === 0)).toBe(true);
  });
  it('true of a congress report when the 提法 is of the five years before it (each congress known by its lines)', () => {
    const congress = (id: string, year: number) =>
      sourceDoc(id, year, ['…'], { title: `第${id}次代表大会报告`, source: '中国共产党全国代表大会' });
    const docs = [congress('十五', 1997), congress('十六', 2002), congress('十七', 2007)];
    expect(statements(docs, 2).some((q) => q.correct[0] === 0)).toBe(true);
  });
});
