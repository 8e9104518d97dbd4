// Round t27: policy names recognised from how the reports use them (policy-names.ts) — carried out as a
// whole, ending on a policy head, in reports of two different years — listed as 提法 without a lexicon
// entry, and kept out of questions.
import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { libraryTerms } from '../../../electron/core/bundle/library-pass.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { framedPolicyNames, recurringPolicyNames } from '../../../electron/core/knowledge/policy-names.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const names = (s: string) => [...framedPolicyNames(foldForSearch(s))];
const report = (year: string, ...texts: string[]) => ({ year, folded: texts.map(foldForSearch) });

describe('policy names carried out in the reports', () => {
  it('reads the span a carrying-out verb takes up to a policy head at a clause end', () => {
    expect(names('坚持和平发展道路，坚持互利共赢的开放战略，推动建设和谐世界。')).toEqual(['互利共赢的开放战略']);
    expect(names('全面贯彻党的宗教信仰自由政策，依法管理宗教事务。')).toEqual(['宗教信仰自由政策']);
    expect(names('坚定不移走上社会主义道路。')).toEqual(['社会主义道路']);
    expect(names('实施以质取胜和市场多元化战略，扩大出口。')).toEqual(['以质取胜和市场多元化战略']);
  });

  it('takes no pointer, quantifier, object, opposed line or lexicon formulation', () => {
    expect(names('必须坚持这个方针，落实各项政策，实施对农业的扶持政策。')).toEqual([]);
    expect(names('坚持和完善政策，帝国主义推行侵略政策。')).toEqual([]);
    // 科教兴国 and 积极的财政政策 are the lexicon's; 和平发展道路 is its 走和平发展道路 without the verb.
    expect(names('实施科教兴国战略，继续实施积极的财政政策，坚持走和平发展道路。')).toEqual([]);
    // 宗教工作基本方针 is the listing layer's since round t66, its 党的 form a variant.
    expect(names('全面贯彻党的宗教工作基本方针，落实宗教事务条例。')).toEqual([]);
    // A bare 教育方针 has too little content to be a name of its own.
    expect(names('全面贯彻党的教育方针。')).toEqual([]);
  });

  it('keeps a name only when reports of two years carry it out; a plain 政策 needs four', () => {
    const two = recurringPolicyNames([
      report('2008', '坚持互利共赢的开放战略。', '实施粮食最低收购价政策。'),
      report('2009', '坚持互利共赢的开放战略，实施粮食最低收购价政策。'),
      report('2010', '实施粮食最低收购价政策。', '实施自由贸易区战略。'),
    ]);
    expect([...two].sort()).toEqual(['互利共赢的开放战略']);
    const sameYear = recurringPolicyNames([
      report('2008', '实施自由贸易区战略。'),
      report('2008', '实施自由贸易区战略。'),
    ]);
    expect(sameYear.size).toBe(0);
  });

  it('lists the name wherever a document says it, as 方针政策, and never asks it', () => {
    const doc = (id: string, date: string, ...texts: string[]) =>
      ({
        id,
        origin: `library/${id}`,
        date,
        paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
        terms: [],
      }) as unknown as ContentDocument;
    const docs = [
      doc('a', '2007-03-05', '坚持互利共赢的开放战略。'),
      doc('b', '2008-03-05', '要坚持互利共赢的开放战略。'),
      doc('c', '2009-03-05', '互利共赢的开放战略成效显著。'),
    ];
    const info = libraryTerms(docs).find((t) => t.term === '互利共赢的开放战略');
    expect(info).toMatchObject({ category: '方针政策', origin: 'policy', firstYear: 2007 });
    expect(docs[2]!.terms.map((t) => t.term)).toContain('互利共赢的开放战略');
    // A single document has no second year: the rule needs the library.
    expect(extractTerms(docs[2]!.paragraphs).map((t) => t.term)).not.toContain('互利共赢的开放战略');
    expect(askable('互利共赢的开放战略')).toBe(false);
    expect(askable('两个确立')).toBe(true);
  });
});
