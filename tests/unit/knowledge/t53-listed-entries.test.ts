// Round t53: 提法 the listing layer lacked, each defined in a library text (RUBRIC.md, round t53): listed alone and
// nested, by their documented wordings, and 合理区间 only of the economy's course (its one guard).
import { describe, expect, it } from 'vitest';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t53 listing entries', () => {
  it('lists each half of 思想建党和制度治党 and 依规治党 said alone (十九大, 二十大)', () => {
    const c = counts('坚持思想建党和制度治党同向发力。', '坚持制度治党、依规治党，以党章为根本。');
    expect(c['思想建党']).toBe(1);
    expect(c['制度治党']).toBe(2);
    expect(c['依规治党']).toBe(1);
  });

  it('lists 合理区间 of the economy, not a price or a share kept in a range', () => {
    expect(counts('确保经济运行处于合理区间。')['合理区间']).toBe(1);
    expect(counts('全力保持经济在合理区间运行。')['合理区间']).toBe(1);
    expect(counts('猪肉价格回落到合理区间。')['合理区间']).toBeUndefined();
    expect(termPlaces('合理区间').find([foldForSearch('保持经济运行在合理区间。')])).toHaveLength(1);
    expect(termPlaces('合理区间').find([foldForSearch('存货周转天数处于合理区间。')])).toHaveLength(0);
  });

  it('names the basic role of the market and the 十四大 theory by their documented wordings', () => {
    const c = counts(
      '就是要使市场在社会主义国家宏观调控下对资源配置起基础性作用。',
      '进一步发挥市场对资源配置的基础性作用。',
      '以邓小平同志建设有中国特色社会主义的理论为指导。',
    );
    expect(c['市场在资源配置中的基础性作用']).toBe(2);
    expect(c['建设有中国特色社会主义理论']).toBe(1);
    // The theory's name holds 中国特色社会主义, still counted nested.
    expect(c['中国特色社会主义']).toBe(1);
  });

  it('lists the foreign-policy and Party-building wordings, never as question material', () => {
    const c = counts(
      '按照平等互利的原则扩大对外经济技术交流，建立国际经济新秩序。',
      '把反腐倡廉建设放在更加突出的位置，巩固和发展安定团结的政治局面。',
    );
    for (const t of ['平等互利', '国际经济新秩序', '反腐倡廉', '安定团结']) {
      expect(c[t], t).toBe(1);
      expect(askable(t), t).toBe(false);
    }
  });
});
