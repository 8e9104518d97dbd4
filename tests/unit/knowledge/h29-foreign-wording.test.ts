// Round h29: the foreign-affairs voice of 1949–1978 (history-fixtures/labels-h29.json). An undated
// excerpt dates itself by how it names the world: the two camps, 美帝国主义 and its 走狗, Taiwan to be
// liberated, and in the last ten years 苏修, 苏联社会帝国主义, 第二世界. The later texts' 第三世界,
// 发展中国家, 霸权主义 and 祖国统一 are current words and date nothing.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the foreign-affairs voice of 1949–1978', () => {
  it('the two camps of 1949–1964 and the enemy headed by America date a text to the years before 1966', () => {
    const text =
      '十亿以上的社会主义阵营各国人民，是世界人民反帝革命斗争的坚强堡垒。' +
      '全世界人民革命斗争的蓬勃发展，使以美国为首的帝国主义陷于空前困难的境地。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/新中国成立初期|全面建设社会主义时期/);
  });

  it('the 1958 general line as the policy in force, beside the camp the country belonged to', () => {
    const text =
      '处理好这三者的关系，是顺利执行社会主义建设总路线的一个重要保证。' +
      '社会主义国家只有自力更生，才能比较迅速地发展本国的经济，从而增强整个社会主义阵营的威力。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/新中国成立初期|全面建设社会主义时期/);
    // Told as proposed, it is a later text's history.
    expect(status('1958年党的八大二次会议提出了社会主义建设总路线。社会主义国家要自力更生。')).toBe('现行');
  });

  it('美帝国主义 and its 走狗, the 各国反动派 and Taiwan to be liberated, words of all the years before the plenum', () => {
    const lackeys = '在反对美帝国主义及其走狗的伟大斗争中，世界人民的革命觉悟日益提高。';
    const taiwan = '台湾是中国领土不可分割的一部分。我们一定要解放台湾、澎湖、金门、马祖。';
    expect(status(lackeys + taiwan)).toBe('历史文献');
    expect(note(lackeys + taiwan)).toMatch(/三中全会前/);
    const reactionaries = '帝国主义者和各国反动派从来害怕各国人民的团结。解放台湾，统一祖国，是全国人民的共同愿望。';
    expect(status(reactionaries)).toBe('历史文献');
    const kmt = '我们坚决支持台湾人民的反帝反蒋爱国斗争。要把反帝反修的斗争进行到底。';
    expect(status(kmt)).toBe('历史文献');
    const abbreviated =
      '如果帝、修、反把战争强加在世界人民头上，就把一切帝、修、反统统送进坟墓。美帝国主义必须从台湾滚出去。';
    expect(status(abbreviated)).toBe('历史文献');
  });

  it('苏修, 苏联社会帝国主义 and 第二世界 rule out the years before 1966, whatever older words stay', () => {
    const text =
      '我们支持第二世界国家反对超级大国特别是苏联社会帝国主义的威胁、干涉、颠覆和控制的斗争。' +
      '我们要把反对以苏修叛徒集团为中心的现代修正主义的斗争进行到底。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    expect(note(text)).not.toMatch(/文化大革命|新中国成立初期/);
  });

  it('1973–1975’s reading of the world as great disorder is the Cultural Revolution’s own', () => {
    const text =
      '当前国际形势的特点，仍然是天下大乱，而且越来越乱了。' + '苏联社会帝国主义是声东击西，争夺重点在欧洲。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/文化大革命/);
    // The 1977 report quotes the line: a quotation is not the text's own voice.
    expect(status('毛主席就提出：“天下大乱，达到天下大治。”我们要加强同第三世界各国的团结。')).toBe('现行');
  });

  it('以钢为纲 in a 1977–78 plan is no Great Leap text', () => {
    const text = '在工业方面，要以钢为纲，大打矿山之仗。要多快好省地发展钢铁工业。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    expect(note(text)).not.toMatch(/大跃进/);
  });
});

describe('the later texts’ words for the same world stay current', () => {
  it('第三世界, 发展中国家, 霸权主义 and 超级大国 as the 1980s and today say them', () => {
    const text =
      '社会主义中国属于第三世界。我们坚决支持第三世界国家反对帝国主义、霸权主义、殖民主义的斗争。' +
      '中国是发展中国家，加强同第三世界国家的团结与合作是我国对外政策的基本立足点。反对超级大国的军备竞赛。';
    expect(status(text)).toBe('现行');
  });

  it('祖国统一, 和平统一 and the 统一大市场', () => {
    const text =
      '坚持一个中国原则和“九二共识”，推动两岸关系和平发展，坚定不移推进祖国统一大业。' +
      '加快全国统一大市场建设。统一祖国，振兴中华，是历史赋予我们的神圣使命。';
    expect(status(text)).toBe('现行');
  });

  it('the 1979 report’s 社会帝国主义 alone, its 反帝反殖反霸 and 毛泽东同志’s 三个世界', () => {
    const text =
      '社会帝国主义在这一时期表现了更大的冒险性。我们支持一切被压迫民族和被压迫人民反帝反殖反霸的斗争。' +
      '我们遵循毛泽东同志关于三个世界的论断，加强同第三世界各国的团结。';
    expect(status(text)).toBe('现行');
  });
});
