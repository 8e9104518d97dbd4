// Round t59 (RUBRIC.md): the 2023–2026 lines an imported 党纪学习教育, 主题教育, plenum or local text states, and the
// naming rule — a formulation the documents name with its head (科教兴国战略) or without the verb (和平发展道路) is
// listed under that name too, beside the asked entry.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t59 listing entries', () => {
  it('lists the 2023–2025 lines by their documented wordings', () => {
    const c = counts(
      '引导党员、干部学纪、知纪、明纪、守纪，知敬畏、存戒惧、守底线，传承“四下基层”优良传统。',
      '坚决维护党中央权威和集中统一领导，严明政治纪律和政治规矩，发扬斗争精神。',
      '坚定不移走生态优先、绿色发展之路，共抓大保护、不搞大开发，加快建设新型能源体系。',
      '到二〇三五年全面建成高水平社会主义市场经济体制，基本实现社会主义现代化，全面推进强国建设、民族复兴伟业。',
    );
    for (const t of [
      '学纪、知纪、明纪、守纪',
      '知敬畏、存戒惧、守底线',
      '四下基层',
      '党中央权威和集中统一领导',
      '政治纪律和政治规矩',
      '斗争精神',
      '生态优先、绿色发展',
      '共抓大保护、不搞大开发',
      '新型能源体系',
      '高水平社会主义市场经济体制',
      '基本实现社会主义现代化',
      '强国建设、民族复兴',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('四下基层')).toBe(false);
  });

  it('reads 第一议题 only in quotation marks, and the 二十大’s 生态优先、节约集约 line is not the pair', () => {
    expect(counts('落实“第一议题”制度。')['第一议题']).toBe(1);
    expect(counts('会议的第一议题是审议年度预算。')['第一议题']).toBeUndefined();
    expect(counts('推进生态优先、节约集约、绿色低碳发展。')['生态优先、绿色发展']).toBeUndefined();
  });

  it('lists a formulation under the name the documents give it as well as the asked entry', () => {
    const c = counts('坚持和平发展道路。', '深入实施科教兴国战略、人才强国战略、创新驱动发展战略。');
    expect(c['和平发展道路']).toBe(1);
    expect(c['走和平发展道路']).toBeUndefined();
    for (const [named, asked] of [
      ['科教兴国战略', '科教兴国'],
      ['人才强国战略', '人才强国'],
      ['创新驱动发展战略', '创新驱动发展'],
    ] as const) {
      expect(c[named], named).toBe(1);
      expect(c[asked], asked).toBe(1);
    }
    expect(askable('和平发展道路')).toBe(false);
  });
});
