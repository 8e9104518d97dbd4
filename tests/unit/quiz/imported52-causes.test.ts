// Causes found by judging a fifty-second draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported52.json: 党课 handouts, 主题党日 plans, notices, 学习体会, 领学 speeches, theory articles and news):
// a notice's line passing the paper on (现将…推动【绿色发展】的内容转发给你们), a fact cut after a modifier whose noun is
// in the next clause (…面向未来的，), and slots any goal fills: the object of 高度重视 alone, the subject of 不是一句口号,
// half of two 提法 written as one (实现【碳达峰】碳中和). The lines are the documents'; the documents around them are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { saysNothing } from '../../../electron/core/quiz/quote-worth.js';
import { opensFrame } from '../../../electron/core/quiz/fact-cut.js';
import { genericGoal, joinedPairHalf } from '../../../electron/core/quiz/open-slots.js';
import { at, importedKeys, sourceDoc } from './source-doc.js';

const { termKeys, quoteKeys } = importedKeys((line, id) => [
  sourceDoc(id, 2016, [line], { title: '关于学习贯彻2016年《政府工作报告》的通知' }),
  sourceDoc('b:lib', 2016, ['这是另一份文件的内容，与本题无关。']),
]);

describe("a notice's line passing the paper on", () => {
  const line = '现将2016年《政府工作报告》中关于加大环境治理力度、推动绿色发展的内容转发给你们，请认真组织学习。';
  it('says nothing to study', () => {
    expect(saysNothing(line)).toBe(true);
    expect(termKeys(line, '绿色发展')).toEqual([]);
    expect(saysNothing('现将有关内容摘录如下，请结合实际认真抓好贯彻落实。')).toBe(true);
  });
  it('guard: a line of the excerpt keeps its question', () => {
    const body = '坚持在发展中保护、在保护中发展，持续推进生态文明建设，推动形成绿色发展方式和生活方式。';
    expect(saysNothing(body)).toBe(false);
    expect(termKeys(body, '生态文明建设')).toEqual(['生态文明建设']);
  });
});

describe('a fact cut after a modifier whose noun is in the next clause', () => {
  it('reads cut (…面向未来的，民族的科学的大众的社会主义文化)', () => {
    expect(opensFrame('发展面向现代化、面向世界、面向未来的')).toBe(true);
  });
  it('guard: a clause that says something is no frame', () => {
    expect(opensFrame('增强文化自信')).toBe(false);
    expect(opensFrame('目的是为了人民')).toBe(false);
  });
});

describe('slots any goal of the work list fills', () => {
  it('the object of 高度重视 alone (高度重视【稳就业】，…: 就业工作 fits)', () => {
    const line = '高度重视稳就业，出台支持企业稳岗拓岗政策，加强高校毕业生等重点群体就业促进服务。';
    expect(genericGoal(line, at(line, '稳就业'))).toBe(true);
    expect(termKeys(line, '稳就业')).toEqual([]);
  });
  it('the subject of 不是一句口号 (【高质量发展】不是一句口号: 乡村振兴 fits)', () => {
    const line = '韩立群：高质量发展不是一句口号，而是实实在在的行动。';
    expect(genericGoal(line, at(line, '高质量发展'))).toBe(true);
    expect(quoteKeys(line)).not.toContain('高质量发展');
  });
  it('half of two 提法 written as one (实现【碳达峰】碳中和)', () => {
    const line = '实现碳达峰碳中和是一场广泛而深刻的经济社会系统性变革。';
    expect(joinedPairHalf(line, at(line, '碳达峰'))).toBe(true);
    expect(quoteKeys(line)).not.toContain('碳达峰');
  });
  it('guard: a 提法 the clause says something of keeps its blank', () => {
    const weight = '高度重视稳就业工作中的突出问题，出台支持企业稳岗拓岗政策。';
    expect(genericGoal(weight, at(weight, '稳就业'))).toBe(false);
    const said = '高质量发展是全面建设社会主义现代化国家的首要任务。';
    expect(genericGoal(said, at(said, '高质量发展'))).toBe(false);
    const apart = '推动经济社会发展绿色化、低碳化是实现高质量发展的关键环节。';
    expect(joinedPairHalf(apart, at(apart, '高质量发展'))).toBe(false);
    const grain = '秋粮占全年粮食产量的大头，秋粮稳则全年稳。';
    expect(joinedPairHalf(grain, at(grain, '粮食产量'))).toBe(false);
    const listed = '增强政治意识、大局意识、核心意识、看齐意识。';
    expect(joinedPairHalf(listed, at(listed, '看齐意识'))).toBe(false);
  });
});

describe('the subject of a clause that says only that it has spread', () => {
  it('is open to any theory (【社会主义核心价值体系】深入人心: 社会主义核心价值观 fits)', () => {
    const line = '社会主义核心价值体系深入人心，良好思想道德风尚进一步弘扬。';
    expect(genericGoal(line, at(line, '社会主义核心价值体系'))).toBe(true);
    expect(termKeys(line, '社会主义核心价值体系')).toEqual([]);
  });
  it('guard: a subject the clause says more of keeps its blank', () => {
    const line = '社会主义核心价值体系是兴国之魂，决定着中国特色社会主义发展方向。';
    expect(genericGoal(line, at(line, '社会主义核心价值体系'))).toBe(false);
  });
});
