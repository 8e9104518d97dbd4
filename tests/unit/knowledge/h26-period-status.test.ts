// Round h26: undated excerpts of every era before the Third Plenum (history-fixtures/labels-h26.json).
// Each rule dates a text by wording only that era's own texts use as their voice; the current texts
// that name the same campaigns (quoted, or told as done) stay current.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text);
const note = (text: string) => status(text).statusNote ?? '';

describe('the own voice of the 1950s and 1960s, undated', () => {
  it('dates the transition’s tasks still ahead and the camp of the 人民民主国家 (1953–1956)', () => {
    const text =
      '我们必须逐步地实现对手工业和资本主义工商业的社会主义改造。' +
      '在苏联和各人民民主国家的援助下，我国的工业建设正在加速进行。';
    expect(status(text).status).toBe('历史文献');
    expect(note(text)).toMatch(/新中国成立初期/);
    // Told as done, the 改造 is a later text's history.
    const later = '一九五六年社会主义改造基本完成以后，我国进入全面建设社会主义的时期，同苏联建立了广泛的经济合作。';
    expect(status(later).status).toBe('现行');
  });

  it('dates the 1957–58 campaign named as its own victory', () => {
    const text =
      '整风运动和反右派斗争，是政治战线和思想战线上的社会主义革命。' +
      '经过关于两条道路的全民大辩论，广大群众的社会主义觉悟大大提高了。';
    expect(status(text).status).toBe('历史文献');
    // The 1981 verdict on the same campaign is a later text.
    const verdict = '反右派斗争被严重地扩大化了，把一批知识分子、爱国人士和党内干部错划为“右派分子”。';
    expect(status(verdict).status).toBe('现行');
  });

  it('dates the 反修 of 1962–1965 in its own words', () => {
    const text =
      '我们一定要同帝国主义、现代修正主义和各国反动派进行针锋相对的斗争，' +
      '在人民群众中进行阶级教育，兴无产阶级思想，灭资产阶级思想。';
    expect(status(text).status).toBe('历史文献');
    // Quoted by a later lecture, the call is no voice of its own.
    const lecture = '当时提出的“千万不要忘记阶级斗争”“兴无灭资”等口号，把阶级斗争扩大化了。';
    expect(status(lecture).status).toBe('现行');
  });
});

describe('the two years before the plenum, undated', () => {
  it('dates the campaign against the 四人帮 as the task at hand', () => {
    const text = '毛主席教导我们，要让人家讲话。在深入揭批“四人帮”中，一定要按照毛主席的指示，充分发扬人民民主。';
    expect(status(text).status).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    const later = '一九七七年，全国开展了揭批“四人帮”的斗争，毛泽东同志的威望依然很高，毛主席的画像到处可见。';
    expect(status(later).status).toBe('现行');
  });

  it('reads a call to 研究党史 as the 1977 texts’ own, not a later look back', () => {
    const text =
      '抓纲治国，首先要治党。要坚持无产阶级专政下的继续革命，要认真组织力量研究党史，总结两条路线斗争的经验。';
    expect(status(text).status).toBe('历史文献');
    // 党史 otherwise marks a later text (a 党史学习教育 lecture that names 抓纲治国 and 继续革命).
    const lecture = '在党史学习教育中，我们回顾抓纲治国和无产阶级专政下继续革命这些提法的由来。';
    expect(status(lecture).status).toBe('现行');
  });
});
