// Round h56 (history-fixtures/labels-h56.json): plain prose of 1954–1964 dated by what it says of its own time
// (first-plan-present.ts): a 1949–59 year's plan stated as this year's task (一九五八年计划……在今年; 拟定为, 将为), the text's
// own reckoning of the months and years just past (去冬以来, 四年以来: no look back), what it will go on doing or has now
// (将继续, 现有), and the adjustment of 1961–65 in its own words beside one of its years. The 1979–82 reports on 生产队 and
// 国营农场, later texts on those years and today's co-operatives stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('a 1949–59 year’s plan stated as the text’s own task', () => {
  it('the year’s plan named beside this year (今年), its figures 拟定为 or 将为', () => {
    const grain =
      '一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，都是很积极的。在今年，全国耕地总面积计划达到十六亿九千二百四十五万亩。';
    expect(status(grain)).toBe('历史文献');
    expect(note(grain)).toMatch(/全面建设社会主义时期/);
    expect(
      status(
        '在一九五八年，国家开办的学校，招生人数将为：高等学校十万九千人，中等专业学校十五万三千人，小学二千零十七万人。',
      ),
    ).toBe('历史文献');
  });

  it('its own reckoning of the months just past is no look back (去冬以来, 四年以来)', () => {
    expect(
      status(
        '一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元。去冬以来，各地农村进行的兴修农田水利的运动，在一九五八年将进一步展开。',
      ),
    ).toBe('历史文献');
  });

  it('the same year’s plan told from later stays 现行: 当时, a later year, 新中国成立以来', () => {
    expect(status('1958年计划钢产量1070万吨，当时的指标严重脱离实际。今年的展览再现了这段历史。')).toBe('现行');
    expect(status('1958年的钢产量计划安排为1070万吨。2019年，这座高炉旧址改建为工业遗产公园，今年对外开放。')).toBe(
      '现行',
    );
    expect(status('新中国成立以来，一九五八年计划兴建的水库今年仍在发挥作用。')).toBe('现行');
  });
});

describe('the adjustment of 1961–1965 in its own words', () => {
  it('国民经济调整工作 beside 一九六四年 and 今年', () => {
    const adjusted =
      '周总理概括地论述了国民经济调整工作的巨大成就。农业生产前两年连续增产，今年又获得了更好的收成。一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍。';
    expect(status(adjusted)).toBe('历史文献');
    expect(note(adjusted)).toMatch(/全面建设社会主义时期/);
  });

  it('1979–81’s adjustment, one with no year of 1961–65, and the earlier one as a former round stay 现行', () => {
    expect(status('今年国民经济调整工作取得了明显成效，农业生产责任制普遍推行。')).toBe('现行');
    expect(status('贯彻调整、改革、整顿、提高的方针，国民经济调整工作今年要继续进行。一九六二年的经验值得借鉴。')).toBe(
      '现行',
    );
    expect(status('像一九六二年那次调整一样，国民经济调整工作现在必须坚决进行。')).toBe('现行');
  });
});

describe('what the text will go on doing, and what exists now', () => {
  it('the joint firms as the form to keep pursuing (以后将继续推行)', () => {
    expect(
      status(
        '国家资本主义有各种不同的形式。高级的形式是公私合营；中级和低级的形式，在工业中是加工定货和收购包销。这种稳步推进的办法，经验证明是比较适当的，我们以后将继续推行这种办法。',
      ),
    ).toBe('历史文献');
  });

  it('today’s co-operatives, state farms and 生产队 stay 现行', () => {
    expect(status('村里帮他联系买鸡苗，农业合作社帮他介绍买家。今年，全村将继续发展特色养殖。')).toBe('现行');
    expect(
      status('当前植树造林的重点，应该放在平原和丘陵地区，要以生产队、生产大队或公社为单位，组织专业造林队。'),
    ).toBe('现行');
    expect(status('建三江管理局3个国营农场所属的耕地划入保护区，现有湿地面积将继续扩大。')).toBe('现行');
  });
});
