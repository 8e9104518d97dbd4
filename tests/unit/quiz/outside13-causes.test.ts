// Causes found by judging the thirteenth library draw (tests/eval/knowledge/questions-outside13.json): a 多选 of the
// 2013 government work report keyed 全面深化改革 as one of its 提法, where the report says only 全面深化改革开放的目标
// (深化 + 改革开放, months before the 三中全会 named 全面深化改革): the lexicon found 全面深化改革 running into 改革开放.
// Its held-out batch, measured once, had two more wrong keys, fixed after: 1997's line on developing countries asked
// which report beside 1992's, which says it with a word changed in each clause, and a 多选's wrong option 人民当家作主
// where 1983's report says 人民群众当家作主 (the 多选 kind is no longer generated: questions-outside14.json).
import { describe, expect, it } from 'vitest';
import { crossedOccurrences } from '../../../electron/core/quiz/cut-term.js';
import { sharesWording } from '../../../electron/core/quiz/shared-wording.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import { sourceDoc } from './source-doc.js';
import { lexiconMatcher } from '../../../electron/core/knowledge/lexicon.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

/** The lexicon's occurrences in one paragraph, ordered as the bundle reads them (by start). */
const rows = (text: string) =>
  lexiconMatcher()
    .find(foldForSearch(text))
    .map((m) => ({ term: m.term, docId: 'b:d', paragraph: 0, start: m.start, length: m.length }))
    .sort((a, b) => a.start - b.start);
const crossed = (text: string) => [...crossedOccurrences(rows(text))].map((r) => r.term);

describe('a 提法 running into another that starts inside it', () => {
  it('is no occurrence: 全面深化改革 in 全面深化改革开放 (2013)', () => {
    const line = '确定了全面建成小康社会和全面深化改革开放的目标，对进一步推进中国特色社会主义事业作出了全面部署。';
    expect(crossed(line)).toEqual(['全面深化改革']);
  });

  it('guard: a 提法 said whole, or one inside another (从严治党 in 全面从严治党), is one', () => {
    expect(crossed('坚持全面深化改革，推进全面从严治党向纵深发展。')).toEqual([]);
    expect(crossed('坚持和完善民族区域自治制度，建立社会主义市场经济体制。')).toEqual([]);
  });

  it('guard: two occurrences in different paragraphs never cross', () => {
    const a = { term: '全面深化改革', docId: 'b:d', paragraph: 0, start: 10, length: 6 };
    const b = { term: '改革开放', docId: 'b:d', paragraph: 1, start: 14, length: 4 };
    expect(crossedOccurrences([a, b]).size).toBe(0);
  });
});

describe('a line of two clauses another report says with a word changed in each', () => {
  const line = '加强同广大发展中国家的团结与合作，是中国外交政策的基本立足点。';
  const said = (texts: string[]) => {
    const doc = sourceDoc('b:1992', 1992, texts);
    return sharesWording(line, doc, hanChars(texts.join('')));
  };
  it('is one wording: 1992’s 加强同发展中国家的团结与合作是我国外交政策的一个基本点', () => {
    expect(
      said(['加强同发展中国家的团结与合作是我国外交政策的一个基本点。我国同亚、非、拉许多发展中国家往来密切。']),
    ).toBe(true);
  });
  it('guard: a report saying only its first clause, or another judgement of the same words, is not', () => {
    expect(said(['在和平共处五项原则的基础上，加强同发展中国家的团结与合作；进一步巩固睦邻友好。'])).toBe(false);
    expect(said(['扩大内需是我国经济发展的长期战略方针和基本立足点。'])).toBe(false);
  });
});
