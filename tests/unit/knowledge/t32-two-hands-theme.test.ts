// Round t32: formulations one report states in its own wording. 两手抓 is named by its short name or written
// out (一手抓…，一手抓…), a run of pairs or a run spelling out the 两手抓 its sentence names counted once; a theme
// set beside a main thread (以…为主题，以…为主线) is a formulation even in one document.
import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { honestFirstYears, libraryTerms } from '../../../electron/core/bundle/library-pass.js';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { centreFormulations } from '../../../electron/core/knowledge/centre-formulations.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const paras = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const counts = (...texts: string[]) =>
  new Map(extractTerms(paras(...texts)).map((t) => [t.term, t.occurrences.length] as const));

describe('两手抓 written out', () => {
  const texts = [
    '要始终坚持一手抓改革开放，一手抓打击犯罪；一手抓经济建设，一手抓民主法制。',
    '按照一手抓繁荣、一手抓管理的方针，健全文化市场体系。',
    '党提出一系列“两手抓”的战略方针，强调一手抓物质文明，一手抓精神文明。',
  ];

  it('counts a run of pairs once, and a run spelling out the named 两手抓 as that use', () => {
    expect(counts(...texts).get('两手抓')).toBe(3);
    expect(termPlaces('两手抓').find(texts.map(foldForSearch))).toHaveLength(3);
  });

  it('reads a run after a heading naming 两手抓 as the heading use', () => {
    const doc = [
      '必须坚持两手抓的战略方针。',
      '要始终坚持一手抓改革开放，一手抓打击犯罪。后来又一手抓繁荣，一手抓管理。',
    ];
    expect(counts(...doc).get('两手抓')).toBe(2);
    expect(termPlaces('两手抓').find(doc.map(foldForSearch))).toHaveLength(2);
  });

  it('has no first year before the lexicon pair that set it', () => {
    const early = honestFirstYears(
      new Map([
        ['两手抓', 1979],
        ['两手抓、两手都要硬', 1992],
      ]),
    );
    expect(early.has('两手抓')).toBe(false);
    expect(
      honestFirstYears(
        new Map([
          ['两手抓', 1993],
          ['两手抓、两手都要硬', 1992],
        ]),
      ).get('两手抓'),
    ).toBe(1993);
  });

  it('leaves the lexicon pair to its own entry and is never asked', () => {
    const n = counts('坚持两手抓、两手都要硬的方针。', '一手拿锄头，一手拿枪。');
    expect(n.get('两手抓、两手都要硬')).toBe(1);
    expect(n.has('两手抓')).toBe(false);
    expect(askable('两手抓')).toBe(false);
  });
});

describe('a theme beside a main thread', () => {
  const doc = (id: string, text: string) =>
    ({
      id,
      origin: `library/${id}`,
      date: '2012-11-08',
      paragraphs: paras(text),
      terms: [],
    }) as unknown as ContentDocument;

  it('is a formulation in one document, both halves', () => {
    const folded = [['坚持以推动国防和军队建设科学发展为主题，以加快转变战斗力生成模式为主线，全面加强军队建设。']];
    const found = centreFormulations(folded.map((d) => d.map(foldForSearch)));
    expect(found).toContain('以推动国防和军队建设科学发展为主题');
    expect(found).toContain('以加快转变战斗力生成模式为主线');
    const terms = libraryTerms([doc('a', folded[0]![0]!)]).map((t) => t.term);
    expect(terms).toContain('以加快转变战斗力生成模式为主线');
  });

  it('needs both: a theme alone or a main thread alone in one document is not enough', () => {
    const found = centreFormulations([['要以改革创新为主题开展活动。'], ['坚持以质量提升为主线。']]);
    expect(found.size).toBe(0);
  });
});
