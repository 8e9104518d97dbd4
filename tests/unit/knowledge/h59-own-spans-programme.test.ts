// Round h59 (history-fixtures/labels-h59.json): undated 1954–60 prose the code read as 现行 whose own words date it: a
// span counted from liberation (解放后八年来), from a quarter of one of its years or from a session of the first NPC, a
// year's final accounts (１９５５年国家决算), a year still to come (一九五八年将是), the Common Programme followed as the basis
// of the work, and the 1956–67 farm programme's twelve-year targets (first-plan-present.ts). Texts of 1979–2020 with
// the same words (建国三十二年来, 新中国成立70年来, 2020年将是, 《共同纲领》 told as history) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('a span the text counts from its own years', () => {
  it('from liberation in years: the year it tells is the text’s (1957, the 1956–66 note)', () => {
    const science =
      '第一，现有科学事业的规模，虽然离我们国家建设的需要还很远，但是都比国民党时代大得多。解放后八年来，随着生产的发展，生产部门向科学研究部门提出了大量的要求，我们科学家们在这方面就有了充分的机会来发挥他们的才能。';
    expect(status(science)).toBe('历史文献');
    expect(note(science)).toMatch(/全面建设社会主义时期/);
  });

  it('a count of the 1960s allows the years up to the one it tells', () => {
    const steel = '解放十五年来，我国的钢产量增长很快，一九六三年达到了新的水平。现在，我们要继续努力。';
    expect(status(steel)).toBe('历史文献');
    expect(note(steel)).toMatch(/全面建设社会主义时期/);
  });

  it('a later count from the founding, or one beside a later year, stays 现行', () => {
    expect(
      status(
        '这些方针，是调整、改革、整顿、提高方针的具体体现，是建国三十二年来的经验积累，特别是近三年来的经验积累。',
      ),
    ).toBe('现行');
    expect(status('新中国成立70年来，我国科学事业取得了历史性成就，现有科研人员数量居世界前列。')).toBe('现行');
    expect(status('解放后八年来，他一直在这所学校任教。1965年，他调到北京工作，现在已经退休。')).toBe('现行');
  });

  it('from a quarter of one of its years, or from a session of the first NPC', () => {
    expect(
      status(
        '从一九五七年的第四季度以来，全国各企业经过“鸣放”高潮和社会主义教育，工人阶级作为国家领导阶级的责任感大大增强，使工人运动进入了一个新的阶段。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '从第一届全国人民代表大会第三次会议闭幕以来，已经整整一年了。在这期间，我国的社会主义革命已经取得了基本胜利，使我们有可能在今年完成和超额完成第一个五年计划。',
      ),
    ).toBe('历史文献');
    expect(status('党的十一届三中全会以来，我国社会主义革命和建设取得了巨大成就，今年我们要继续前进。')).toBe('现行');
  });
});

describe('the period’s own accounts, years and programmes', () => {
  it('a year’s final accounts stated as the text’s own (full-width digits)', () => {
    expect(
      status(
        '１９５５年国家决算用于国防的支出占本年支出的２２．１５％。用于国家行政经费的支出占本年支出的７．３４％。',
      ),
    ).toBe('历史文献');
  });

  it('a year of the plan still to come, not a later year', () => {
    expect(
      status(
        '这些建设项目，在今年内可以建设完工的有二十七个。这就表明，一九五八年将是我国重型机器制造工业得到新的发展的一年。',
      ),
    ).toBe('历史文献');
    expect(status('报告预测，2020年将是全球经济分化加剧、增长放缓的一年。')).toBe('现行');
  });

  it('the Common Programme followed as the basis of the work; cited in its marks as history it is not', () => {
    expect(
      status(
        '五年以来，中央人民政府根据共同纲领所规定的目标进行了自己的工作，得到了全国人民的支持。现在，全国人民代表大会已经通过了中华人民共和国宪法。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '新中国成立前夕，我们党团结带领人民制定《中国人民政治协商会议共同纲领》，1954年宪法，确定国体、政体。现在，国家治理体系更加完善。',
      ),
    ).toBe('现行');
  });

  it('the farm programme’s twelve-year target to be reached early', () => {
    expect(
      status('我们要继续努力，争取提前实现纲要所提出的能够充分发挥效益的灌溉面积在十二年内达到九亿亩的要求。'),
    ).toBe('历史文献');
    expect(status('《交通强国建设纲要》提出，到2035年基本建成交通强国，今后要争取提前实现。')).toBe('现行');
  });
});
