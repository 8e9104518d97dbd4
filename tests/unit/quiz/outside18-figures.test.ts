// Round outside18: no 判断 of a figure. Every figure 判断 of outside15 and outside18 was judged acceptable at best (a
// copied figure, or one number changed) and one bad (服务业比重由46.9%提高到83%); the 填空 and 单选 of the same clauses
// stay, each in the place it had.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import type { QuizSource } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const report = (id: string, year: number, texts: string[]) =>
  sourceDoc(id, year, texts, { title: `${year}年政府工作报告`, type: '文件', speakers: ['某某'] });

describe('figures of a report', () => {
  const figures = (year: number, k: number) => [
    `国内生产总值增长${(5 + k * 0.7).toFixed(1)}%。`,
    `城镇新增就业${1100 + 37 * k}万人。`,
    `居民消费价格上涨${(1 + k * 0.4).toFixed(1)}%。`,
    `粮食产量${13000 + 211 * k}亿斤。`,
    `财政收入增长${(6 + k * 0.9).toFixed(1)}%。`,
    `进出口总额增长${(3 + k * 1.3).toFixed(1)}%。`,
  ];
  const docs = [0, 1, 2, 3, 4, 5].map((k) => report(`r${k}`, 2018 + k, figures(2018 + k, k)));
  const src: QuizSource = { docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] };
  const qs = generateFromNumbers(src);

  it('asks no figure as a 判断, true or changed', () => {
    expect(qs.length).toBeGreaterThan(10);
    expect(qs.filter((q) => q.kind === '判断')).toEqual([]);
  });

  it('leaves the third figure of a document unasked, the first still a 填空', () => {
    const own = qs.filter((q) => q.docId === 'r5');
    const asked = new Set(own.map((q) => q.fact));
    // The third figure was the 判断 slot (填空, 单选, 判断 in turn).
    expect(asked.has(figures(2023, 5)[2]!)).toBe(false);
    expect(own.find((q) => q.fact === figures(2023, 5)[0])?.kind).toBe('填空');
  });
});
