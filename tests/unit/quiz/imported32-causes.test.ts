// Causes found by judging a thirty-second draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported32.json: 党课 handouts, 主题党日 plans, local notices, speeches, study guides, theory articles and
// news): a sentence the import joined to the document's title (党课讲稿｜…新时代【党的建设新的伟大工程】2022年11月编者按：…),
// and a 提法 that only sets the time of the line (【新征程】上，全省上下…: 新起点, 新时代 fit as well). The lines are the
// documents'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { holdsOwnTitle, wholeOpeningClause } from '../../../electron/core/quiz/import-lines.js';
import { at, importedKeys, sourceDoc } from './source-doc.js';

const TITLE = '党课讲稿｜坚定不移全面从严治党，深入推进新时代党…';
/** An excerpt a user imports (`id`), and a library document holding the same line. */
const { termKeys } = importedKeys((line, id) => [
  sourceDoc(id, 2022, [line], { title: TITLE }),
  sourceDoc('b:lib', 2022, [line]),
]);

describe('a sentence the import joined to the document title', () => {
  const glued =
    '党课讲稿｜坚定不移全面从严治党，深入推进新时代党的建设新的伟大工程2022年11月编者按：本讲稿摘自党的二十大报告第十五部分，供各党支部书记讲党课参考使用。';
  it('asks the heading, not a statement', () => {
    expect(holdsOwnTitle(glued, TITLE)).toBe(true);
    expect(termKeys(glued, '党的建设新的伟大工程')).toEqual([]);
  });
  it('guard: a line of the body keeps its question, and a short title found in a sentence is no heading', () => {
    const body = '坚持科学执政、民主执政、依法执政，贯彻民主集中制，创新和改进领导方式，调动各方面积极性。';
    expect(holdsOwnTitle(body, TITLE)).toBe(false);
    // (民主集中制: 依法执政 is an item its siblings' shape gives away, asked no more since round imported68.)
    expect(termKeys(body, '民主集中制')).toEqual(['民主集中制']);
    expect(holdsOwnTitle('认真学习政府工作报告，切实抓好贯彻落实。', '政府工作报告')).toBe(false);
  });
});

describe('a 提法 that only sets the time of the line', () => {
  const line = '新征程上，全省上下正以只争朝夕的干劲，奋力书写新型工业化的崭新篇章。';
  it('is a clause of its own (【新征程】上，: 新起点, 新时代 fit as well)', () => {
    expect(wholeOpeningClause(line, at(line, '新征程'))).toBe(true);
    expect(termKeys(line, '新征程')).toEqual([]);
  });
  it('guard: the same 提法 inside the line, or before a noun, keeps its blank', () => {
    const inside = '全省上下要在新征程上以只争朝夕的干劲，奋力书写新型工业化的崭新篇章。';
    expect(wholeOpeningClause(inside, at(inside, '新征程'))).toBe(false);
    const subject = '依法执政是新时代党领导人民治理国家的基本方式，必须长期坚持。';
    expect(wholeOpeningClause(subject, at(subject, '依法执政'))).toBe(false);
  });
});
