// Round t32: a five-year plan written out (第七个五年计划, 第十四个五年规划) names the plan's 提法 (七五, 十四五) in
// lists and timelines, counted once where it stands, never a question's material; the short name keeps its guard.
import { describe, expect, it } from 'vitest';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { isListingFormOccurrence } from '../../../electron/core/knowledge/listed-lexicon.js';
import { planForms } from '../../../electron/core/knowledge/plan-forms.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const found = (...texts: string[]) => new Map(extractTerms(paras(...texts)).map((t) => [t.term, t.occurrences]));

describe('a five-year plan written out', () => {
  it('names the plan in the list and the timeline, once where it stands', () => {
    const texts = [
      '结转到第七个五年计划期间继续建设。',
      '制定第十四个五年规划和二〇三五年远景目标。',
      '执行第十个五年计划。',
    ];
    const n = found(...texts);
    expect(n.get('七五')).toHaveLength(1);
    expect(n.get('十四五')).toHaveLength(1);
    expect(n.get('十五')).toHaveLength(1);
    expect(termPlaces('七五').find(texts.map(foldForSearch))).toHaveLength(1);
    expect(termPlaces('十五').find(texts.map(foldForSearch))).toHaveLength(1);
  });

  it('is never a question blank, and reads no other count', () => {
    const occ = found('开始执行第七个五年计划。').get('七五')![0]!;
    expect(isListingFormOccurrence('七五', occ.length!)).toBe(true);
    expect(isListingFormOccurrence('七五', 2)).toBe(false);
    const n = found('第十一个五年规划纲要。', '“七五”普法规划。', '第五个五年计划期内。');
    expect(n.get('十一五')).toHaveLength(1);
    expect(n.has('十五')).toBe(false);
    expect(n.has('七五')).toBe(false);
    expect(planForms({ term: '十五', category: '规划' })).toEqual([]);
  });

  it('inside a title names the document, not the plan', () => {
    const texts = ['国务院编制了《国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）》。'];
    expect(found(...texts).has('十四五')).toBe(false);
    expect(termPlaces('十四五').find(texts.map(foldForSearch))).toHaveLength(0);
  });
});
