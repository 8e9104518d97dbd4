// Round h60 (history-fixtures/labels-h60.json): undated 1955–58 and 1977–78 prose the code read as 现行 whose own words
// date it: the five-year plan unnumbered, its targets stated or followed (五年计划所规定的指标, the only plan there was), the
// period's 建设完工 (first-plan-present.ts), and the campaign against the 四人帮 alone, every name in its marks
// (its followers, the 清查 of those tied to it, its poison to clear: period-wording.ts, status.ts). Texts of 1979–2020
// with the same words (numbered plans, 林彪、“四人帮” told as done, today's 大清查 and 流毒, a 四人帮 of today) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the five-year plan unnumbered, and 建设完工', () => {
  it('the plan’s targets stated as the text’s own (1955, the founding years’ note)', () => {
    const land =
      '五年计划规定扩大耕地面积三千八百六十八万亩，是最低的指标，必须尽可能地用各种办法超过这个数字。在今后三年，都应该积极地实施，作为增产的一种重要办法。';
    expect(status(land)).toBe('历史文献');
    expect(note(land)).toMatch(/新中国成立初期/);
    expect(status('五年计划所规定的关于提高人民物质生活和文化生活的水平的指标，是我国目前可能实现的限度。')).toBe(
      '历史文献',
    );
  });

  it('a numbered plan, in full or by its short name, stays 现行', () => {
    expect(status('现在可以有把握地说，第六个五年计划规定的任务，一定能够全面完成和超额完成。')).toBe('现行');
    expect(status('在不突破国家“七五”计划规定的投资总额的前提下，今年要进一步推广投资包干责任制。')).toBe('现行');
    expect(status('“六五”计划规定的任务，绝大部分都已提前完成；五年计划规定的指标，今年要全面落实。')).toBe('现行');
    expect(status('我们完全有信心实现既定的五年计划，目前已在山东开出首家加油站。')).toBe('现行');
  });

  it('a project 建设完工 within this year', () => {
    expect(
      status(
        '化学工业部有二十三个建设项目，地方有十九个建设项目，共计四十二个。这些建设项目，在今年内可以建设完工的有四个。',
      ),
    ).toBe('历史文献');
    expect(status('这些项目今年内建成投产的有四个，目前进展顺利。')).toBe('现行');
  });
});

describe('the campaign against the 四人帮 alone, its name in marks', () => {
  it('its followers and the 清查 of those tied to it (the pre-plenum note)', () => {
    const probe =
      '我们所说的“四人帮”及其余党的资产阶级帮派体系，是指“四人帮”和那些参与“四人帮”篡党夺权反革命阴谋活动的骨干分子。清查工作要在党委统一领导下抓紧进行，争取今年内基本查清。在清查工作中，要把受“四人帮”影响说了错话的人严格区别开来。';
    expect(status(probe)).toBe('历史文献');
    expect(note(probe)).toMatch(/三中全会前/);
  });

  it('its poison to clear, beside the chairman named by his title', () => {
    expect(
      status(
        '毛主席说过：“如果我们把作风整顿好了，工作就会做得更好。”我们要彻底肃清“四人帮”的流毒和影响。毛主席为我们培育的好传统好作风，一定要发扬光大。',
      ),
    ).toBe('历史文献');
  });

  it('beside 林彪 and told as done, today’s 清查 and 流毒, or a 四人帮 of today: 现行', () => {
    expect(
      status(
        '全国人民对林彪、“四人帮”的帮派体系进行了认真的清查工作。要继续肃清林彪、“四人帮”的流毒，目前安定团结的局面正在发展。',
      ),
    ).toBe('现行');
    expect(status('这次大清查工作必须坚持问题导向，要压实工作责任，全面彻底肃清郭伯雄、徐才厚流毒影响。')).toBe('现行');
    expect(status('“叛国乱港四人帮”之一的黎智英发表文章，散布错误讯息，清查工作要依法进行。')).toBe('现行');
  });
});
