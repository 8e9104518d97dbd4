// Round t31: a four-character formulation the reports uphold as a whole (坚持预防为主，…) in five different
// years is a 提法 of the list and the timeline, not askable; an owner phrase (坚持党的领导), a phrase that runs
// on (坚持深化改革开放) and one upheld in fewer years stay out.
import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { libraryTerms } from '../../../electron/core/bundle/library-pass.js';
import { upheldPhrases, upheldSpans } from '../../../electron/core/knowledge/upheld-phrases.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const reports = (text: string, years: number) =>
  Array.from({ length: years }, (_, i) => ({ year: String(2001 + i), folded: [foldForSearch(text)] }));

describe('upheld four-character phrases', () => {
  it('reads a phrase 坚持 closes with a break or its 方针, never an owner phrase or one that runs on', () => {
    expect(upheldSpans(foldForSearch('卫生工作要坚持预防为主，坚持与邻为善的方针。'))).toEqual(
      new Set(['预防为主', '与邻为善']),
    );
    expect(upheldSpans(foldForSearch('坚持党的领导，坚持深化改革开放，坚持不懈地推进。'))).toEqual(new Set());
  });

  it('needs five report years', () => {
    expect(upheldPhrases(reports('坚持标本兼治，综合治理。', 5))).toEqual(new Set(['标本兼治']));
    expect(upheldPhrases(reports('坚持标本兼治，综合治理。', 4))).toEqual(new Set());
  });

  it('lists the phrase wherever the library says it, with its first year, never as a question', () => {
    const doc = (year: number, text: string) =>
      ({
        id: String(year),
        origin: `library/${year}`,
        date: String(year),
        paragraphs: [{ kind: 'p' as const, text }],
        terms: [],
      }) as unknown as ContentDocument;
    const lib = [
      doc(1999, '医疗卫生以预防为主。'),
      ...[2001, 2002, 2003, 2004, 2005].map((y) => doc(y, '卫生工作坚持预防为主，防治结合。')),
    ];
    const terms = libraryTerms(lib);
    expect(terms.find((t) => t.term === '预防为主')).toMatchObject({ origin: 'policy', firstYear: 1999 });
    expect(lib[0]!.terms.map((t) => t.term)).toContain('预防为主');
    expect(askable('预防为主')).toBe(false);
  });
});
