// A blank never asks for half of a short quotation (a name or a slogan): 二公 of “一大二公”.
import { describe, expect, it } from 'vitest';
import { cutsShortQuotation } from '../../../electron/core/quiz/blank-in-quotation.js';

const blankOf = (fact: string, text: string) => {
  const start = fact.indexOf(text);
  return [{ start, end: start + text.length }];
};

describe('a blank inside a short quotation', () => {
  const fact = '这“两个务必”，今天仍然是我们必须牢记的。';
  it.each([
    ['two characters of a four-character quotation', fact, '务必', true],
    ['a part of a slogan', '“造反有理”“全面专政”等口号，造成了严重的混乱。', '有理', true],
    ['a blank across the closing mark', fact, '务必”，今天', true],
    ['the whole quotation', fact, '两个务必', false],
    ['words outside it', fact, '牢记', false],
    ['a part of a quoted sentence', '毛泽东同志强调：“没有调查，就没有发言权。”', '发言权', false],
  ])('%s', (_, f, text, cut) => expect(cutsShortQuotation(f, blankOf(f, text))).toBe(cut));
});
