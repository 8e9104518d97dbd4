// Causes of outside14's acceptables (questions-outside14.json, round qlib63). A dull figure: one of three or more like
// figures listed in a clause (淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨) is a minor count of a list,
// no headline figure of the text: judged acceptable (冷僻数字) in every draw that held one (outside6, 8, 9 and 14).
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { shownInPart } from '../../../electron/core/quiz/cut-term.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const asked = (line: string) =>
  generateFromNumbers(sourceOf([sourceDoc('r2012', 2012, [line])], [])).map((q) => q.blanks[0]?.text ?? q.stem);

describe('a figure of a list of like figures', () => {
  it('is not asked: 炼铁产能3122万吨 between two other 产能 figures', () => {
    const qs = asked('加大对产能过剩行业的调控力度，淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨。');
    expect(qs.join('|')).not.toMatch(/3122|1925|1\.5亿/);
  });
  it('guard: two figures side by side, or one figure in a list of things, still are', () => {
    const two = asked('高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆。');
    expect(two.join('|')).toMatch(/8\.9|7\.7/);
    const one = asked('全年国内生产总值增长5.2%，城镇新增就业1244万人，居民消费价格上涨0.2%。');
    expect(one.join('|')).toMatch(/1244万|5\.2/);
  });
});

// Half the answer shown: all of a long 提法 but its first two characters said elsewhere in the sentence.
describe('a 提法 most of which the sentence shows in another word', () => {
  it('is not asked: 弘扬【中华优秀传统文化】 after 建设优秀传统文化传承体系', () => {
    expect(shownInPart('中华优秀传统文化', '建设优秀传统文化传承体系，弘扬\u0001。')).toBe(true);
  });
  it('guard: a shared head or a short tail gives nothing away', () => {
    expect(shownInPart('中国特色社会主义法治体系', '坚持走中国特色社会主义法治道路，建设\u0001')).toBe(false);
    expect(shownInPart('非公有制经济', '引导\u0001发展，保证各种所有制经济依法平等使用生产要素')).toBe(false);
  });
});
