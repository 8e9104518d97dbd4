// Causes found by judging a thirtieth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported30.json: congress report parts saved as a speech, a 文件 or a WeChat repost, the 1983 and 1987
// reports) and the held-out batches of the earlier rounds: a verb that only opens the next clause (全党必须【牢记】，…),
// two broad words as the key (实现【经济社会】发展), a graded role word closing a judgement (社会公平的【重要体现】),
// and a line read without the turn it answers or that turns against it (…。但是，人民生活的改善，必须…). The lines are
// the reports'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import {
  broadPairKey,
  clauseOpeningVerb,
  gradedRoleKey,
  turnedLine,
} from '../../../electron/core/quiz/import-lines.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** An excerpt of a library report imported by a user (its first paragraph `paragraph`), and the library's report. */
const imported = (paragraph: string, id = 'u:r0'): SourceDoc[] => [
  sourceDoc(id, 1987, [paragraph], { title: '政府工作报告（节选）', type: '讲话', speakers: ['赵紫阳'] }),
  sourceDoc('b:lib', 1987, [paragraph]),
];
const questionsOf = (line: string, paragraph = line, id = 'u:r0') => {
  const docs = imported(paragraph, id);
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵紫阳')]));
};
const quoteKeys = (line: string, id = 'u:r0') => keysOf(questionsOf(line, line, id));

describe('a short verb between a modal and a comma', () => {
  const line = '全党必须牢记，只有植根人民、造福人民，党才能始终立于不败之地。';
  it('only opens the clause after it: no key', () => {
    expect(clauseOpeningVerb(line, at(line, '牢记'))).toBe(true);
    expect(quoteKeys(line)).not.toContain('牢记');
  });
  it('guard: a 提法 after the modal, and a verb inside its clause, are kept apart', () => {
    const term = '我们必须坚持全面深化改革，不断推进制度创新。';
    expect(clauseOpeningVerb(term, at(term, '全面深化改革'))).toBe(false);
    const inside = '全党必须牢记为人民服务的根本宗旨。';
    expect(clauseOpeningVerb(inside, at(inside, '牢记'))).toBe(false);
  });
});

describe('two broad words as the key', () => {
  it('leave what the line is about elsewhere: 党和国家 fits as well', () => {
    expect(broadPairKey({ text: '经济社会' })).toBe(true);
    expect(broadPairKey({ text: '党和人民' })).toBe(true);
    const line = '党的集中统一是党的力量所在，是实现经济社会发展、民族团结进步、国家长治久安的根本保证。';
    expect(quoteKeys(line)).not.toContain('经济社会');
    expect(quoteKeys('广开进贤之路，广纳天下英才，是保证党和人民事业发展的根本之举。')).not.toContain('党和人民');
  });
  it('guard: a word with one broad half, or one broad word twice, is no pair', () => {
    expect(broadPairKey({ text: '社会保障' })).toBe(false);
    expect(broadPairKey({ text: '人民民主' })).toBe(false);
    expect(broadPairKey({ text: '社会社会' })).toBe(false);
  });
});

describe('a graded role word closing a judgement', () => {
  const line = '合理的收入分配制度是社会公平的重要体现。';
  it('asks the part the subject plays, not what the line teaches: 集中体现 fits as well', () => {
    expect(gradedRoleKey(line, at(line, '重要体现'))).toBe(true);
    expect(quoteKeys(line)).not.toContain('重要体现');
  });
  it('guard: a role word inside the clause, a content head and the library’s own line are kept', () => {
    const inside = '重要体现在哪里，要看人民是否满意。';
    expect(gradedRoleKey(inside, at(inside, '重要体现'))).toBe(false);
    const aim = '为人民服务是党的根本宗旨。';
    expect(gradedRoleKey(aim, at(aim, '根本宗旨'))).toBe(false);
    expect(quoteKeys(line, 'b:lib2')).toContain('重要体现');
    const unity = '党的集中统一是党的力量所在，是实现经济社会发展、民族团结进步、国家长治久安的根本保证。';
    expect(quoteKeys(unity, 'b:lib2')).toContain('经济社会');
  });
});

describe('a line read without its turn', () => {
  const before = '几年来城乡人民生活有了显著改善。但是，人民生活的改善，必须建立在生产发展和经济效益提高的基础上。';
  const line = '人民生活的改善，必须建立在生产发展和经济效益提高的基础上。';
  it('answers the sentence before it: not asked in an import', () => {
    expect(turnedLine(before, at(before, line))).toBe(true);
    expect(questionsOf(line, before)).toEqual([]);
  });
  it('is turned against by the next sentence: not asked either', () => {
    const conceded = '私营经济是存在雇佣劳动关系的经济成分。但在社会主义条件下，它必然同占优势的公有制经济相联系。';
    const first = '私营经济是存在雇佣劳动关系的经济成分。';
    expect(turnedLine(conceded, at(conceded, first))).toBe(true);
  });
  it('guard: a line between plain sentences, and the library’s own, are asked', () => {
    const plain = '几年来城乡人民生活有了显著改善。人民生活的改善，必须建立在生产发展和经济效益提高的基础上。';
    expect(turnedLine(plain, at(plain, line))).toBe(false);
    expect(questionsOf(line, before, 'b:lib2').length).toBeGreaterThan(0);
  });
});
