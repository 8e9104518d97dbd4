// A wrong key the key audit found in the library's figure questions (tests/eval/knowledge/RUBRIC.md, Key audit 64): a
// report says one clause twice with two figures — the year's result and the next year's target — so the clause asked
// with its figure blanked has both for an answer.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const figuresAsked = (texts: string[]) =>
  generateFromNumbers(sourceOf([sourceDoc('r', 2021, texts, { speakers: ['某某'] })], [])).map((q) => q.fact);

describe('a clause the document says again with another figure', () => {
  it('is not asked (2021: 普惠小微企业贷款增长50%以上 last year, 30%以上 this year)', () => {
    const facts = figuresAsked([
      '支持银行定向增加贷款并降低利率水平，对中小微企业贷款延期还本付息，大型商业银行普惠小微企业贷款增长50%以上，金融系统向实体经济让利1.5万亿元。',
      '对受疫情持续影响行业企业给予定向支持。大型商业银行普惠小微企业贷款增长30%以上。创新供应链金融服务模式。',
    ]);
    expect(facts.filter((f) => f.includes('普惠小微企业贷款'))).toEqual([]);
    expect(facts.some((f) => f.includes('让利1.5万亿元'))).toBe(true);
  });
  it('guard: the same words with the same figure, or a clause its other words tell apart, are asked', () => {
    const facts = figuresAsked([
      '城镇新增就业859万人，下岗失业人员再就业440万人。',
      '今年的预期目标是，新增城镇就业900万人，下岗失业人员再就业500万人。',
      '全年粮食产量达到6.5亿吨。粮食产量达到6.5亿吨，是历史最高水平。',
    ]);
    expect(facts.some((f) => f.includes('再就业440万人'))).toBe(true);
    expect(facts.some((f) => f.includes('6.5亿吨'))).toBe(true);
  });
});
