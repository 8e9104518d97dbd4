// Round h53 (history-fixtures/labels-h53.json): undated excerpts of 1956–1978 that read as current, dated by what marks
// them as of their time (late-mao-wording.ts, period-wording.ts, first-plan-present.ts, status.ts): the foes inside the
// Party as 1968–1978 named them, the Soviet leaders charged with betraying Marxism-Leninism, the chairman's instruction
// obeyed and his centre as the Party's head, the institutions of the first plan (乡人民委员会, 解放以来 as the plan's own
// count) and the second plan's first years. Current texts that quote the same men or narrate the same years stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the foes and the authority of 1966–1978', () => {
  it('刘少奇叛徒集团 and 林彪反党集团 are two phrases of those years; without the 四人帮 the note is the Cultural Revolution’s', () => {
    const foes =
      '党内斗争是社会上阶级斗争在党内的反映。刘少奇叛徒集团垮台，林彪反党集团跳了出来，继续同无产阶级较量，正是国内国际激烈的阶级斗争的尖锐表现。';
    expect(status(foes)).toBe('历史文献');
    expect(note(foes)).toMatch(/文化大革命/);
  });

  it('the Soviet leaders charged with betraying Marxism-Leninism: the neutral note', () => {
    const soviet =
      '苏联领导集团背叛了马克思列宁主义，我们同他们的原则争论是要长期进行下去的。但是，这种争论不应妨碍中苏两国正常的国家关系。';
    expect(status(soviet)).toBe('历史文献');
    expect(note(soviet)).toMatch(/三中全会前/);
  });

  it('the chairman still the centre’s head, beside words of 1966–1978, places a text before 1976-09', () => {
    const living =
      '在毛主席为首的党中央领导下，我国人民奋发图强，只用了二十多年的时间，就把一个贫穷落后的国家变成初步繁荣昌盛的社会主义国家。' +
      '在毛主席革命路线指引下，团结起来，争取更大的胜利！';
    expect(status(living)).toBe('历史文献');
    expect(note(living)).toMatch(/文化大革命/);
  });

  it('the chairman’s instruction obeyed and the premier by his title make a 1978 plan text historical', () => {
    const plan =
      '遵照毛主席的指示，周总理在第三届和第四届全国人民代表大会上都提出了发展国民经济的宏伟设想，要求在本世纪内全面实现四个现代化。' +
      '粉碎“四人帮”后，国务院对十年规划纲要作了进一步的补充和修订。';
    expect(status(plan)).toBe('历史文献');
    expect(note(plan)).toMatch(/三中全会前/);
  });

  it('the same men in a later voice stay 现行', () => {
    expect(
      status(
        '毛泽东同志强调：“共产党是为民族、为人民谋利益的政党，它本身决无私利可图。”坚持中国共产党领导，是历史的选择。',
      ),
    ).toBe('现行');
    expect(status('最让麦金农难忘的，是受到周恩来总理的接见。被周总理接见的照片，他一直摆在案头。')).toBe('现行');
    expect(status('1980年，党中央为刘少奇同志平反，恢复名誉。林彪、江青反革命集团的罪行受到历史的审判。')).toBe('现行');
  });
});

describe('the first plan and the second plan’s first years as the present (1949–1959)', () => {
  it('the township council of 1954–1958 and the plan’s 解放以来 are its own', () => {
    expect(
      status(
        '在1956年内，国民经济各部门增加的新工人将达到84万人。乡村小学教师、供销合作社工作人员和乡人民委员会工作人员的工资，也将同时加以提高。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '私营工商业者现在大部分已经在不同形式的公私合营企业和合作企业中服务。私营工商业者在解放以来对发展生产、繁荣经济是有贡献的。',
      ),
    ).toBe('历史文献');
  });

  it('years written in Arabic digits count as those in Chinese numerals do', () => {
    const wages =
      '经过1950年、1952年、1956年几次的工资制度改革，我们已经初步地建立了大体上适合我国情况的工资制度。' +
      '但是，它现在还很不完善，需要我们继续加以改进。';
    expect(status(wages)).toBe('历史文献');
    expect(note(wages)).toMatch(/新中国成立初期/);
  });

  it('1958 and 1957 with the plan’s figures to come: the years of 全面建设社会主义', () => {
    const machines = '一九五八年支援农业的机械产品的产量，将增长得更快，例如，排水灌溉机械将比一九五七年增长两倍多。';
    expect(status(machines)).toBe('历史文献');
    expect(note(machines)).toMatch(/全面建设社会主义时期/);
    // A 1954 text names 1958 as its plan's target: still the founding years.
    expect(
      note('一九五四年的工业总产值将比一九五三年增长百分之十几，到一九五八年将要完成第一个五年计划规定的任务。'),
    ).toMatch(/新中国成立初期/);
  });

  it('the same years told later stay 现行', () => {
    expect(
      status(
        '1952年7月，成渝铁路建成通车，这是新中国成立后，在极其困难的条件下自主建设的第一条铁路。1953年起，国家执行第一个五年计划。',
      ),
    ).toBe('现行');
    expect(
      status(
        '早在上世纪50年代，毛泽东同志强调，我们作计划、办事、想问题，都要从我国有六亿人口这一点出发。1957年，他又提出计划生育问题。',
      ),
    ).toBe('现行');
    expect(
      status(
        '全国解放以来，各少数民族地区的农业、牧业有了很大发展。今后要从本地区的特点出发，加快发展。1985年要实现新的目标。',
      ),
    ).toBe('现行');
  });
});
