// The lines of a PDF bank as a typed bank's text (pdf-bank-text.ts): page numbers and running
// heads go even in a two-page bank, a line wrapped at the margin is joined to its next line, and a
// line that starts an item, option, answer or key entry never is.
import { expect, test } from 'vitest';
import { bankText } from '../../../electron/core/quiz/pdf-bank-text.js';
import type { PdfLine } from '../../../electron/core/quiz/pdf-lines.js';

const at = (text: string, right = 200): PdfLine => ({ text, right, size: 10 });

test('a two-page bank loses its running head and page numbers; a stem run over the page break is one line', () => {
  const pages = [
    [
      at('支部学习题库', 500),
      at('1．党的根本宗旨是（ ）。'),
      at('A．全心全意为人民服务'),
      at('答案：A'),
      at('2．党的最高领导机关是党的全国代表', 480),
      at('第 1 页 共 2 页'),
    ],
    [at('支部学习题库', 500), at('大会和它所产生的（ ）。'), at('A．中央委员会'), at('答案：A'), at('第 2 页 共 2 页')],
  ];
  expect(bankText(pages).split('\n')).toEqual([
    '1．党的根本宗旨是（ ）。',
    'A．全心全意为人民服务',
    '答案：A',
    '2．党的最高领导机关是党的全国代表大会和它所产生的（ ）。',
    'A．中央委员会',
    '答案：A',
  ]);
});

test('a full line is not joined to an option, an answer, a key entry or a heading; radicals become ideographs', () => {
  const pages = [
    [
      at('1．下列说法正确的是⼀个很长的题干，正好写满这⼀行', 480),
      at('A．甲', 480),
      at('答案：A', 60),
      at('2．另⼀个写满⼀行的题干', 480),
      at('二、判断题', 60),
      at('参考答案写满一行的说明文字直到右边', 480),
      at('1-5 ABCDA', 100),
    ],
  ];
  expect(bankText(pages).split('\n')).toEqual([
    '1．下列说法正确的是一个很长的题干，正好写满这一行',
    'A．甲',
    '答案：A',
    '2．另一个写满一行的题干',
    '二、判断题',
    '参考答案写满一行的说明文字直到右边',
    '1-5 ABCDA',
  ]);
});
