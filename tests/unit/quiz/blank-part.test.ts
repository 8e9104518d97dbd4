// Which part of a 提法 a 补全提法 question blanks: a part a teacher would ask for, never half a word.
import { expect, test } from 'vitest';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';

const blanked = (term: string) => {
  const { start, end } = blankPart(term);
  return `${term.slice(0, start)}____${term.slice(end)}`;
};

test.each([
  ['四议两公开', '四议____'],
  ['三严三实', '三严____'],
  ['四个意识', '四个____'],
  ['两个毫不动摇', '两个____'],
  ['五位一体', '____'],
  ['四位一体', '____'],
  ['十四五', '____'],
  ['枫桥经验', '____'],
  ['两手抓、两手都要硬', '两手抓、____'],
  ['二〇三五年远景目标', '____'],
  ['两岸一家亲', '____'],
  ['一国两制', '一国____'],
])('%s → %s', (term, want) => {
  expect(blanked(term)).toBe(want);
});
