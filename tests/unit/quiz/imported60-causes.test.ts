// Causes of round imported60 (tests/eval/knowledge/questions-imported60.json): a member's own sentence with a 提法 the
// library holds (以经济体制改革为牵引 in a county's meeting report; here 新发展理念) was never asked, the library's copies taking the
// 提法's quota; and an interviewee's name label (赵明远：…) stayed in a stem. The lines are the documents'.
import { describe, expect, it } from 'vitest';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { nameLabelLength } from '../../../electron/core/quiz/name-label.js';
import type { SourceDoc, SourceTerm } from '../../../electron/core/quiz/types.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const TERM = '新发展理念';
const LIB = '必须完整、准确、全面贯彻新发展理念，坚持社会主义市场经济改革方向。';
const OWN = '全县各级党组织要完整准确全面贯彻新发展理念，在营商环境、要素保障上拿出更多务实举措。';
const library = (id: string) => sourceDoc(id, 2024, [LIB], { title: `中共中央关于进一步全面深化改革的决定${id}` });
const member = (id: string, line: string) =>
  sourceDoc(id, 2024, ['县委理论学习中心组专题学习', line], { title: `县委理论学习中心组专题学习${id}` });
const termAt = (doc: SourceDoc, paragraph: number): SourceTerm => ({
  term: TERM,
  docId: doc.id,
  paragraph,
  start: doc.paragraphs[paragraph]!.text.indexOf(TERM),
});
const askedIn = (docs: SourceDoc[], terms: SourceTerm[]) =>
  generateFromTerms({ ...sourceOf(docs, []), terms })
    .filter((q) => q.docId?.startsWith('u:'))
    .map((q) => q.docId);

describe("a member's own quota for a 提法", () => {
  const libs = [library('b:1'), library('b:2'), library('b:3')];
  const libTerms = libs.map((d) => termAt(d, 0));
  it("a member's own sentence is asked though the library's copies hold the quota", () => {
    const own = member('u:a', OWN);
    expect(askedIn([...libs, own], [...libTerms, termAt(own, 1)])).toEqual(['u:a']);
  });
  it("guard: a member's copy of the library's own sentence is asked from the library", () => {
    const copy = member('u:c', LIB);
    expect(askedIn([...libs, copy], [...libTerms, termAt(copy, 1)])).toEqual([]);
  });
  it('the pick is fixed by the text: another import takes it over or leaves it, never moves it', () => {
    const a = member('u:a', OWN);
    const b = member('u:b', '我们支部要带头贯彻新发展理念，推动各项改革举措在本单位落地见效。');
    const c = member('u:c', '全镇上下要自觉用新发展理念统一思想，把改革任务分解到村、落实到人。');
    const alone = askedIn([...libs, a, b], [...libTerms, termAt(a, 1), termAt(b, 1)]);
    const withC = askedIn([...libs, a, b, c], [...libTerms, termAt(a, 1), termAt(b, 1), termAt(c, 1)]);
    expect(alone).toHaveLength(1);
    expect(withC).toHaveLength(1);
    expect([alone[0], 'u:c']).toContain(withC[0]);
  });
  it("guard: a local person's reported words take no quota (胡明说，…)", () => {
    const said = member('u:s', '省发展研究中心副主任胡明说，要完整准确全面贯彻新发展理念，把稳就业放在突出位置。');
    expect(askedIn([...libs, said], [...libTerms, termAt(said, 1)])).toEqual([]);
  });
});

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
