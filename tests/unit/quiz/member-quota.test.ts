// Round questions62 (RUBRIC.md): a member's own 提法 quota, asked only from a sentence about the term. The lines are the
// judged ones of imported19's quotaTrial, imported31 and imported59 (questions61's bad and acceptable quota questions).
import { describe, expect, it } from 'vitest';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { aboutTerm } from '../../../electron/core/quiz/member-quota.js';
import type { SourceDoc, SourceTerm } from '../../../electron/core/quiz/types.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const about = (marked: string) => {
  const term = /【(.+?)】/.exec(marked)![1]!;
  return aboutTerm(marked.replace(/[【】]/g, ''), term);
};

describe('a sentence about the term', () => {
  it('what it is, its content or its place: the term opens the clause that states it', () => {
    expect(about('【群众路线】是党的生命线和根本工作路线。')).toBe(true);
    expect(about('我们要始终牢记，【人民对美好生活的向往】，就是我们的奋斗目标。')).toBe(true);
    expect(about('“【两个确立】”的决定性意义在于为新时代党和国家事业发展提供了根本保证。')).toBe(true);
  });
  it('not a slot a generic frame takes (在…上交出答卷, 推动…的实际行动, 进入…，, 把…放在/贯穿)', () => {
    expect(about('让我们以学促干、学用相长，在【新征程】上交出优异答卷！')).toBe(false);
    expect(about('要坚持学思用贯通、知信行统一，把学习成效转化为推动【高质量发展】的实际行动。')).toBe(false);
    expect(about('进入【新时代】，习近平总书记强调：“江山就是人民，人民就是江山。”')).toBe(false);
    expect(about('要把【保障和改善民生】放在更加突出的位置，多做雪中送炭的事。')).toBe(false);
    expect(about('让我们以更严的要求、更实的作风，推动全市政府系统【党风廉政建设】不断取得新成效。')).toBe(false);
    expect(about('建设宜居宜业和美乡村，是【农业强国】的应有之义。')).toBe(false);
  });
  it('not a dateline, an editor’s note or a source line', () => {
    expect(about('新华社北京9月6日电国务院9月6日下午举行第五次专题学习，围绕“加快发展【新质生产力】”进行学习。')).toBe(
      false,
    );
    expect(about('编者按：本文摘自党的十二大报告（1982年9月1日），供党员干部开展【党史学习教育】参考。')).toBe(false);
    expect(about('编者按：【全过程人民民主】是社会主义民主政治的本质属性，本文供学习参考。')).toBe(false);
  });
  it('not a slogan: a figure or a predicate too short to state anything', () => {
    expect(about('【蓝天保卫战】没有休止符，必须一年接着一年打。')).toBe(false);
    expect(about('【中国梦】是历史的、现实的，也是未来的；')).toBe(false);
    expect(about('【高质量发展】是硬道理！')).toBe(false);
  });
});

const TERM = '新发展理念';
const LIB = '必须完整、准确、全面贯彻新发展理念，坚持社会主义市场经济改革方向。';
const library = (id: string) => sourceDoc(id, 2024, [LIB], { title: `中共中央关于进一步全面深化改革的决定${id}` });
const member = (id: string, lines: string[]) =>
  sourceDoc(id, 2024, ['县委理论学习中心组专题学习', ...lines], { title: `县委理论学习中心组专题学习${id}` });
const termsOf = (doc: SourceDoc): SourceTerm[] =>
  doc.paragraphs.flatMap((p, paragraph) =>
    p.text.includes(TERM) ? [{ term: TERM, docId: doc.id, paragraph, start: p.text.indexOf(TERM) }] : [],
  );
const askedIn = (docs: SourceDoc[]) =>
  generateFromTerms({ ...sourceOf(docs, []), terms: docs.flatMap(termsOf) })
    .filter((q) => q.docId?.startsWith('u:'))
    .map((q) => q.fact);

describe("a member's own quota for a 提法", () => {
  const libs = [library('b:1'), library('b:2'), library('b:3')];
  const OWN = '新发展理念是一个系统的理论体系，回答了关于发展的目的、动力、方式、路径等一系列理论和实践问题。';
  it("a member's sentence about the term is asked though the library's copies hold the shared quota", () => {
    expect(askedIn([...libs, member('u:a', [OWN])])).toEqual([OWN]);
  });
  it("guard: a member's open slot takes no quota (要把新发展理念贯穿发展全过程)", () => {
    expect(askedIn([...libs, member('u:a', ['全县各级党组织要把新发展理念贯穿经济社会发展全过程和各领域。'])])).toEqual(
      [],
    );
  });
  it("guard: an answer in a page of turns is one person's wording", () => {
    const page = member('u:t', ['记者：今年有哪些新思路？', `答：${OWN}`, '记者：下一步怎么做？', '答：抓好落实。']);
    expect(askedIn([...libs, page])).toEqual([]);
  });
  it('the pick is fixed by the text: another import takes it over or leaves it, never moves it', () => {
    const a = member('u:a', [OWN]);
    const b = member('u:b', ['新发展理念是管全局、管根本、管长远的导向，具有战略性、纲领性、引领性。']);
    const c = member('u:c', ['新发展理念就是指挥棒、红绿灯，全镇上下要自觉用它统一思想。']);
    const alone = askedIn([...libs, a, b]);
    const withC = askedIn([...libs, a, b, c]);
    expect(alone).toHaveLength(1);
    expect(withC).toHaveLength(1);
    expect([alone[0], c.paragraphs[1]!.text]).toContain(withC[0]);
  });
});
