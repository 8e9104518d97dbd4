// Causes of round imported60 (tests/eval/knowledge/questions-imported60.json): an interviewee's name label (赵明远：…,
// 孙立新（市发展改革委主任）：…) kept in a stem, as 答： was before round imported59. The lines are the documents'.
import { describe, expect, it } from 'vitest';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { nameLabelLength } from '../../../electron/core/quiz/name-label.js';
import { sourceDoc, sourceOf } from './source-doc.js';

describe("an interviewee's name label", () => {
  const page = [
    { text: '记者：今年生态环境保护工作有哪些新思路？' },
    { text: '赵明远：我们坚持山水林田湖草沙一体化保护和系统治理，全县森林覆盖率稳步提高。' },
    { text: '孙立新（市发展改革委主任）：建议提出，要建设现代化产业体系。' },
  ];
  it('a name, or a name with its post, opening a paragraph of a page of turns is a label', () => {
    expect(nameLabelLength(page[1]!.text, page)).toBe('赵明远：'.length);
    expect(nameLabelLength(page[2]!.text, page)).toBe('孙立新（市发展改革委主任）：'.length);
  });
  it('guard: not in a page without turns, nor a 提法 or a field heading a line', () => {
    expect(nameLabelLength(page[1]!.text, [page[1]!])).toBe(0);
    const plan = [{ text: '时间：2025年11月20日' }, { text: '新质生产力：要因地制宜发展。' }, page[0]!, page[1]!];
    expect(nameLabelLength(plan[0]!.text, plan)).toBe(0);
    expect(nameLabelLength(plan[1]!.text, plan)).toBe(0);
  });
  it('a 提法 question starts after the label', () => {
    const doc = sourceDoc(
      'u:i',
      2025,
      page.map((p) => p.text),
      { title: '守护绿水青山——访县生态环境局局长赵明远' },
    );
    const line = '赵明远：我们坚持就业优先战略，把促进高质量充分就业作为经济社会发展的优先目标。';
    doc.paragraphs[1] = { kind: 'p', text: line };
    const qs = generateFromTerms({
      ...sourceOf([doc], []),
      terms: [{ term: '就业优先', docId: 'u:i', paragraph: 1, start: line.indexOf('就业优先') }],
    });
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.fact.startsWith('我们坚持')).toBe(true);
  });
});
