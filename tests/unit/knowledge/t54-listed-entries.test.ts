// Round t54: 提法 the listing layer lacked, each stated in a library text (RUBRIC.md, round t54), listed by their
// documented wordings and kept out of the senses their words also have; and a plain 政策 named beside other areas'
// policies (干部政策、知识分子政策) is a work area's name, not a policy formulation.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { recurringPolicyNames } from '../../../electron/core/knowledge/policy-names.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t54 listing entries', () => {
  it('names the foreign-policy aim and the army formulations by each documented wording', () => {
    const c = counts(
      '为反对霸权主义和强权政治，维护世界和平，促进共同发展，作出了应有的贡献。',
      '为维护世界和平、促进共同发展做出了新贡献。',
      '在全面建设小康社会进程中实现富国和强军的统一。',
      '坚持富国和强军相统一，坚持科技强军。',
      '广泛开展拥军优属、拥政爱民和军民共建活动。',
    );
    expect(c['维护世界和平、促进共同发展']).toBe(2);
    expect(c['富国和强军相统一']).toBe(2);
    for (const t of ['科技强军', '拥军优属', '拥政爱民']) expect(c[t], t).toBe(1);
    for (const t of ['维护世界和平、促进共同发展', '富国和强军相统一', '科技强军']) expect(askable(t), t).toBe(false);
  });

  it('lists the 1980s enterprise systems, not the 1950s 党委领导下的厂长负责制', () => {
    const c = counts('普遍推行和完善厂长负责制，实行多种形式的承包经营责任制。');
    expect(c['厂长负责制']).toBe(1);
    expect(c['承包经营责任制']).toBe(1);
    expect(counts('坚决实行党委领导下的厂长负责制。')['厂长负责制']).toBeUndefined();
  });

  it('lists 社会主义民主, and not 无产阶级专政 (historical texts and the 1979 four principles would offer it as a study item)', () => {
    const c = counts('继续努力加强社会主义民主和社会主义法制，巩固我们的无产阶级专政。');
    expect(c['社会主义民主']).toBe(1);
    expect(c['无产阶级专政']).toBeUndefined();
  });

  it('lists 四有 only quoted, and the whole 山水林田湖草沙 formulation with its nested lexicon name', () => {
    expect(counts('努力成为“四有”公民的培育者。')['四有']).toBe(1);
    expect(counts('第四有关部门要配合。')['四有']).toBeUndefined();
    const c = counts('坚持山水林田湖草沙一体化保护和系统治理。');
    expect(c['山水林田湖草沙一体化保护和系统治理']).toBe(1);
    expect(c['山水林田湖草']).toBe(1);
  });
});

describe('policy names beside other areas’ policies', () => {
  const report = (year: string, ...texts: string[]) => ({ year, folded: texts.map(foldForSearch) });
  it('drops a plain 政策 a report lists among areas’ policies, keeps one it never does', () => {
    const names = recurringPolicyNames([
      report('1979', '恢复了干部政策、知识分子政策、民族政策。', '继续贯彻执行宗教信仰自由政策。'),
      ...['1983', '1984', '1997', '2002'].map((y) =>
        report(y, '认真落实知识分子政策。', '全面贯彻党的宗教信仰自由政策。'),
      ),
    ]);
    expect(names.has('知识分子政策')).toBe(false);
    expect(names.has('宗教信仰自由政策')).toBe(true);
  });
});
