// Round h31 (history-fixtures/labels-h31.json): undated excerpts of 1954–1957 in plain prose, without a set phrase of
// their years, dated by evidence combined across the text (first-plan-present.ts): the institutions or the years of the
// first plan spoken of as the present, nothing later. Current texts that discuss the same years stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const EARLY = /新中国成立初期|全面建设社会主义时期/;

describe('the years of the first plan as the text’s present', () => {
  it('their institutions spoken of in the present tense (今年, 现在)', () => {
    const coops =
      '商业部门的收购和销售的计划能否完成，关键是在农村。由于今年春季各地的农业生产合作社片面地着重了粮食生产，' +
      '忽视了副业生产，农民手中缺少可卖的东西和可用的现钱。';
    expect(status(coops)).toBe('历史文献');
    expect(note(coops)).toMatch(EARLY);
    // Traditional characters, the private trade still to be transformed and 现在.
    const trade =
      '國營商業在過去幾年只佔國內市場的一小部分，現在已經佔了主要部分。商業部門必須根據國營商業、合作社商業和' +
      '私營商業的經營比重，决定對整個私營商業的改造和安排的步驟。';
    expect(status(trade)).toBe('历史文献');
  });

  it('two of their years with figures still to come (将达到), or a year named as the plan’s Nth', () => {
    expect(status('一九五七年全国社会商品零售总额将达到四百九十八亿元左右，比一九五二年增长百分之八十左右。')).toBe(
      '历史文献',
    );
    expect(
      status(
        '1956年是我国发展国民经济的第一个五年计划的第四年，同时是资本主义工商业的社会主义改造取得决定性胜利的一年。',
      ),
    ).toBe('历史文献');
    // 几年来 and two years in Chinese numerals with ○.
    expect(status('幾年來，職工的生活有了很大改善。一九五三年的平均工資比一九五○年增加了百分之八十四。')).toBe(
      '历史文献',
    );
  });

  it('the plan’s own words of history (历史条件, 历史上) are no look back; a history lesson is', () => {
    const gaps =
      '当我们把工农的生活加以比较的时候，必须考虑到工农生活不同的历史条件。目前我国农民大体上有百分之二十到三十' +
      '过着略有积余的生活，有一部分人还需要国家和农业生产合作社的帮助。';
    expect(status(gaps)).toBe('历史文献');
    expect(status('历史课上，老师讲到1953年和1956年，全国农业生产合作社迅速发展，现在同学们分组讨论。')).toBe('现行');
  });

  it('one year alone, or the years without a present, tell nothing', () => {
    expect(
      status(
        '1956年，我国基本上完成了对农业、手工业和资本主义工商业的社会主义改造，七万户私营工业企业变为公私合营企业。',
      ),
    ).toBe('现行');
    expect(status('1953年到1957年，我国实施第一个五年计划，工业总产值比1952年增长一倍多。')).toBe('现行');
  });

  it('a current text on the same years stays 现行: a 党史 quiz, an anniversary, a look back, a later year', () => {
    // A 2021 党史学习教育 quiz on the 1953 总路线 (the case once wrongly marked historical).
    expect(
      status(
        '党史学习教育知识竞赛：1953年，党提出过渡时期总路线。到1956年，农业生产合作社和公私合营发展迅速，目前这一成就载入史册。',
      ),
    ).toBe('现行');
    expect(status('今年是公私合营完成65周年。1956年，全市私营工商业全部实行公私合营。')).toBe('现行');
    expect(status('当时，全国农业生产合作社已有七十多万个，现在回想起来仍令人感慨。1955年，……1956年……')).toBe('现行');
    expect(status('1956年实行公私合营的老字号，现在已成为知名品牌，2019年营业额增长百分之十。')).toBe('现行');
    expect(status('五十年代对私营工商业的社会主义改造，废除了资本家对工人的剥削。现在的改革是要打破“大锅饭”。')).toBe(
      '现行',
    );
    // A profile's subject's age now beside his early years.
    // A co-operative of today by its name (绿源农业合作社), beside this year's plans.
    expect(status('绿源农业合作社理事长发言说，公司今年将新建两条生产线，土地流转后乡亲们日子越过越红火。')).toBe(
      '现行',
    );
    expect(status('今年86岁的老支书，1947年参军，1950年、1952年两次负伤，回乡后带领农业合作社社员修梯田。')).toBe(
      '现行',
    );
  });
});
