// Round h23: a 历史文献's 金句 are reading aids, and only a line that is still a quotable thesis may be
// one (RUBRIC.md, 历史文献的金句): not the period's voice, not the record of its moment, not a remark,
// an order, a line leaning on the text before or a particular place. Invented sentences in the shapes
// of the 1920s–1970s reports of the library (an empty list beats a bad one).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { unquotableInHistory } from '../../../electron/core/knowledge/historical-quotes.js';
import type { Paragraph } from '../../../electron/contract/common.js';

const para = (text: string): Paragraph => ({ kind: 'p', text }) as Paragraph;

const REPORT = [
  '各位代表：',
  '最遗憾的是我们的经费非常困难。',
  '今年的粮食产量比去年增加了百分之十，棉花产量也增加了。',
  '民族问题，说到底，是一个阶级斗争问题。',
  '没有现代化的交通，就没有现代化的经济。',
  '干部要守纪，群众要守纪，人人都要守纪。',
  '在长沙影响最大的是纺织工会，该工会里有许多拥护我们的人。',
  '既不是说大话，也不是放空炮。',
].map(para);

const texts = (historical: boolean): string[] =>
  extractQuotes(REPORT, {
    speakers: [],
    occasion: null,
    date: null,
    type: '文件',
    title: '某年政府工作报告',
    historical,
  }).map((q) => q.text);

describe('a historical report keeps only the theses still quotable', () => {
  it('keeps the general thesis', () => {
    expect(texts(true)).toContain('没有现代化的交通，就没有现代化的经济。');
  });

  it('drops a remark, the moment, the period voice, an order list, a place, a line leaning on the one before', () => {
    const kept = texts(true);
    for (const bad of [
      '最遗憾的是我们的经费非常困难。',
      '民族问题，说到底，是一个阶级斗争问题。',
      '干部要守纪，群众要守纪，人人都要守纪。',
      '既不是说大话，也不是放空炮。',
    ])
      expect(kept).not.toContain(bad);
    expect(kept.some((t) => t.includes('增加了') || t.includes('纺织工会'))).toBe(false);
  });

  it('leaves a current document alone (the rule is the 历史文献 one)', () => {
    expect(texts(false).length).toBeGreaterThan(texts(true).length);
  });
});

describe('unquotableInHistory', () => {
  it.each([
    ['社会主义阵营各国的团结是任何力量也破坏不了的。', 'period voice'],
    ['我们的国际威望更加提高了。', 'its moment'],
    ['处理好这三者的关系，是一个重要保证。', 'leans on the text before'],
    ['要提高警惕。', 'an order'],
    ['许多工业产品的主要市场是农村。', 'part of a group told about'],
  ])('%s → %s', (text, why) => {
    expect(unquotableInHistory({ text, reason: '格言式论断；关联句式', score: 6 })).toBe(why);
  });

  it('a plain predication needs later citations or weight beyond its shortness', () => {
    expect(
      unquotableInHistory({ text: '运动的发展是不平衡的。', reason: '格言式论断；警句；短小精炼', score: 5.5 }),
    ).toBe('no general form');
    expect(
      unquotableInHistory({
        text: '农业是国民经济的基础。',
        reason: '格言式论断；警句；书库中另有2篇文献引用',
        score: 9,
      }),
    ).toBeNull();
  });
});
