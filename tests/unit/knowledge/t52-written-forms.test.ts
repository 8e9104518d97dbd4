// Round t52: a lexicon 提法 written with 的 between modifier and head (经济结构的战略性调整), and a counted 提法 written
// out as its clauses (两个毫不动摇 as 毫不动摇巩固…，毫不动摇鼓励…) name the 提法 in lists and timelines, once where they
// stand, never a question's material; a short head, another pair of clauses on the same words, or one clause alone
// does not.
import { describe, expect, it } from 'vitest';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { isListingFormOccurrence } from '../../../electron/core/knowledge/listed-lexicon.js';
import { particleForms } from '../../../electron/core/knowledge/particle-forms.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const found = (...texts: string[]) => new Map(extractTerms(paras(...texts)).map((t) => [t.term, t.occurrences]));
const places = (term: string, ...texts: string[]) => termPlaces(term).find(texts.map(foldForSearch));

describe('a formulation written with 的', () => {
  it('names the lexicon 提法 in the list and the timeline, once where it stands', () => {
    const texts = ['加快经济结构的战略性调整，是当前扩大内需的迫切要求。', '为实现中华民族的伟大复兴而共同奋斗。'];
    const n = found(...texts);
    expect(n.get('经济结构战略性调整')).toEqual([{ paragraph: 0, start: 2, length: 10 }]);
    expect(n.get('中华民族伟大复兴')).toHaveLength(1);
    expect(places('经济结构战略性调整', ...texts)).toHaveLength(1);
    expect(places('中华民族伟大复兴', ...texts)).toHaveLength(1);
  });

  it('is never a question blank; the words themselves still are', () => {
    expect(isListingFormOccurrence('经济结构战略性调整', 10)).toBe(true);
    expect(isListingFormOccurrence('经济结构战略性调整', 9)).toBe(false);
  });

  it('needs a head of four characters: a short one starts another word', () => {
    expect(particleForms({ term: '和谐社会', category: '社会民生' })).toEqual([]);
    const n = found('建设富强民主文明和谐的社会主义现代化国家。', '促进科学的发展。');
    expect(n.has('和谐社会')).toBe(false);
    expect(n.has('科学发展')).toBe(false);
  });

  it('counts a variant that already holds 的 once', () => {
    expect(found('沿着有中国特色的社会主义道路继续前进。').get('中国特色社会主义')).toHaveLength(1);
  });
});

describe('a counted formulation written out', () => {
  const written =
    '坚持和完善社会主义基本经济制度。毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。';

  it('names 两个毫不动摇 once, spanning its two clauses, in the list and the timeline', () => {
    const occ = found(written).get('两个毫不动摇');
    expect(occ).toEqual([{ paragraph: 0, start: 16, length: 35 }]);
    expect(places('两个毫不动摇', written)).toHaveLength(1);
    expect(isListingFormOccurrence('两个毫不动摇', 35)).toBe(true);
    expect(isListingFormOccurrence('两个毫不动摇', 6)).toBe(false);
  });

  it('reads 地 after the head and a sentence between the clauses (十六大, 十八大)', () => {
    const t = [
      '第一，必须毫不动摇地巩固和发展公有制经济。发展壮大国有经济。第二，必须毫不动摇地鼓励、支持和引导非公有制经济发展。',
      '要毫不动摇巩固和发展公有制经济，推行公有制多种实现形式。毫不动摇鼓励、支持、引导非公有制经济发展。',
    ];
    expect(found(...t).get('两个毫不动摇')).toHaveLength(2);
  });

  it('needs the lexicon to prove a clause, exactly the count and clauses close together', () => {
    const n = found(
      '必须毫不动摇坚持和完善党的领导，毫不动摇把党建设得更加坚强有力。',
      '必须毫不动摇鼓励、支持、引导非公有制经济发展。',
      `毫不动摇巩固和发展公有制经济，${'推进改革'.repeat(60)}。毫不动摇鼓励、支持、引导非公有制经济发展。`,
      '毫不动摇巩固和发展公有制经济，毫不动摇鼓励民营经济，毫不动摇支持外资企业。',
    );
    expect(n.has('两个毫不动摇')).toBe(false);
  });
});
