// Round h30 (history-fixtures/labels-h30.json): undated excerpts of 1956–1978 that carry one set phrase of their
// years or few, dated by more of how those years spoke: the Soviet alliance of the 1950s, the 整风 of 1957–58 as the
// campaign of the moment, the communes' own goals of 1958–60, the line and the Soviet leadership as 1966–78 named them,
// 大庆 to be learnt from; and a new period that 一个 introduces (1969) is not the later era's 新时期.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const EARLY = /新中国成立初期|全面建设社会主义时期|大跃进/;

describe('the wording of 1956–1978, more of it', () => {
  it('a new period introduced by 一个 is the text’s own, not the later era it reads as 新时期', () => {
    const text =
      '全国人民在伟大领袖毛主席的领导下，夺取了无产阶级文化大革命的伟大胜利。' +
      '世界各国人民正在起来，一个反对美帝、苏修的历史新时期已经开始。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/文化大革命/);
    // The era's name stays a later text's: beside two period phrases it still reads as a look back.
    const later = '在改革开放和社会主义现代化建设新时期，我们不再提无产阶级文化大革命，也不再提伟大领袖毛主席。';
    expect(status(later)).toBe('现行');
    expect(status('进入新时期，我们总结了无产阶级文化大革命的教训，走资本主义道路的当权派的说法是错误的。')).toBe(
      '现行',
    );
  });

  it('the Soviet alliance of the 1950s, unity with it as policy and the brother countries it headed', () => {
    const text =
      '巩固同苏联的团结，巩固同一切社会主义国家的团结，这是我国的根本方针。' +
      '苏联和其他社会主义国家，对于我国的社会主义的经济建设和文化建设，给了巨大的援助。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(EARLY);
    // Learning from the Soviet Union as the text's own call, beside the camp it belonged to.
    expect(status('我们认为，向苏联学习是完全必要的。社会主义阵营的团结是和平的保证。')).toBe('历史文献');
    // A later text narrates the aid plainly.
    expect(status('新中国成立初期，苏联援建了156个重点项目，中苏两国人民结下了友谊。')).toBe('现行');
  });

  it('the 整风 as the campaign of the moment and the cadres’ five airs of 1958', () => {
    const text =
      '从最近整风运动暴露出来的情况看来，我们应该特别加强学校的思想政治工作。' +
      '广大干部克服了从旧社会沾染来的官气、暮气、阔气、骄气和娇气。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(EARLY);
    expect(status('1957年的整风运动开始时是正确的，我们要克服官僚主义。')).toBe('现行');
  });

  it('the communes’ own goals of 1958–60 and the second five-year plan as a task to fulfil', () => {
    const text =
      '人民公社制度是我们提前实现农业发展纲要的根本保障。' +
      '我们的前途是从队基本所有过渡到社基本所有，然后再过渡到全民所有。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(EARLY);
    const plan = '全国人民要为提前完成第二个五年计划而奋斗。我们同苏联和各人民民主国家的合作日益发展。';
    expect(status(plan)).toBe('历史文献');
    expect(note(plan)).toMatch(EARLY);
  });

  it('the line and the Soviet leadership as 1966–1978 named them date a text to those years', () => {
    const text =
      '中苏之间的原则争论，是苏联领导集团背叛马克思列宁主义挑起的。' +
      '他们甚至狂妄地要我们改变毛主席的革命路线，这完全是白日作梦。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    expect(note(text)).not.toMatch(EARLY);
    // After the plenum the texts say 毛泽东同志 and 苏联 plainly.
    expect(status('我们坚持毛泽东同志的思想路线，苏联方面表示愿意改善两国关系。')).toBe('现行');
  });

  it('大庆 to be learnt from is the 1964–1978 voice as 大寨 is; its spirit praised is not', () => {
    const text = '工业学大庆的群众运动蓬勃发展。要鼓足干劲、力争上游、多快好省地建设社会主义。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    expect(status('大力弘扬大庆精神、铁人精神，多快好省地推进高质量发展。')).toBe('现行');
  });
});

describe('more set phrases of 1957–1978', () => {
  it('东风压倒西风 dates a text before 1966', () => {
    const text = '国际形势是东风压倒西风。人民公社化的成功鼓舞了全国农民。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(EARLY);
  });

  it('同时并举 alone dates nothing: a 党史 quiz of 2021 says the 1953 总路线 did two things 同时并举', () => {
    const text = '过渡时期总路线体现了社会主义工业化和社会主义改造同时并举的特点。';
    expect(status(text)).toBe('现行');
  });

  it('the communes as just made and run frugally, the paper tiger and the intellectuals named by class', () => {
    const communes = '人民公社化的成功鼓舞了全国农民。所有社队都要坚持勤俭办社。';
    expect(status(communes)).toBe('历史文献');
    const tiger = '美帝国主义是纸老虎。资产阶级知识分子必须继续改造。';
    expect(status(tiger)).toBe('历史文献');
    expect(note(tiger)).toMatch(/三中全会前/);
    // The campaign by its name, as a later text tells it, is no set phrase.
    expect(status('人民公社化运动中出现了“共产风”。一切反动派都是“纸老虎”。')).toBe('现行');
  });
});
