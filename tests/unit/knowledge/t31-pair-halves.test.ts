// Round t31: the halves of a lexicon pair of two four-character formulations (独立自主、自力更生) are 提法
// said alone and nested in the pair, listed only; a half of a sentence, a numbered half or a half of a pair
// joined by 和 stays out, and a half's first year is kept only from its pair's first year on.
import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { honestFirstYears, libraryTerms } from '../../../electron/core/bundle/library-pass.js';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { isListedOnly } from '../../../electron/core/knowledge/listed-lexicon.js';
import { pairHalves } from '../../../electron/core/knowledge/pair-halves.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const counts = (...texts: string[]) =>
  new Map(extractTerms(paras(...texts)).map((t) => [t.term, t.occurrences.length] as const));

describe('halves of a lexicon pair', () => {
  it('lists each half alone and nested in the pair', () => {
    const n = counts('坚持独立自主、自力更生。', '必须立足于自力更生。', '进一步解放思想，推进祖国和平统一。');
    expect(n.get('独立自主')).toBe(1);
    expect(n.get('自力更生')).toBe(2);
    expect(n.get('解放思想')).toBe(1);
    expect(n.get('和平统一')).toBe(1);
    expect(termPlaces('自力更生').find(['坚持独立自主、自力更生。', '立足自力更生。'].map(foldForSearch))).toHaveLength(
      2,
    );
  });

  it('leaves an adverb of manner, a half of a sentence, a numbered half and a half of a 和 pair out', () => {
    const n = counts(
      '各组织按照各自的特点独立自主地开展工作。',
      '房子是用来住的。',
      '一要吃饭的道理。',
      '加强节约资源工作，保护环境。',
    );
    for (const t of ['独立自主', '房子是用来住的', '一要吃饭', '节约资源', '保护环境']) expect(n.has(t)).toBe(false);
  });

  it('reads only pairs of two four-character halves', () => {
    const halves = pairHalves([
      { term: '独立自主、自力更生', category: '指导思想' },
      { term: '自力更生', category: '指导思想' },
      { term: '一要吃饭，二要建设', category: '经济' },
      { term: '节约资源和保护环境', category: '生态' },
      { term: '房子是用来住的、不是用来炒的', category: '民生' },
    ]);
    expect(halves.map((h) => h.term)).toEqual(['独立自主']);
  });

  it('is listed only, never a question’s material', () => {
    expect(isListedOnly('独立自主')).toBe(true);
    expect(askable('独立自主')).toBe(false);
    expect(askable('独立自主、自力更生')).toBe(true);
  });
});

describe('a half’s first year', () => {
  it('is kept from its pair’s first year on and left empty before it or without the pair', () => {
    const first = new Map([
      ['独立自主、自力更生', 1969],
      ['独立自主', 1955],
      ['自力更生', 1970],
      ['解放思想', 1979],
      ['科学发展观', 2004],
    ]);
    const honest = honestFirstYears(first);
    expect(honest.get('独立自主')).toBeUndefined();
    expect(honest.get('自力更生')).toBe(1970);
    expect(honest.get('解放思想')).toBeUndefined();
    expect(honest.get('科学发展观')).toBe(2004);
  });

  it('comes so out of the library pass', () => {
    const doc = (id: string, date: string, text: string) =>
      ({ id, origin: `library/${id}`, date, paragraphs: paras(text), terms: [] }) as unknown as ContentDocument;
    const terms = libraryTerms([
      doc('a', '1955-09-01', '争取祖国自主和平统一的斗争。'),
      doc('b', '1987-03-25', '坚持和平统一、一国两制的方针。'),
      doc('c', '1990-03-20', '推进祖国和平统一大业。'),
    ]);
    expect(terms.find((t) => t.term === '和平统一、一国两制')?.firstYear).toBe(1987);
    expect(terms.find((t) => t.term === '和平统一')?.firstYear).toBeNull();
  });
});
