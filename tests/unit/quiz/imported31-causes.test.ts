// Causes found by judging a thirty-first draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported31.json: a 座谈会 speech, 党史 study material, documents of numbered items): a line whose subject
// is named by its place in the text before (前一任务是为后一任务扫清障碍), a blank leaving one character of a fixed set
// outside (【党政军民】学，东西南北中), a quality word opening the subject (【坚强有力】可靠的基层党组织，是…), and the last
// item of a list the text leaves open with 等 (促创新、扩消费、【稳就业】等方面). The lines are the documents'; the
// documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { etcListItem } from '../../../electron/core/quiz/open-slots.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, importedKeys, sourceDoc } from './source-doc.js';

/** An excerpt a user imports (`id`), and the library's report it was cut from. */
const imported = (line: string, id = 'u:r0'): SourceDoc[] => [
  sourceDoc(id, 2025, [line], { title: '2025年政府工作任务（摘编）' }),
  sourceDoc('b:lib', 2025, [line]),
];
const { termKeys, quoteKeys } = importedKeys(imported);

describe('a line whose subject is named by its place in the text before', () => {
  it('does not stand alone (前一任务, 后者: what they are is in the sentence before)', () => {
    expect(fragmentReason('前一任务是为后一任务扫清障碍，创造必要的前提。')).not.toBeNull();
    expect(fragmentReason('后者是前者的基础和保障，两者不可偏废。')).not.toBeNull();
  });
  it('guard: a word opening on 前 that points nowhere (前进道路上) is no such subject', () => {
    expect(fragmentReason('前进道路上，我们必须坚持党的全面领导。')).toBeNull();
  });
});

describe('a blank leaving one character of a fixed set outside', () => {
  it('asks a part of the set (【党政军民】学: the set is 党政军民学)', () => {
    expect(keyBlanks('党政军民学，东西南北中，党是领导一切的', 2)).toEqual([]);
  });
  it('guard: a noun before a word of two characters keeps its blank (【纪律】是带电的高压线)', () => {
    expect(keyBlanks('纪律是带电的高压线。', 2).map((b) => b.text)).toContain('纪律');
  });
});

describe('a quality word opening the subject', () => {
  const line = '坚强有力可靠的基层党组织,是改革发展稳定各项事业的根本保障。';
  it('only describes what the line is about: 坚强, 过硬 fit as well', () => {
    expect(keyBlanks(line, 2).map((b) => b.text)).not.toContain('坚强有力');
    expect(quoteKeys(line)).not.toContain('坚强有力');
  });
  it('guard: the subject itself keeps its blank (【民心】是最大的政治)', () => {
    expect(keyBlanks('民心是最大的政治，正义是最强的力量。', 2).map((b) => b.text)).toContain('民心');
  });
});

describe('the last item of a list the text leaves open with 等', () => {
  const line = '促进平台经济规范健康发展，更好发挥其在促创新、扩消费、稳就业等方面的积极作用。';
  it('is one example of many: 惠民生, 稳增长 fit as well', () => {
    expect(etcListItem(line, at(line, '稳就业'))).toBe(true);
    expect(termKeys(line, '稳就业')).not.toContain('稳就业');
  });
  it('guard: a list closed without 等, a middle item, a list of the lexicon’s 提法, and the library’s documents', () => {
    const closed = '更好发挥其在促创新、扩消费、稳就业方面的积极作用。';
    expect(etcListItem(closed, at(closed, '稳就业'))).toBe(false);
    expect(etcListItem(line, at(line, '扩消费'))).toBe(false);
    const set = '着力稳增长、惠民生、稳就业等各项工作。';
    expect(etcListItem(set, at(set, '稳就业'))).toBe(false);
    expect(termKeys(line, '稳就业', 'b:r0')).toContain('稳就业');
  });
});
