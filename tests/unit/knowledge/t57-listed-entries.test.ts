// Round t57: 中央经济工作会议 policy lines, 党建 and culture formulations stated in library texts (RUBRIC.md, round t57),
// each listed by the wordings the texts use and kept out of the senses their words also have; slogan-shaped lines
// (以进促稳, 先立后破) counted once although the quoted-slogan rule has their shape; 四位一体 and 一带一路 written out.
import { describe, expect, it } from 'vitest';
import { collectRuleTerms, extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('round t57 listing entries', () => {
  it('lists the slogan-shaped policy lines once each, quoted or not', () => {
    const c = counts(
      '我们将坚持稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合。',
      '坚持“以进促稳”。坚持“以进促稳”。坚持“以进促稳”。立足能源资源禀赋，坚持先立后破。',
    );
    expect(c['以进促稳']).toBe(4);
    expect(c['先立后破']).toBe(2);
    expect(c['守正创新']).toBe(1);
    // The quoted-slogan rule leaves the layer's forms alone: no second count of one use.
    expect(collectRuleTerms(Array(3).fill(foldForSearch('坚持“先立后破”。'))).size).toBe(0);
    for (const t of ['以进促稳', '先立后破', '守正创新', '跨周期调节']) expect(askable(t), t).toBe(false);
  });

  it('names both cyclical lines in either order, and the risk bottom line in its library wordings', () => {
    const c = counts(
      '注重宏观政策跨周期和逆周期调节。强化宏观政策逆周期和跨周期调节。',
      '守住了不发生系统性风险的底线。坚决守住不发生系统性区域性风险的底线。',
    );
    expect(c['跨周期调节']).toBe(2);
    expect(c['逆周期调节']).toBe(2);
    expect(c['守住不发生系统性风险的底线']).toBe(2);
  });

  it('reads 历史性成就 as the formulation only beside 历史性变革', () => {
    expect(counts('经济社会发展取得的历史性成就、发生的历史性变革。')['历史性成就']).toBe(1);
    expect(counts('改革开放以来我国农业取得历史性成就。')['历史性成就']).toBeUndefined();
  });

  it('reads 南北对话 as the North–South dialogue beside 南南合作, not the Korean talks', () => {
    expect(counts('中国一贯主张进行南北对话，加强南南合作。')['南北对话']).toBe(1);
    expect(counts('朝鲜民主主义人民共和国为打开南北对话，提出了四点新的建议。')['南北对话']).toBeUndefined();
  });

  it('names 四位一体 by its four 建设, not when the sentence has the fifth', () => {
    expect(counts('推进社会主义经济建设、政治建设、文化建设、社会建设，加快全面建设小康社会进程。')['四位一体']).toBe(
      1,
    );
    const five = counts(
      '全面推进社会主义经济建设、政治建设、文化建设、社会建设以及生态文明建设。',
      '把生态文明建设放在突出地位，融入经济建设、政治建设、文化建设、社会建设各方面和全过程。',
      '全面落实经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体总体布局。',
    );
    expect(five['四位一体']).toBeUndefined();
    expect(five['五位一体']).toBe(1);
  });

  it('names 一带一路 by its two roads, not by one of them', () => {
    const c = counts(
      '抓紧规划建设丝绸之路经济带、21世纪海上丝绸之路。',
      '推进丝绸之路经济带和21世纪海上丝绸之路合作建设。',
    );
    expect(c['一带一路']).toBe(2);
    expect(counts('丝绸之路经济带沿线城市。')['一带一路']).toBeUndefined();
  });

  it('names the 党建 and 民生 formulations by their documented wordings', () => {
    const c = counts(
      '要坚持立党为公、执政为民，坚持党总揽全局、协调各方的领导核心作用，保持党的先进性和纯洁性，提高党科学执政、民主执政、依法执政水平。',
      '坚持尽力而为、量力而行，实现好、维护好、发展好最广大人民根本利益，增强人民群众获得感、幸福感、安全感。',
    );
    for (const t of [
      '立党为公、执政为民',
      '总揽全局、协调各方',
      '先进性和纯洁性',
      '科学执政、民主执政、依法执政',
      '尽力而为、量力而行',
      '最广大人民根本利益',
      '获得感、幸福感、安全感',
    ])
      expect(c[t], t).toBe(1);
    expect(c['依法执政']).toBe(1);
    expect(counts('代表中国最广大人民的根本利益。')['最广大人民根本利益']).toBe(1);
  });
});
