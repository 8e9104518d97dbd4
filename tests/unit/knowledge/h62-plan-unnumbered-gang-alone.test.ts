// Round h62 (history-fixtures/labels-h62.json): undated 1955 and 1977–78 prose the code read as 现行 whose own words date
// it: the five-year plan unnumbered and unqualified as the text's own (its drafting, its draft's chapters, its demands;
// first-plan-present.ts), and the 四人帮 named alone, never beside 林彪, with one set phrase of any period (status.ts), the
// campaign carried deeper or called a revolution, its poison to clear with words between (period-wording.ts). Texts of
// 1979–2020 with the same words (林彪、“四人帮”, 揭批 of today, a plan qualified or numbered) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the five-year plan unnumbered as the text’s own', () => {
  it('its drafting, its draft’s chapter, with a present word (the founding years’ note)', () => {
    const drafting =
      '在五年计划的编制过程中，我们曾经作过反复的考虑。我们认为在目前条件下，已经确定的建设规模是适当的。';
    expect(status(drafting)).toBe('历史文献');
    expect(note(drafting)).toMatch(/新中国成立初期/);
    expect(status('关于农业的增产措施，五年计划草案第四章已经写得很详细，现在我提出以下几点。')).toBe('历史文献');
  });

  it('its demands beside a duty in another sentence', () => {
    expect(
      status('五年计划要求国内各民族更巩固地团结起来。汉族人民必须在经济上和文化上给各兄弟民族以真心诚意的帮助。'),
    ).toBe('历史文献');
  });

  it('a plan qualified or numbered, today’s plan: 现行', () => {
    expect(status('因此还缺乏编制出一个比较完备的五年计划的客观条件。现在，国务院对经济工作进行了调查研究。')).toBe(
      '现行',
    );
    expect(status('今年是“十三五”规划收官之年，也意味着新的五年计划编制工作已经开启，目前各地正在开门编规划。')).toBe(
      '现行',
    );
  });
});

describe('the 四人帮 alone with one phrase of a period', () => {
  it('the gang to expose, its poison to clear with words between (the pre-plenum note)', () => {
    const expose = '我们必须彻底揭露“四人帮”反革命两面派的伎俩，揭露他们假左派、真右派的反动面目。';
    expect(status(expose)).toBe('历史文献');
    expect(note(expose)).toMatch(/三中全会前/);
    expect(status('要彻底清除“四人帮”颠倒敌我的种种谬论的流毒，分清敌我，保卫社会主义制度。')).toBe('历史文献');
  });

  it('a Cultural Revolution phrase beside the gang alone; the campaign carried deeper or called a revolution', () => {
    expect(status('终于粉碎了“四人帮”反党集团。这个伟大胜利，标志着我国第一次无产阶级文化大革命胜利结束。')).toBe(
      '历史文献',
    );
    expect(status('人民解放军当前的任务，就是把揭批“四人帮”的运动引向深入，加强革命化和现代化。')).toBe('历史文献');
    expect(status('一年多来，党中央在全国范围内发动和领导了揭批“四人帮”的政治大革命，取得了重大胜利。')).toBe(
      '历史文献',
    );
  });

  it('the gang beside 林彪, a later year, no phrase of a period, 揭批 of today: 现行', () => {
    expect(status('我们要深入批判林彪、“四人帮”的极左路线，目前安定团结的局面正在发展。')).toBe('现行');
    expect(status('一九七九年以来，我们继续深入批判“四人帮”，解决好这方面存在的问题。')).toBe('现行');
    expect(status('五届人大一次会议以来，我们基本上清除了那些骑在人民头上的“四人帮”帮派骨干分子。')).toBe('现行');
    expect(status('从密集播发重磅评论，到揭批“港独”分子和激进暴力头目的真面目，营造有利的舆论氛围。')).toBe('现行');
  });
});
