// Causes found by judging a fifty-third draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported53.json: 党课, 主题党日 plans, 对照检查材料, 学习体会, notices, 领学 speeches, theory articles and news
// around 十九大 and government report excerpts): a study guide's 思考题 and a plan's 活动主题 asked as statements, an item of
// a long list of goals a sibling goal fills (网络强国、【交通强国】、数字中国), a goal named only as the field of a practice
// (在实现【中国梦】的生动实践中), a plain noun given in a larger amount (更大改革【自主权】), and a subject cut off at ； from the
// clause that goes on with it. The lines are the documents'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { saysNothing } from '../../../electron/core/quiz/quote-worth.js';
import { genericGoal, siblingListItem } from '../../../electron/core/quiz/open-slots.js';
import { moreOfKey } from '../../../electron/core/quiz/import-lines.js';
import { inLexicon } from '../../../electron/core/quiz/term-distractors.js';
import { at, importedKeys, sourceDoc, sourceOf } from './source-doc.js';

const imported = (line: string, id: string) => [
  sourceDoc(id, 2017, [line], { title: '十九大报告学习辅导（三）' }),
  sourceDoc('b:lib', 2017, ['这是另一份文件的内容，与本题无关。']),
];
const { termKeys, quoteKeys } = importedKeys(imported);

describe("a study guide's question and a plan's field", () => {
  it('a 思考题 asks, it states nothing (1.如何理解【中国特色社会主义】是…的主题？)', () => {
    const q = '1.如何理解中国特色社会主义是改革开放以来党的全部理论和实践的主题？';
    expect(saysNothing(q)).toBe(true);
    expect(termKeys(q, '中国特色社会主义')).toEqual([]);
    expect(saysNothing('2.结合工作实际，谈谈如何增强“四个自信”。')).toBe(true);
  });
  it("a plan's 活动主题 is its own heading (活动主题：树立【总体国家安全观】 筑牢…)", () => {
    const field = '活动主题：树立总体国家安全观  筑牢国家安全人民防线';
    expect(saysNothing(field)).toBe(true);
    expect(termKeys(field, '总体国家安全观')).toEqual([]);
    expect(saysNothing('一、活动时间：2018年4月10日上午9:00')).toBe(true);
  });
  it('guard: the statement itself keeps its question', () => {
    const line = '中国特色社会主义是改革开放以来党的全部理论和实践的主题，是党和人民历尽千辛万苦取得的根本成就。';
    expect(saysNothing(line)).toBe(false);
    expect(saysNothing('要坚持总体国家安全观，统筹发展和安全，坚决维护国家政治安全。')).toBe(false);
    expect(saysNothing('如何把群众的事办好，是检验干部作风的一块试金石。')).toBe(false);
  });
});

describe('slots a sibling goal fills', () => {
  const long = '为建设科技强国、质量强国、航天强国、网络强国、交通强国、数字中国、智慧社会提供有力支撑。';
  it('an item of a list of five or more (【交通强国】: 海洋强国; 【数字中国】: 健康中国)', () => {
    expect(siblingListItem(long, at(long, '交通强国'))).toBe(true);
    expect(siblingListItem(long, at(long, '数字中国'))).toBe(true);
    expect(termKeys(long, '交通强国')).toEqual([]);
  });
  it('guard: a short set keeps its item (自治、法治、【德治】; 四个自信)', () => {
    const three = '健全自治、法治、德治相结合的乡村治理体系。';
    expect(siblingListItem(three, at(three, '德治'))).toBe(false);
    const four = '增强道路自信、理论自信、制度自信、文化自信。';
    expect(siblingListItem(four, at(four, '文化自信'))).toBe(false);
  });
  it('a goal named only as the field of a practice (在实现【中国梦】的生动实践中)', () => {
    const line = '广大青年要坚定理想信念，在实现中国梦的生动实践中放飞青春梦想。';
    expect(genericGoal(line, at(line, '中国梦'))).toBe(true);
    expect(termKeys(line, '中国梦')).toEqual([]);
    const said = '实现中华民族伟大复兴的中国梦，是近代以来中华民族最伟大的梦想。';
    expect(genericGoal(said, at(said, '中华民族伟大复兴'))).toBe(false);
  });
  it('a plain noun given in a larger amount (更大改革【自主权】: 空间 fits)', () => {
    const line = '赋予自由贸易试验区更大改革自主权，探索建设自由贸易港。';
    expect(moreOfKey(line, at(line, '自主权'), inLexicon)).toBe(true);
    expect(quoteKeys(line)).not.toContain('自主权');
    const lexical = '以更多高质量发展成果惠及人民。';
    expect(moreOfKey(lexical, at(lexical, '高质量发展'), inLexicon)).toBe(false);
    const plain = '赋予自由贸易试验区改革自主权。';
    expect(moreOfKey(plain, at(plain, '自主权'), inLexicon)).toBe(false);
  });
});

describe('a subject cut off at ； from the clause that goes on with it', () => {
  const para =
    '中国梦是历史的、现实的，也是未来的；是我们这一代的，更是青年一代的。中华民族伟大复兴的中国梦终将变为现实。';
  const facts = (id: string) =>
    generateFromTerms({
      ...sourceOf([sourceDoc(id, 2017, [para], { title: '主题党日活动方案' })], []),
      terms: [{ term: '中国梦', docId: id, paragraph: 0, start: 0 }],
    }).map((q) => q.fact);
  it("in a user's import, the fact runs on to the end of the subject's clauses", () => {
    for (const f of facts('u:r0')) expect(f).toContain('更是青年一代的');
  });
  it('guard: a shipped document keeps its sentence as cut', () => {
    for (const f of facts('b:lib')) expect(f).not.toContain('青年一代');
  });
});
