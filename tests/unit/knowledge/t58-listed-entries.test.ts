// Round t58 (RUBRIC.md): what an imported 2022–2025 document lists on its own — the Party centre by its core and a
// field's part of the thought named by their shape in one text, a county's own quoted list left out, 千万工程 and
// 沙戈荒 written out — and the listing entries' senses (党的领导, 稳预期).
import { describe, expect, it } from 'vitest';
import { collectRuleTerms, extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t58: one document on its own', () => {
  it('names the Party centre by its core and a field of the thought from one text', () => {
    const c = counts('以习近平同志为核心的党中央团结带领全党，以习近平经济思想为指导，深入学习习近平生态文明思想。');
    expect(c['以习近平同志为核心的党中央']).toBe(1);
    expect(c['习近平经济思想']).toBe(1);
    expect(c['习近平生态文明思想']).toBe(1);
    const none = counts('学习习近平总书记思想深邃的重要讲话，读习近平新时代中国特色社会主义思想。');
    expect(Object.keys(none).filter((t) => t.startsWith('习近平') && t !== '习近平新时代中国特色社会主义思想')).toEqual(
      [],
    );
    expect(askable('习近平经济思想')).toBe(false);
  });

  it('leaves a county’s own quoted list out, and keeps what it carries out', () => {
    const rules = collectRuleTerms([foldForSearch('全县开展“三大攻坚”“十大行动”，新建标准厂房20万平方米。')]);
    expect([...rules.keys()]).toEqual([]);
    expect(collectRuleTerms([foldForSearch('全县坚持“五个必由之路”。')]).has('五个必由之路')).toBe(true);
  });

  it('names 千万工程 and 沙戈荒 written out, 沙戈荒 only beside the wind and solar bases', () => {
    expect(counts('学习运用“千村示范、万村整治”工程经验。')['千万工程']).toBe(1);
    expect(counts('加快沙漠戈壁荒漠地区大型风电光伏基地建设。')['沙戈荒']).toBe(1);
    expect(counts('规划建设以沙漠、戈壁、荒漠地区为重点的大型风电光伏基地。')['沙戈荒']).toBe(1);
    expect(counts('加强沙漠、戈壁、荒漠化土地的生态保护。')['沙戈荒']).toBeUndefined();
  });
});

describe('round t58 listing entries', () => {
  it('reads 党的领导 as the formulation, not 在党的领导下 nor the Party’s leaders', () => {
    const c = counts('坚持党的领导、人民当家作主、依法治国有机统一。', '把党的领导贯穿政府工作各方面全过程。');
    expect(c['党的领导']).toBe(2);
    expect(c['党的领导、人民当家作主、依法治国有机统一']).toBe(1);
    const none = counts('全国人民在中国共产党的领导下，加强对党的领导干部的监督，党的领导机关有责。');
    expect(none['党的领导']).toBeUndefined();
  });

  it('reads 稳预期 as the economic line, not housing’s 稳房价、稳预期 nor 法治’s 固根本、稳预期', () => {
    expect(counts('多出有利于稳预期、稳增长、稳就业的政策。')['稳预期']).toBe(1);
    expect(counts('稳地价、稳房价、稳预期。发挥法治固根本、稳预期、利长远的保障作用。')['稳预期']).toBeUndefined();
  });

  it('lists the five principles’ parts and the 2022–2025 lines by their documented wordings', () => {
    const c = counts(
      '在相互尊重、互不干涉内政、求同存异的基础上，坚持真正的多边主义。',
      '推进乡村全面振兴，确保不发生规模性返贫，积极稳妥推进碳达峰碳中和，协同推进降碳、减污、扩绿、增长。',
      '以新安全格局保障新发展格局，坚持严的基调、严的措施、严的氛围，建设中华民族现代文明，全方位扩大国内需求。',
      '深化运用监督执纪“四种形态”。',
    );
    for (const t of [
      '互不干涉内政',
      '求同存异',
      '真正的多边主义',
      '乡村全面振兴',
      '不发生规模性返贫',
      '碳达峰碳中和',
      '降碳、减污、扩绿、增长',
      '新安全格局',
      '严的基调、严的措施、严的氛围',
      '中华民族现代文明',
      '扩大国内需求',
      '四种形态',
    ])
      expect(c[t], t).toBe(1);
    expect(askable('党的领导')).toBe(false);
  });
});
