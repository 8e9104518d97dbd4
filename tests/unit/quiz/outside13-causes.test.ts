// Causes found by judging the thirteenth library draw (tests/eval/knowledge/questions-outside13.json): a 多选 of the
// 2013 government work report keyed 全面深化改革 as one of its 提法, where the report says only 全面深化改革开放的目标
// (深化 + 改革开放, months before the 三中全会 named 全面深化改革): the lexicon found 全面深化改革 running into 改革开放.
import { describe, expect, it } from 'vitest';
import { crossedOccurrences } from '../../../electron/core/quiz/cut-term.js';
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
