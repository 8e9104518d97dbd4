// A short title in book marks stands for a document the text named before (全市基层治理工作推进会: 《意见》
// 共分六个部分二十二条; 各级党组织要把《意见》的各项要求落到实处). Found by the lead reading a draw of questions
// from the round-17 imports: blanked whole, 《____》 asks for a kind word (意见) any other kind (决定, 方案)
// fits. A long title blanked whole is still allowed (imported8-causes.test.ts).
import { describe, expect, it } from 'vitest';
import { blanksBookTitle } from '../../../electron/core/quiz/blank-in-quotation.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';

const span = (fact: string, text: string) => {
  const start = fact.indexOf(text);
  return [{ start, end: start + text.length }];
};

describe('a short title in book marks blanked whole', () => {
  const fact = '各级党组织要把《意见》的各项要求落到实处，决不能让文件停留在纸面上。';

  it('is refused: 《____》 for 意见', () => {
    expect(blanksBookTitle(fact, span(fact, '意见'))).toBe(true);
    expect(blanksBookTitle('《条例》共分八章五十条。', span('《条例》共分八章五十条。', '条例'))).toBe(true);
  });

  it('is never chosen: the blank goes to a word outside the title', () => {
    // The rarest word of the sentence is the title's 意见: a word frequency as the library's.
    const rare = (w: string) => (w === '意见' ? 0 : 9);
    const blanks = keyBlanks(fact, 2, rare, false, true);
    expect(blanks.map((b) => b.text)).not.toContain('意见');
  });

  it('guard: a long title whole, or words outside a short one, may still be blanked', () => {
    const long = '通过学习新修订的《中国共产党纪律处分条例》，我深刻认识到纪律是党的生命。';
    expect(blanksBookTitle(long, span(long, '中国共产党纪律处分条例'))).toBe(false);
    expect(blanksBookTitle(fact, span(fact, '纸面'))).toBe(false);
  });
});
