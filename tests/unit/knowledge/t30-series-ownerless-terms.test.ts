// Round t30: 提法 the reports write without quotes or counts — an item of a set series whose siblings are
// lexicon 提法 (稳增长、促改革、调结构、惠民生、防风险), and the Party's basic line said without its owner
// (坚持基本路线, 党在社会主义初级阶段的基本路线), the line carried out as the centre or main thread and the Party
// centre named by its core.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { centreFormulations, centreSpans } from '../../../electron/core/knowledge/centre-formulations.js';
import { seriesItems, seriesSiblings } from '../../../electron/core/knowledge/series-siblings.js';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { isOwnerlessOccurrence } from '../../../electron/core/knowledge/listed-lexicon.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const docs = (...texts: string[][]) => texts.map((t) => t.map(foldForSearch));
const paras = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const counts = (...texts: string[]) =>
  new Map(extractTerms(paras(...texts)).map((t) => [t.term, t.occurrences.length] as const));

describe('set series items', () => {
  it('reads the unlisted items of a series with two lexicon siblings, bounded or at an edge', () => {
    const items = seriesItems(foldForSearch('全面做好稳增长、促改革、调结构、惠民生、防风险各项工作。'));
    expect(items).toEqual(
      new Map([
        ['促改革', true],
        ['防风险', false],
      ]),
    );
    // A tally of things has no lexicon sibling: no item is read.
    expect(seriesItems(foldForSearch('建设图书馆、博物馆、文化馆。'))).toEqual(new Map());
  });

  it('needs three documents and one bounded use', () => {
    const three = docs(
      ['做好稳增长、促改革、调结构、惠民生、防风险各项工作。'],
      ['统筹稳增长、促改革、调结构、惠民生、防风险，稳妥应对。'],
      ['稳增长、调结构、促改革，坚持不懈。'],
    );
    expect(seriesSiblings(three)).toEqual(new Set(['促改革']));
    expect(seriesSiblings(three.slice(0, 2))).toEqual(new Set());
    // One report's list of the moment (控物价、抓改革) is no evidence.
    expect(seriesSiblings(docs(['稳增长、控物价、调结构、惠民生、抓改革。'], ['其他工作。'], ['又一年。']))).toEqual(
      new Set(),
    );
  });
});

describe('the basic line without its owner', () => {
  it('lists 基本路线 after a verb or 的 under 党的基本路线, once where the owner is said', () => {
    const n = counts('坚持基本路线不动摇。', '党在社会主义初级阶段的基本路线。', '执行党的基本路线。');
    expect(n.get('党的基本路线')).toBe(3);
  });

  it('leaves another owner’s basic theory and the timeline follows the list', () => {
    expect(counts('学习马克思主义基本路线。').get('党的基本路线')).toBeUndefined();
    const folded = ['坚持基本路线不动摇。', '执行党的基本路线。'].map(foldForSearch);
    expect(termPlaces('党的基本路线').find(folded)).toHaveLength(2);
  });

  it('marks the owner-less occurrence so no question blanks words the text does not say', () => {
    expect(isOwnerlessOccurrence('党的基本路线', 4)).toBe(true);
    expect(isOwnerlessOccurrence('党的基本路线', 6)).toBe(false);
    expect(isOwnerlessOccurrence('中国特色社会主义', 6)).toBe(false);
  });
});

describe('centre formulations', () => {
  it('reads a line carried out as the centre or main thread, and the centre named by its core', () => {
    expect(centreSpans(foldForSearch('坚持以提高发展质量和效益为中心，坚持以推进供给侧结构性改革为主线。'))).toEqual(
      new Set(['以提高发展质量和效益为中心', '以推进供给侧结构性改革为主线']),
    );
    expect(centreSpans(foldForSearch('在以习近平同志为核心的党中央坚强领导下'))).toEqual(
      new Set(['以习近平同志为核心的党中央']),
    );
    // Not carried out (以…为中心 as a plain description), the lexicon's own, or a leader's name: none.
    expect(centreSpans(foldForSearch('以城市为中心辐射周边，坚持以经济建设为中心，坚持以习近平同志为核心。'))).toEqual(
      new Set(),
    );
  });

  it('needs two documents', () => {
    const two = docs(['坚持以提高发展质量和效益为中心。'], ['要坚持以提高发展质量和效益为中心，稳中求进。']);
    expect(centreFormulations(two)).toEqual(new Set(['以提高发展质量和效益为中心']));
    expect(centreFormulations(two.slice(0, 1))).toEqual(new Set());
  });
});
