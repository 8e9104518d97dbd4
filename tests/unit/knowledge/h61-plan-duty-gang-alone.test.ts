// Round h61 (history-fixtures/labels-h61.json): undated 1955 and 1977–78 prose the code read as 现行 whose own words date
// it: the unnumbered plan's own work (its targets stated, 建设完工) beside a duty in another sentence, 将使 as the plan's
// future (first-plan-present.ts), and the campaign against the 四人帮 alone: the gang to criticise and expose now, its
// system called bourgeois, 社会主义的新生事物 (period-wording.ts, late-mao-wording.ts, status.ts). Texts of 1979–2020
// with the same words (粉碎“四人帮”以来, 林彪、“四人帮”, 新生事物 of anything new, a done 资本主义工商业) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the plan’s own work beside a duty, and its future', () => {
  it('建设完工 with 必须 in another sentence, 又规定了 with 应该 (the founding years’ note)', () => {
    const plants =
      '中小企业能够在较短的时间内建设完工和投入生产，能够迅速地发挥投资效果。因此，我们必须纠正两种错误的偏向。';
    expect(status(plants)).toBe('历史文献');
    expect(note(plants)).toMatch(/新中国成立初期/);
    expect(
      status('我们认为应该采取更多的办法来处理这个问题。在一九五二年的基础上，五年计划又规定了进一步发展的指标。'),
    ).toBe('历史文献');
  });

  it('将使 as the plan’s future', () => {
    expect(
      status('五年计划规定的各项指标和措施，又将使全国人民的物质生活和文化生活的水平在原来的基础上有新的提高。'),
    ).toBe('历史文献');
  });

  it('a later text: the capitalists’ trade told as transformed, a numbered plan, a plan of today: 现行', () => {
    expect(
      status(
        '我国政府顺利地改造了资本主义工商业，作为阶级的资本家阶级也已经不再存在。我们还必须对他们实行无产阶级专政。',
      ),
    ).toBe('现行');
    expect(status('第七个五年计划所规定的增长目标要力争实现。必须坚持“一要吃饭，二要建设”的原则。')).toBe('现行');
    expect(status('我们完全有信心实现既定的五年计划，这将使更多的外资企业进入中国市场，我们必须抓住机遇。')).toBe(
      '现行',
    );
  });
});

describe('the campaign against the 四人帮 alone', () => {
  it('its system called bourgeois, apart from the name (the pre-plenum note)', () => {
    const system =
      '“四人帮”那一整套理论、路线、政策和他们那个资产阶级帮派体系，是一种极端腐朽、反动透顶的上层建筑。他们的灭亡是历史的必然。';
    expect(status(system)).toBe('历史文献');
    expect(note(system)).toMatch(/三中全会前/);
  });

  it('its poison to clear beside 社会主义的新生事物; the gang to criticise beside 毛主席 twice', () => {
    expect(status('我们一定要彻底肃清“四人帮”的流毒，热情支持和爱护社会主义的新生事物，扶植它们健康地成长。')).toBe(
      '历史文献',
    );
    expect(
      status(
        '“四人帮”竭力反对毛主席的百花齐放、百家争鸣的方针。我们必须深入批判“四人帮”的文化专制主义，并且根据毛主席的一贯教导，解决好这方面存在的问题。',
      ),
    ).toBe('历史文献');
  });

  it('the gang beside 林彪, its fall told as past, 新生事物 of anything new: 现行', () => {
    expect(
      status('我们要深入批判林彪、“四人帮”的极左路线，肃清林彪、“四人帮”的流毒，目前安定团结的局面正在发展。'),
    ).toBe('现行');
    expect(
      status('总之，经过粉碎“四人帮”以来两年多的努力，我国各条战线都取得了巨大的胜利，形势已经发生了根本的变化。'),
    ).toBe('现行');
    expect(status('改革开放中每一个新生事物的产生和发展，无不来自亿万人民的实践和智慧，我们要热情支持新生事物。')).toBe(
      '现行',
    );
  });
});
