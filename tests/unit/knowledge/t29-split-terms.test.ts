// Round t29: a formulation a line break or a wrapped line's space cuts in two inside a paragraph (a web
// page's source line, a Word line break) is still found, its occurrence spanning the gap.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { closeHanGaps } from '../../../electron/core/knowledge/han-gaps.js';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const para = (text: string) => [{ kind: 'p' as const, text }];

describe('formulations cut by a line break', () => {
  it('finds the formulation whole and marks the whole span', () => {
    const text = '坚持以人民为中心的发展思想，推进全过程人民\n民主，坚持中国特色 社会主义道路。';
    const terms = extractTerms(para(text));
    const at = (term: string) => terms.find((t) => t.term === term)?.occurrences ?? [];
    const [whole] = at('全过程人民民主');
    expect(text.slice(whole!.start, whole!.start + whole!.length!)).toBe('全过程人民\n民主');
    const [road] = at('中国特色社会主义道路');
    expect(text.slice(road!.start, road!.start + road!.length!)).toBe('中国特色 社会主义道路');
    // The timeline counts what the list counts.
    expect(termPlaces('全过程人民民主').find([foldForSearch(text)])).toEqual([{ paragraph: 0, ...whole }]);
  });

  it('closes only gaps between two Han characters', () => {
    expect(closeHanGaps('没有空白的段落。')).toBeNull();
    expect(closeHanGaps('2021 年 ，A B')).toBeNull();
    const c = closeHanGaps('人民\n民主 2021 年');
    expect(c!.text).toBe('人民民主 2021 年');
    expect(c!.at).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
