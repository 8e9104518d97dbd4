// Round t60 (RUBRIC.md): the 2024–2026 lines of security, science and the 十五五 建议 an imported text states, read in
// their sense (粮食安全 and 能源安全 as the national goal, not a global issue or 新能源; 未来产业 the category, not
// 引领未来产业发展), and a place's own numbered tasks (自治区…建设“两个屏障”, 全市…开展“三比三争”) left out.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t60 listing entries', () => {
  it('lists the 2024–2026 wordings', () => {
    const c = counts(
      '坚持科技是第一生产力，建设社会主义文化强国，培育壮大新兴产业和未来产业。',
      '坚持投资于物和投资于人紧密结合，落实粮食安全党政同责，践行能源安全新战略。',
      '落实全球治理倡议，倡导平等有序的世界多极化、普惠包容的经济全球化。',
    );
    for (const t of [
      '科技是第一生产力',
      '社会主义文化强国',
      '未来产业',
      '投资于物和投资于人紧密结合',
      '粮食安全党政同责',
      '能源安全新战略',
      '全球治理倡议',
      '平等有序的世界多极化',
      '普惠包容的经济全球化',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('未来产业')).toBe(false);
  });

  it('reads 粮食安全 and 能源安全 as the national goal only', () => {
    const c = counts('确保国家粮食安全，提升能源安全保障能力。', '全方位夯实粮食安全根基。');
    expect(c['粮食安全']).toBe(2);
    expect(c['能源安全']).toBe(1);
    const other = counts(
      '气候变化、粮食安全、能源资源等全球性问题错综复杂。',
      '建设国家粮食安全产业带。',
      '就《粮食安全保障法》实施中的有关问题答记者问。',
      '保粮食能源安全，在新能源安全可靠替代的基础上逐步退出传统能源。',
      '统筹能源安全稳定供应和绿色低碳发展。',
    );
    expect(other['粮食安全']).toBeUndefined();
    expect(other['能源安全']).toBeUndefined();
    expect(counts('引领未来产业发展。')['未来产业']).toBeUndefined();
  });

  it('leaves a place’s own numbered tasks out, and keeps a line the place carries out', () => {
    const c = counts(
      '自治区要完整准确全面贯彻新发展理念，努力建设“两个屏障”“两个基地”“一个桥头堡”。',
      '全市各级要在推动发展上见实效，开展“三比三争”活动。',
      '全县要深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。',
    );
    for (const t of ['两个屏障', '两个基地', '三比三争']) expect(c[t], t).toBeUndefined();
    expect(c['两个确立']).toBe(1);
    expect(c['两个维护']).toBe(1);
  });
});
