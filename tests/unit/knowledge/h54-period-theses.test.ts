// Round h54 (history-fixtures/labels-h54.json): undated excerpts of 1956–1978 that read as current, dated by what marks
// them as of their time (late-mao-wording.ts, period-wording.ts, first-plan-present.ts, status.ts): the Soviet leaders
// as 1964–1978 named them, the continued revolution's theses as the task of the day, 1957–58's 促退派, the chairman's
// instruction followed, a period slogan named as the policy the text follows, and the 1956–65 institutions and
// campaigns spoken of as now. Current texts on the same men, slogans and years stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the Soviet leaders and the continued revolution as 1964–1978 named them', () => {
  it('勃列日涅夫叛徒集团 beside 新沙皇: historical, with the neutral note', () => {
    const tsar =
      '最近，勃列日涅夫叛徒集团对中苏关系问题讲了许多废话。这些话，是说给苏联人民和各国人民听的，妄图挑拨他们对中国人民的友好感情，掩盖新沙皇的真面目。';
    expect(status(tsar)).toBe('历史文献');
    expect(note(tsar)).toMatch(/三中全会前/);
  });

  it('the revolution in the superstructure and the dictatorship in every field of culture, as the task', () => {
    const theses =
      '因此，必须继续进行上层建筑领域的革命，巩固和加强无产阶级在上层建筑其中包括在各个文化领域的专政，以适应社会主义经济基础。';
    expect(status(theses)).toBe('历史文献');
    expect(note(theses)).toMatch(/三中全会前/);
  });

  it('the same men and theses in a later voice stay 现行', () => {
    expect(status('1964年10月，勃列日涅夫接替赫鲁晓夫担任苏共中央第一书记。中苏关系在1989年实现正常化。')).toBe('现行');
    expect(status('经济基础决定上层建筑，上层建筑反作用于经济基础。要坚持和完善中国特色社会主义制度。')).toBe('现行');
  });
});

describe('a slogan followed as the policy, and 1957–58’s words', () => {
  it('学大寨 beside “以粮为纲” named as the policy followed: historical, before the plenum', () => {
    const dazhai =
      '要把农业搞上去，主要靠认真学大寨，实行科学种田，加快农业机械化的步伐。根据“以粮为纲，全面发展”的方针，国家计划采取以下措施：';
    expect(status(dazhai)).toBe('历史文献');
    expect(note(dazhai)).toMatch(/三中全会前/);
  });

  it('the slogan quoted without being followed, or followed in a current text, stays 现行', () => {
    expect(status('有的地方片面强调“以粮为纲”，毁林开荒，教训深刻。要坚持“绿水青山就是金山银山”的理念。')).toBe('现行');
    expect(status('要认真学大寨人艰苦创业的精神。根据“创新、协调、绿色、开放、共享”的方针，推进乡村振兴。')).toBe(
      '现行',
    );
  });

  it('促退派 and the chairman’s instruction followed (毛主席所指示的): the years before the Leap', () => {
    const promoters =
      '我们的经济工作人员要成为社会主义建设的促进派，不要成为促退派。我们必须认真地实现党中央和毛主席所指示的领导同群众相结合的方针。';
    expect(status(promoters)).toBe('历史文献');
    expect(note(promoters)).toMatch(/新中国成立初期|全面建设社会主义时期|大跃进/);
    expect(status('干部要做改革的促进派、实干家。我们要牢记毛泽东同志指示的“两个务必”。')).toBe('现行');
  });
});

describe('the institutions and campaigns of 1956–1965 spoken of as now', () => {
  it('the 先进生产者运动 of the past few months, and the preparatory committee governing Tibet of late', () => {
    expect(
      status(
        '在过去几个月中，全国各个生产战线上展开了社会主义竞赛的热潮。先进生产者运动正在发展成为广大群众性的运动。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '最近，原西藏地方政府和上层反动集团所发动的武装叛乱，已经遭到可耻的失败。政府已经命令解散原西藏地方政府，由西藏自治区筹备委员会行使地方政府职权。',
      ),
    ).toBe('历史文献');
  });

  it('the same told later, with its years or as history, stays 现行', () => {
    expect(
      status(
        '1959年，西藏进行民主改革，由西藏自治区筹备委员会行使地方政府职权。1965年，西藏自治区正式成立。最近，自治区举办了纪念展览。',
      ),
    ).toBe('现行');
    expect(status('1956年，全国开展先进生产者运动。最近几个月，厂里的老工人常给年轻人讲起当时的故事。')).toBe('现行');
  });
});
