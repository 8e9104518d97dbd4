// Pure renderer helper: text split around hit ranges.
import { expect, test } from 'vitest';
import { splitByMarks } from '../src/hit-parts';

test.each([
  ['no marks', '乡村振兴', [], [['乡村振兴', false]]],
  [
    'one in the middle',
    '全面推进乡村振兴战略',
    [[4, 8]],
    [
      ['全面推进', false],
      ['乡村振兴', true],
      ['战略', false],
    ],
  ],
  [
    'unsorted, touching the ends',
    '党建引领',
    [
      [2, 4],
      [0, 2],
    ],
    [
      ['党建', true],
      ['引领', true],
    ],
  ],
  [
    'overlapping and empty ones skipped',
    '共同富裕',
    [
      [0, 3],
      [1, 2],
      [3, 3],
    ],
    [
      ['共同富', true],
      ['裕', false],
    ],
  ],
] as const)('%s', (_name, text, marks, parts) => {
  const got = splitByMarks(text, marks as unknown as [number, number][]);
  expect(got.map((p) => [p.text, p.marked])).toEqual(parts);
  expect(got.map((p) => p.text).join('')).toBe(text);
});
