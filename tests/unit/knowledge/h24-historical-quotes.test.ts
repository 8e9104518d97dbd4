// Round h24: more shapes of a 历史文献's lines that are no quotable thesis (RUBRIC.md, 历史文献的金句):
// a bare four-character couplet (a campaign motto), a line the next sentence takes up to state the
// period's line, the campaigns, plans and line struggles of the period, an order after an opening
// phrase; and two that are (a class word owning a 作风, a then-and-now contrast). Invented sentences
// in the shapes of the 1950s–1970s reports of the library.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { unquotableInHistory } from '../../../electron/core/knowledge/historical-quotes.js';
import type { Paragraph } from '../../../electron/contract/common.js';

const judge = (text: string, next?: string) => unquotableInHistory({ text, reason: '对仗', score: 6 }, next);

describe('a historical report: mottos, heads of a period line, the period campaigns', () => {
  it('drops a bare four-character couplet (a campaign motto)', () => {
    expect(judge('检查从严，结论从宽。')).toBe('a motto');
    expect(judge('大事集中，小事分散。')).toBe('a motto');
    // (Four clauses that say one judgement stay.)
    expect(judge('人不犯我，我不犯人，人若犯我，我必犯人。')).toBeNull();
  });

  it('drops a line the next sentence takes up to state the period line', () => {
    const next = '在这个历史时期中，始终存在着无产阶级和资产阶级的斗争。';
    expect(judge('过渡时期是一个很长的历史时期。', next)).toBe('heads a line of its period');
    expect(judge('过渡时期是一个很长的历史时期。', '各项工作都要适应这一点。')).toBeNull();
  });

  it('drops the period campaigns, private trade, plan spans, the 左/右倾 and the moment from now on', () => {
    for (const bad of [
      '增产运动必须是全体人民的运动。',
      '对私营工业的改造必须有步骤地进行，只有这样才能稳妥。',
      '三年内基本建设的完成，主要地依靠原有的力量。',
      '反对右倾，又掩盖着“左”倾。',
      '今后关于培训的计划，应该特别重视夜校。',
      '对于科学规划，有人表示怀疑。',
      '在我们的队伍中，决不容许任何宗派活动。',
      '建设工业，必须解决小农经济同工业化之间的矛盾。',
      '只有新中国，才能够为全体人民的利益着想。',
    ])
      expect(judge(bad)).not.toBeNull();
  });

  it('keeps a class word owning a conduct and a then-and-now contrast', () => {
    expect(judge('谦虚谨慎，联系群众，是无产阶级的优良作风')).toBeNull();
    expect(judge('我们过去用艰苦奋斗的精神赢得了胜利，我们现在要用同样的精神来赢得建设的胜利。')).toBeNull();
    expect(judge('中国人民不是懦夫，过去没有、今后也决不会依赖别人过日子。')).toBeNull();
    expect(judge('我们应该懂得，任何事情都不会是直线发展的。')).toBeNull();
  });

  it('in a report, the head of a period line is not shown', () => {
    const paragraphs = [
      '毛主席提出：“过渡时期是一个相当长的历史时期。在这个历史时期中，还存在着阶级和阶级斗争。”',
      '没有现代化的交通，就没有现代化的经济。',
    ].map((text) => ({ kind: 'p', text }) as Paragraph);
    const texts = extractQuotes(paragraphs, {
      speakers: [],
      occasion: null,
      date: null,
      type: '文件',
      title: '某次代表大会上的报告',
      historical: true,
    }).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('过渡时期是一个相当长的历史时期'))).toBe(false);
  });
});
