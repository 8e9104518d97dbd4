// Round qfill69: a figure of difference (比上年增加____元, 比年初计划少了近____元) is the change, not the level a learner
// studies: it is not asked, and it keeps its slot, so the document's other figures keep their kinds.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import type { QuizSource } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const report = (id: string, year: number, texts: string[]) =>
  sourceDoc(id, year, texts, { title: `${year}年政府工作报告`, type: '文件', speakers: ['某某'] });

describe('figures of difference', () => {
  const figures = (k: number, difference: boolean) => [
    difference
      ? `全国财政收入达到${2 + k}.17万亿元，比上年增加${2700 + 87 * k}亿元。`
      : `全国财政收入达到${2 + k}.17万亿元，增长${(9 + k * 0.7).toFixed(1)}%。`,
    `国内生产总值增长${(5 + k * 0.7).toFixed(1)}%。`,
    `城镇新增就业${1100 + 37 * k}万人。`,
    `粮食产量${13000 + 211 * k}亿斤。`,
  ];
  const src = (difference: boolean): QuizSource => {
    const docs = [0, 1, 2, 3, 4].map((k) => report(`r${k}`, 2018 + k, figures(k, difference)));
    return { docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] };
  };

  it('asks no figure after 比…增加, 比…少了近', () => {
    const qs = generateFromNumbers(src(true));
    expect(qs.some((q) => q.blanks.some((b) => /^\d+亿$/.test(b.text) && q.fact.includes('比上年增加')))).toBe(false);
    const plan = report('p', 1999, ['全年货币发行还比年初计划少了近500亿元。', '国内生产总值增长7.8%。']);
    const one: QuizSource = { docs: new Map([[plan.id, plan]]), quotes: [], terms: [] };
    expect(generateFromNumbers(one).map((q) => q.blanks[0]?.text)).not.toContain('500亿');
  });

  it('still asks the level and growth beside it, each in the place it had', () => {
    const kinds = (s: QuizSource) =>
      generateFromNumbers(s)
        .filter((q) => q.docId === 'r4' && !q.fact.startsWith('全国财政收入'))
        .map((q) => `${q.fact}:${q.kind}`);
    expect(kinds(src(true))).toEqual(kinds(src(false)));
    expect(kinds(src(true)).length).toBeGreaterThan(0);
  });
});
