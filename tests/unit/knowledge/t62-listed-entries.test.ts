// Round t62 (RUBRIC.md): the 二十大 and 2021–2025 report wordings a 2025–2026 imported study, meeting or county report
// states, 社会主义现代化 listed as the goal reached or built (and, by stop 63's nested rule, as the kind of modernisation
// the Party leads: t65-listed-entries.test.ts), and 做强做优做大 only of state capital and firms.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t62 listing entries', () => {
  it('lists the 二十大 and report wordings', () => {
    const c = counts(
      '引导干部树立和践行正确政绩观，以党的自我革命引领社会革命，坚持受贿行贿一起查。',
      '必须坚持自信自立，必须坚持问题导向，必须坚持系统观念，必须坚持胸怀天下。',
      '新一轮科技革命和产业变革深入发展，坚持把发展经济的着力点放在实体经济上，推动制造业高端化、智能化、绿色化发展。',
      '加快构建房地产发展新模式，稳外贸、稳外资，实施自由贸易试验区提升战略。',
      '推进以县城为重要载体的城镇化建设。',
    );
    for (const t of [
      '正确政绩观',
      '以党的自我革命引领社会革命',
      '受贿行贿一起查',
      '自信自立',
      '问题导向',
      '系统观念',
      '胸怀天下',
      '新一轮科技革命和产业变革',
      '把发展经济的着力点放在实体经济上',
      '高端化、智能化、绿色化',
      '房地产发展新模式',
      '稳外贸',
      '稳外资',
      '自由贸易试验区提升战略',
      '以县城为重要载体的城镇化建设',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('系统观念')).toBe(false);
  });

  it('lists 社会主义现代化 as the goal reached or built, nested in the longer formulations', () => {
    const c = counts(
      '到二〇三五年基本实现社会主义现代化。',
      '全面建设社会主义现代化国家，把我国建成社会主义现代化强国。',
    );
    expect(c['社会主义现代化']).toBe(3);
  });

  it('reads 做强做优做大 of state capital and firms only', () => {
    expect(counts('推动国有资本和国有企业做强做优做大。')['做强做优做大']).toBe(1);
    expect(counts('做强做优做大数字经济，建设现代化产业体系。')['做强做优做大']).toBeUndefined();
  });
});
