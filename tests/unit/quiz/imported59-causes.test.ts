// Causes of round imported59 (tests/eval/knowledge/questions-imported59.json): a press conference's turn label kept
// in a stem (答：我们坚持藏粮于地、…), and a user's document stating a canonical formula with the wrong subject
// (求真务实是我们党的思想路线的核心内容; the canon: 实事求是 is the core of the Party's ideological line) taught as it
// stands. The lines are the documents'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { misstatesCanon } from '../../../electron/core/quiz/canon-statements.js';
import { wholeFact } from '../../../electron/core/quiz/fact-text.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const imported = (line: string) =>
  sourceDoc('u:r0', 2024, ['省政府新闻办举行粮食生产新闻发布会', line], {
    title: '省政府新闻办举行粮食生产新闻发布会',
  });
const termSource = (line: string, term: string) => ({
  ...sourceOf([imported(line), sourceDoc('b:lib', 2022, ['这是另一份文件的内容，与本题无关。'])], []),
  terms: [{ term, docId: 'u:r0', paragraph: 1, start: line.indexOf(term) }],
});

describe("a press conference's turn label", () => {
  const line = '答：我们坚持就业优先战略，把促进高质量充分就业作为经济社会发展的优先目标。';
  it('a 提法 question starts after 答：', () => {
    const qs = generateFromTerms(termSource(line, '就业优先'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.fact.startsWith('我们坚持就业优先')).toBe(true);
  });
  it('a fact still opening on a label (问：, 记者：, 新华社记者：, 主持人：) is not whole text', () => {
    for (const label of ['问：', '答：', '记者：', '新华社记者：', '主持人：'])
      expect(wholeFact(`${label}今年的政府工作报告对稳就业作出了哪些部署？`), label).toBe(false);
  });
  it('guard: a sentence naming a reporter or opening on a name is whole text', () => {
    expect(wholeFact('村党支部书记李红梅告诉记者，如今家家户户门前干干净净。')).toBe(true);
    expect(wholeFact('问题导向是我们党的鲜明特点。')).toBe(true);
    expect(wholeFact('答卷人是我们每一个人。')).toBe(true);
  });
});

describe('a canonical formula stated of the wrong subject', () => {
  it('求真务实…思想路线的核心内容, swapped cores, 与时俱进…的精髓 give no question', () => {
    expect(misstatesCanon('求真务实是我们党的思想路线的核心内容，也是我们党的优良传统。')).toBe(true);
    expect(misstatesCanon('爱国主义是时代精神的核心，改革创新是民族精神的核心。')).toBe(true);
    expect(misstatesCanon('与时俱进是马克思主义的精髓，也是我们党理论创新的不竭动力。')).toBe(true);
    expect(misstatesCanon('求真务实，是一以贯之的科学精神，是我们党的思想路线的核心内容。')).toBe(true);
    const line = '求真务实是我们党的思想路线的核心内容，也是我们党的优良传统。';
    const src = { ...termSource(line, '求真务实'), terms: [] };
    src.quotes = [{ ...quote(line), docId: 'u:r0' }];
    expect(generateQuestions(src, 'all', 100).filter((q) => q.fact.includes('思想路线'))).toEqual([]);
  });
  it('guard: the canon itself, the predicate first, a subject in the clauses before, other predicates stay', () => {
    expect(misstatesCanon('实事求是是党的思想路线的核心。')).toBe(false);
    expect(misstatesCanon('党的思想路线的核心是实事求是。')).toBe(false);
    expect(misstatesCanon('实事求是是马克思列宁主义的精髓，是毛泽东思想的精髓。')).toBe(false);
    expect(misstatesCanon('以爱国主义为核心的民族精神和以改革创新为核心的时代精神')).toBe(false);
    expect(misstatesCanon('群众路线是我们党的生命线和根本工作路线。')).toBe(false);
    expect(misstatesCanon('纪律是党的生命线。')).toBe(false);
  });
});

function quote(text: string) {
  return {
    id: 'q1',
    docId: 'u:r0',
    paragraph: 1,
    start: 0,
    end: text.length,
    text,
    speaker: null,
    occasion: null,
    date: null,
  };
}
