// Round h58 (history-fixtures/labels-h58.json): undated 1954–64 prose with one year or none that the code read
// as 现行, and pre-1966 texts given the founding years' note where their own words tell the years of 全面建设社会主义.
// The foreign-affairs voice of 1954–71 about its own day (period-wording.ts): the SEATO pact, the Yugoslav
// revisionists, the Kuomintang remnants in Burma, relations with Japan still to be normalised, China kept out of its
// UN seat. The fixed interest still paid and the unnumbered plan as the struggle under way (first-plan-present.ts).
// The 1956–66 note from things only of 1957–65 (BUILDING_SIGNS). Texts of 1979–2020 with the same words stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the foreign-affairs voice of 1954–71 about its own day', () => {
  it('SEATO joined of late and the UN seat withheld (traditional script)', () => {
    const britain =
      '我國和英國的關係，在日內瓦會議期間，由於雙方代表團的努力，曾經得到了改進。最近，英國追隨美國參加了東南亞軍事同盟，並又追隨美國阻撓我國在聯合國中取得應有的地位和權利。';
    expect(status(britain)).toBe('历史文献');
    expect(note(britain)).toMatch(/新中国成立初期/);
  });

  it('Japan’s relations still to be normalised, the Yugoslav revisionists and the remnants in Burma', () => {
    expect(
      status(
        '在东方，美帝国主义一贯扶植日本军国主义复活。为了促进中日两国关系的正常化，我国政府不咎既往，宽大处理了绝大部分战争犯罪分子。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '投靠美帝国主义的南斯拉夫修正主义集团，也在竭力破坏亚非国家同我国的友好关系。逃窜缅甸的国民党残匪十年来不断骚扰我国边境。',
      ),
    ).toBe('历史文献');
  });

  it('later texts tell the seat restored and the friendship as history', () => {
    expect(
      status(
        '值此新中国成立70周年之际，我们迎来中国同几内亚建交60周年。两国于1959年10月4日建交，此后几内亚一直支持恢复新中国在联合国的合法席位。',
      ),
    ).toBe('现行');
    expect(
      status(
        '中方大使在首映式上说，这部纪录片真实再现了中匈两国之间的友好历史，将激励双方为两国关系进一步发展贡献新的力量。',
      ),
    ).toBe('现行');
  });
});

describe('evidence of the first plan’s years', () => {
  it('the fixed interest still paid, after the anti-rightist campaign: the 1956–66 note', () => {
    const interest =
      '经过反右派斗争以后，在各民主党派成员和民族资产阶级分子中间也进行了比较深入的整风运动。今后在我国仍然需要继续巩固和发展人民民主统一战线。对于资本家，国家将按照原定的期限付给定息。';
    expect(status(interest)).toBe('历史文献');
    expect(note(interest)).toMatch(/全面建设社会主义时期/);
  });

  it('the unnumbered plan as the struggle under way (为超额完成五年计划而奋斗)', () => {
    expect(
      status(
        '几年以来，在工业、农业、运输交通、商业等经济战线上出现了许多劳动模范和先进工作者。所有的劳动模范和先进工作者，都应该团结和带领着广大群众，为超额完成五年计划而奋斗。',
      ),
    ).toBe('历史文献');
  });

  it('稳定息息相关 holds no 定息; a plan named by its number in a later year stays 现行', () => {
    expect(
      status(
        '非洲国家大多失业率高，这一地区成为恐袭事件频发的“重灾区”与国家经济不发达、政局不稳定息息相关。今后要加强合作。',
      ),
    ).toBe('现行');
    expect(status('一九八三年是第六个五年计划的第三年。我们要为胜利完成第六个五年计划而奋斗。')).toBe('现行');
  });
});

describe('the 1956–66 note where the text’s own words tell those years', () => {
  it('the Eighth Central Committee’s plenum and the programme run for four years', () => {
    const programme =
      '一九五六年到一九六七年全国农业发展纲要，是中共中央政治局根据毛泽东同志的倡议提出的，在一九五六年一月以草案形式公布。一九五七年九月，中共八届三中全会，根据草案公布以后将近两年中情况的变化和工作的发展，作了一些必要的修改和补充，在同年十月间公布了纲要的修正草案。全国农民和全国人民为执行农业发展纲要而努力，到现在已经四年了。';
    expect(status(programme)).toBe('历史文献');
    expect(note(programme)).toMatch(/全面建设社会主义时期/);
  });

  it('十八届三中全会 is no 八届; the rightists’ caps removed in 1979 make no historical text', () => {
    expect(status('建立国家公园体制是十八届三中全会提出的一项重要的生态制度设计。目前，各试点区正在推进。')).toBe(
      '现行',
    );
    expect(
      status(
        '对原国民党起义投诚人员的政策，政府都已经采取措施，陆续加以落实。摘掉右派分子帽子的工作已经全部完成，属于错划的部分大都已经改正。',
      ),
    ).toBe('现行');
  });
});
