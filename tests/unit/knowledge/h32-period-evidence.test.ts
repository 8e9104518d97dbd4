// Round h32 (history-fixtures/labels-h32.json): undated excerpts of 1955–1957 and 1973–1975 that read as current,
// dated by evidence of their own years (first-plan-present.ts, period-wording.ts, status.ts): the first plan as under
// way, the socialist revolution just won, the Party's 一元化领导 and the 1973 saying on its leading all, 林彪 as the
// day's foe, the Soviet aid and Stalin as the 1950s spoke of them. Current texts that name the same things as the
// past, or a later plan, stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const EARLY = /新中国成立初期|全面建设社会主义时期/;

describe('the first plan under way as the text’s present', () => {
  it('the first five-year plan with its five years (五年内) or figures to come', () => {
    const plan =
      '我国第一个五年计划是一个重大的步骤。在五年内，全国经济建设和文化教育建设的支出总数为七百六十六亿四千万元。';
    expect(status(plan)).toBe('历史文献');
    expect(note(plan)).toMatch(EARLY);
    expect(status('第二汽车制造厂也将在第一个五年计划期间开始建设，今后每年将增加载重汽车一万辆。')).toBe('历史文献');
  });

  it('五年内 is the plan’s present beside an institution of those years', () => {
    expect(status('五年内全国农业生产合作社的社员收入要有显著的增加，粮食产量要逐年提高。')).toBe('历史文献');
  });

  it('the socialist revolution won in the main, spoken of with 今年', () => {
    const won =
      '在社会主义革命取得基本胜利以后，为了推进社会主义建设，我们制出了科学发展的初步蓝图。政府今年已经制定协调方案。';
    expect(status(won)).toBe('历史文献');
    expect(note(won)).toMatch(EARLY);
  });

  it('a later plan, a new century’s first plan or the plan told as the past stays 现行', () => {
    expect(
      status('从今年开始，我国将实施新世纪第一个五年计划。五年内要着力调整经济结构，这是第十个五年计划的主线。'),
    ).toBe('现行');
    expect(status('今后五年内，我们要像第一个五年计划那样，把第十四个五年规划的重大工程落到实处。')).toBe('现行');
    expect(status('新中国成立后，修建武汉长江大桥被列入第一个五年计划重点工程项目，五年内建成通车。')).toBe('现行');
    expect(status('1953年到1957年，我国实施第一个五年计划，工业总产值比1952年增长一倍多。')).toBe('现行');
  });
});

describe('the leadership of the Party as the 1970s texts put it', () => {
  const leads =
    '我们必须坚决拥护党的一元化领导。工、农、商、学、兵、政、党这七个方面，党是领导一切的。' +
    '我们各方面的工作，都必须置于各级党委的统一领导之下。';
  it('党的一元化领导 upheld and the 1973 saying in its seven words are two period phrases', () => {
    expect(status(leads)).toBe('历史文献');
    // Either with one more phrase of the years before the plenum.
    expect(status('我们必须坚决拥护党的一元化领导，在毛主席革命路线的基础上统一认识，统一行动。')).toBe('历史文献');
    expect(status('工、农、商、学、兵、政、党，党是领导一切的。要坚持毛主席的革命路线。')).toBe('历史文献');
  });

  it('today’s saying and a history of 1942 stay 现行', () => {
    expect(status('党政军民学，东西南北中，党是领导一切的。我们必须坚持党的全面领导，坚决维护党中央权威。')).toBe(
      '现行',
    );
    expect(status('1942年9月，中共中央政治局作出决定，在各抗日根据地实行党的一元化领导。')).toBe('现行');
  });
});

describe('林彪 as the day’s foe', () => {
  const lin =
    '林彪及其一小撮死党是一个反革命阴谋集团。他们推行的反革命的修正主义路线的实质，就是要篡夺党和国家的最高权力，' +
    '背叛毛主席的革命路线，投靠苏修社会帝国主义。';
  it('without the 四人帮, a text of 1971–1976: the Cultural Revolution’s years', () => {
    expect(status(lin)).toBe('历史文献');
    expect(note(lin)).toMatch(/文化大革命/);
  });

  it('named beside the 四人帮, a text of 1977–78', () => {
    const both = `${lin}粉碎了“四人帮”以后，我们要把揭批林彪和“四人帮”的斗争进行到底。`;
    expect(note(both)).toMatch(/三中全会前/);
    expect(note(both)).not.toMatch(/文化大革命/);
  });
});

describe('the Soviet Union and Stalin as the founding years’ texts speak of them', () => {
  const aid =
    '苏联的真诚的、无私的、兄弟般的援助，是我国能够迅速地进行有计划的经济建设的重要条件。正如斯大林所说的：' +
    '“问题不仅在于这种帮助是极度便宜的，技术上是头等的。”';
  it('its aid thanked as brotherly and selfless, and Stalin cited as the authority, are two period phrases', () => {
    expect(status(aid)).toBe('历史文献');
    expect(note(aid)).toMatch(EARLY);
  });

  it('a later text narrating the aid or naming Stalingrad stays 现行', () => {
    expect(status('中国技术人员和苏联专家共同研究，开创了新的施工方法。苏联援建的156项工程奠定了工业基础。')).toBe(
      '现行',
    );
    expect(status('苏联红军取得斯大林格勒保卫战的胜利之后，二战才出现根本性的转折。')).toBe('现行');
  });
});
