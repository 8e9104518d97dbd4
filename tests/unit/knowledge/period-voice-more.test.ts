// Round h16 of the historical-document rules (history-fixtures/README.md): the own voice of the
// years the wording lists missed (1956 反冒进, the 1961 调整, the 1964 四清, the campaigns of 1970–1975,
// late 1976), a line named only to be rejected or quoted in 「」, a 志 that narrates by the year, a
// 题注 written as a sentence, and the verdicts a 党史 text gives a quoted line besides 错误.
import { describe, expect, it } from 'vitest';
import { ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine } from '../../../electron/core/knowledge/superseded-lines.js';

const NOTES = {
  early: /新中国成立初期|大跃进/,
  building: /全面建设社会主义时期/,
  cr: /文化大革命/,
  'pre-plenum': /三中全会前/,
};
const noteOf = (text: string) => {
  const s = statusOfImport(null, text);
  const found = Object.entries(NOTES).find(([, re]) => re.test(s.statusNote ?? ''));
  return s.status === '历史文献' ? (found?.[0] ?? 'no note') : '现行';
};

describe('an undated text in the own voice of a period the lists missed', () => {
  it.each([
    ['自从农业合作化高潮以来……右倾保守思想要反对，急躁冒进的情绪也要反对。', 'early'],
    ['各地干部要为提前完成第一个五年计划而奋斗，认真贯彻全国农业发展纲要（草案）。', 'early'],
    // 1961–65's readjustment and 1963–65's 四清: the 1956–66 note (rounds h69, h71).
    ['要认真贯彻调整、巩固、充实、提高的方针，坚决贯彻农业六十条。', 'building'],
    ['工作队进村以后，访贫问苦，扎根串连，揭发出四不清干部十一人。', 'building'],
    ['全县一打三反运动已进入清查阶段，各公社革命委员会要把进展报县革委会。', 'cr'],
    ['在批林整风运动深入发展的形势下，要发扬反潮流的精神，限制资产阶级法权。', 'cr'],
    ['要认真学习无产阶级专政理论，警惕新生资产阶级分子。', 'cr'],
    ['紧跟华主席、党中央的战略部署，把揭批王张江姚的斗争进行到底，搞好揭批查。', 'pre-plenum'],
  ])('%s → %s', (text, note) => expect(noteOf(text)).toBe(note));
});

describe('a later text that names the period’s lines is current', () => {
  it('names them unquoted only to reject them (停止使用……的口号, 所谓……的理论)', () => {
    const text =
      '我们党果断停止使用以阶级斗争为纲这个不适用于社会主义社会的口号，把工作着重点转移到现代化建设上来。所谓无产阶级专政下继续革命的理论，既不符合马克思列宁主义，也不符合中国实际。';
    expect(noteOf(text)).toBe('现行');
  });
  it('quotes them in 「」', () => {
    const text = '曾幾何時，「以階級鬥爭為綱」被奉為一切工作的出發點，「無產階級專政下繼續革命」的理論更被捧上了天。';
    expect(noteOf(text)).toBe('现行');
  });
  it('narrates the years one by one up to the period’s end, as a 志 does', () => {
    const text =
      '1966年6月，各中学停课闹革命。1967年1月，县内造反组织夺取领导权。1968年3月，县革命委员会成立。1976年10月，全县开展揭批运动。';
    expect(noteOf(text)).toBe('现行');
  });
  it('but a period text recounting the years before it is still its period’s', () => {
    const cr =
      '1966年6月，全县革命群众起来造反。1967年1月，无产阶级革命派夺权。1968年3月，县革命委员会胜利诞生。各级革命委员会坚持抓革命、促生产。';
    expect(noteOf(cr)).toBe('cr');
  });
  it.each([
    '1956年，毛泽东同志提出，既要反对右倾保守，又要反对急躁冒进，在综合平衡中稳步前进。',
    '1963年开始的社会主义教育运动，在农村清理四不清干部，后来把许多问题看得过于严重。',
  ])('tells the period’s line as it was put, without a verdict: %s', (text) => expect(noteOf(text)).toBe('现行'));
  it('but a period text that tells one earlier year is still its period’s', () =>
    expect(noteOf('1966年以来，在无产阶级文化大革命中，全县各级革命委员会坚持抓革命、促生产。')).toBe('cr'));
});

describe('a 题注 written as a sentence under the title dates the text', () => {
  it.each([
    [
      '关于当前财贸工作的几个问题\n本文是李先念同志一九六五年九月在全国财贸工作会议上所作报告的摘要。\n同志们：',
      '1965-09',
    ],
    ['标题\n这是作者1975年3月5日在工业书记会议上的讲话。\n正文', '1975-03-05'],
  ])('%s → %s', (text, date) => expect(ownPeriodDate(text)).toBe(date));
  it('not a sentence of the body that opens the same way', () =>
    expect(ownPeriodDate('老厂房的故事\n这是1958年建成的一座老厂房，如今成了工业遗产展示馆。\n正文')).toBeNull());
});

describe('verdicts on a quoted line besides 错误', () => {
  it.each([
    '当年“越穷越革命”的荒唐说法，把贫穷当成了社会主义。',
    '“知识分子是臭老九”的论调，使大批知识分子遭受了不公正的对待。',
    '所谓“宁要社会主义的晚点，不要资本主义的正点”，更是奇谈怪论。',
    '一些地方提出“三年超英、五年赶美”的口号，严重脱离了我国生产力水平。',
    '“一平二调”的做法无偿调拨生产队和社员的财产，挫伤了农民的积极性。',
    '“桃园经验”的推广，助长了神秘化的工作方法。',
  ])('%s is no 金句 and no question', (s) => expect(isCriticisedLine(s)).toBe(true));
  it.each([
    '所谓“两个维护”，就是坚决维护习近平同志党中央的核心、全党的核心地位。',
    '“绿水青山就是金山银山”的理念，深入人心。',
    '“两山”理念的提出，为生态文明建设指明了方向。',
    '疫情给当地经济造成严重冲击，“在这个困难时刻，我们不离不弃、共渡难关”。',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));
});
