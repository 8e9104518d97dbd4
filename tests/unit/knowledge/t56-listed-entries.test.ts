// Round t56: 党风廉政 and 反腐败 formulations, the religious principles, 2023–2025 economic lines and two 提法 said
// in other wordings (RUBRIC.md, round t56), each listed by the wordings library texts use and kept out of the senses
// their words also have; and 独立自主 inside 独立自主自办 is that other formulation, not the pair's half.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t56 listing entries', () => {
  it('names the anti-corruption 方针 whole and by its halves, and the responsibility system by both wordings', () => {
    const c = counts(
      '坚持标本兼治、综合治理、惩防并举、注重预防的方针，扎实推进惩治和预防腐败体系建设。严格执行党风廉政建设责任制。',
      '认真实行领导干部廉政建设责任制。坚持标本兼治、综合治理的方针。',
    );
    expect(c['标本兼治、综合治理、惩防并举、注重预防']).toBe(1);
    expect(c['标本兼治、综合治理']).toBe(2);
    expect(c['惩防并举、注重预防']).toBe(1);
    expect(c['惩治和预防腐败体系']).toBe(1);
    expect(c['廉政建设责任制']).toBe(2);
    for (const t of ['标本兼治、综合治理', '廉政建设责任制', '惩治和预防腐败体系']) expect(askable(t), t).toBe(false);
  });

  it('does not read water works done 标本兼治，综合治理 as the anti-corruption 方针', () => {
    expect(counts('水利建设必须标本兼治，综合治理，上游搞好水土保持。')['标本兼治、综合治理']).toBeUndefined();
  });

  it('names 从源头上预防和治理腐败 by its library wordings; the three 不 (the lexicon’s) only as one run', () => {
    const c = counts(
      '加大从源头上预防和治理腐败的工作力度。拓展从源头上防治腐败工作领域。努力从源头上治理腐败。',
      '一体推进不敢腐、不能腐、不想腐。坚持不敢腐、不能腐、不想腐一体推进。',
    );
    expect(c['从源头上预防和治理腐败']).toBe(3);
    expect(c['不敢腐、不能腐、不想腐']).toBe(2);
    expect(counts('从源头上防止新的拖欠。')['从源头上预防和治理腐败']).toBeUndefined();
    expect(counts('强化不敢腐的震慑，扎牢不能腐的笼子。')['不敢腐、不能腐、不想腐']).toBeUndefined();
  });

  it('lists 独立自主自办 and keeps 独立自主 for the foreign-policy line, not inside the churches’ principle', () => {
    const c = counts('积极引导宗教与社会主义社会相适应，坚持独立自主自办的原则。');
    expect(c['独立自主自办']).toBe(1);
    expect(c['宗教与社会主义社会相适应']).toBe(1);
    expect(c['独立自主']).toBeUndefined();
    expect(counts('我们坚持独立自主，不依附于任何大国。')['独立自主']).toBe(1);
  });

  it('names 转方式, 扩内需 and the 三农, ecology and 民族 formulations by their documented wordings', () => {
    const c = counts(
      '特别是要在转方式、调结构上积极进取。',
      '农业是扩内需调结构的重要领域，确保谷物基本自给、口粮绝对安全。',
      '必须坚持节约优先、保护优先、自然恢复为主的方针，加强各民族交往交流交融。',
    );
    for (const t of [
      '转方式',
      '扩内需',
      '谷物基本自给、口粮绝对安全',
      '节约优先、保护优先、自然恢复为主',
      '各民族交往交流交融',
    ])
      expect(c[t], t).toBe(1);
  });
});
