// restated-in-one.ts finds the sentences holding a run of four of a line through an index of each document's runs
// (Key audit 65): these pin what the scan over every sentence decided, at the edges the index could change.
import { describe, expect, it } from 'vitest';
import { restatedInOne } from '../../../electron/core/quiz/restated-in-one.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import { sourceDoc } from './source-doc.js';

const line = hanChars('提高人民生活水平，是改革开放和发展经济的根本目的');
const restated = (texts: string[]) => restatedInOne(line, sourceDoc('b:other', 1990, texts));

describe('restatedInOne', () => {
  it('finds the restating sentence among many, in any paragraph', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `第${i}项工作取得新的进展，各方面反映良好。`);
    const texts = [...filler, '提高人民物质文化生活水平，是改革开放和社会主义现代化建设的根本目的。', ...filler];
    expect(restated(texts)).toBe(true);
  });
  it('weighs a sentence up to 1.5 times the line, not one character longer', () => {
    // 23 Han in the line: a sentence of 34 is weighed, one of 35 is not (the same words, one more character).
    const words = '提高人民生活水平是改革开放和发展经济的根本目的';
    expect(line.length).toBe(23);
    expect(restatedInOne(line, sourceDoc('b:x', 1990, [`${words}这是我们一贯主张和方针`]))).toBe(true);
    expect(restatedInOne(line, sourceDoc('b:x', 1990, [`${words}这是我们一贯的主张和方针`]))).toBe(false);
  });
  it('does not join two sentences: runs across a full stop are no sentence’s', () => {
    expect(restated(['提高人民生活水平是改革开。放和发展经济的根本目的。'])).toBe(false);
  });
  it('a line under twelve Han, or a document without the words, is never restated', () => {
    expect(restatedInOne('改革开放', sourceDoc('b:x', 1990, ['改革开放是我们的根本方针。']))).toBe(false);
    expect(restated(['今年粮食生产再获丰收，农民收入持续增加。'])).toBe(false);
  });
});
