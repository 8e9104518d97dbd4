// A 提法's timeline counts the places its list counts: every variant, none of the places a guard
// excludes (term-places.ts).
import { describe, expect, it } from 'vitest';
import { termPlaces } from '../../../electron/core/compare/term-places.js';

const count = (term: string, ...paragraphs: string[]) => termPlaces(term).find(paragraphs).length;

describe('termPlaces', () => {
  it('finds a lexicon 提法 in every variant, and looks documents up by each', () => {
    expect(count('中国特色社会主义', '走自己的道路，建设有中国特色的社会主义。')).toBe(1);
    expect(count('稳健的货币政策', '继续实行稳健货币政策。', '实施稳健的货币政策。')).toBe(2);
    expect(termPlaces('稳健的货币政策').forms).toEqual(['稳健的货币政策', '稳健货币政策']);
  });

  it('a variant typed finds the formulation in all its forms', () => {
    expect(count('稳健货币政策', '实施稳健的货币政策。')).toBe(1);
  });

  it('skips the places a guard excludes', () => {
    expect(count('稳增长', '经济平稳增长，稳增长压力加大。')).toBe(1);
    expect(count('乡村振兴', '县乡村振兴领导小组召开会议，部署乡村振兴工作。')).toBe(1);
    // 双创 in a document about 文明城市 and 卫生城市 is 创文创卫, not 大众创业万众创新.
    expect(count('双创', '巩固“双创”成果，创建全国文明城市。')).toBe(0);
    expect(count('双创', '深入推进大众创业万众创新，办好“双创”活动周。')).toBe(1);
  });

  it('keeps the general guards of a formulation for any other phrase', () => {
    expect(count('四大板块', '推动“四大板块”协调发展。')).toBe(1);
    expect(count('十三五', '第二十三五年的数字')).toBe(0);
    expect(count('', '任何文字')).toBe(0);
  });
});
