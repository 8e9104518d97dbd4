// Sentence alignment survives reordering: moved paragraphs and sentences pair with their
// counterparts (not reported as removed + added), edits are word-level, rows keep reading order.
import { expect, test } from 'vitest';
import { pairParagraphs, pairSentences, paragraphRows } from '../../../electron/core/compare/align.js';
import { docUnits } from '../../../electron/core/compare/units.js';
import { wordDiff } from '../../../electron/core/compare/word-diff.js';

const doc = (...ps: string[]) => docUnits(ps.map((text) => ({ kind: 'p' as const, text })));

test('reordered paragraphs pair with their counterparts; an edited sentence pairs as changed', () => {
  const older = doc(
    '坚持稳中求进工作总基调。完整准确全面贯彻新发展理念。',
    '深化农村改革。加强耕地保护。',
    '推进生态文明建设。',
  );
  const newer = doc(
    '推进生态文明建设。',
    '坚持稳中求进工作总基调。完整准确全面贯彻新发展理念，加快构建新发展格局。',
    '深化农村改革。加强耕地保护。扩大有效投资。',
  );
  const pairs = pairSentences(older.sentences, newer.sentences);
  const text = (u: typeof older, id: number) => u.sentences[id]!.text;
  expect([...pairs.newToOld].map(([n, o]) => [text(newer, n), text(older, o)])).toEqual(
    expect.arrayContaining([
      ['推进生态文明建设。', '推进生态文明建设。'],
      ['坚持稳中求进工作总基调。', '坚持稳中求进工作总基调。'],
      ['完整准确全面贯彻新发展理念，加快构建新发展格局。', '完整准确全面贯彻新发展理念。'],
      ['深化农村改革。', '深化农村改革。'],
    ]),
  );
  expect([...pairs.changed].map((n) => text(newer, n))).toEqual(['完整准确全面贯彻新发展理念，加快构建新发展格局。']);
  const added = newer.sentences.filter((s) => !pairs.newToOld.has(s.id)).map((s) => s.text);
  expect(added).toEqual(['扩大有效投资。']);
  const paras = pairParagraphs(older, newer, pairs);
  expect([...paras].sort()).toEqual([
    [0, 2],
    [1, 0],
    [2, 1],
  ]);
  expect(paragraphRows(3, 3, paras)).toEqual([
    [2, 0],
    [0, 1],
    [1, 2],
  ]);
});

test('an unpaired older paragraph is slotted in after its predecessor, beside an unpaired newer one', () => {
  // newer 1 was rewritten from older 1 beyond recognition: both unpaired, one row.
  expect(
    paragraphRows(
      3,
      3,
      new Map([
        [0, 0],
        [2, 2],
      ]),
    ),
  ).toEqual([
    [0, 0],
    [1, 1],
    [2, 2],
  ]);
  // newer 0 ↔ older 0, newer 1 ↔ older 1, newer 2 ↔ older 3; older 2 was dropped.
  expect(
    paragraphRows(
      4,
      3,
      new Map([
        [0, 0],
        [1, 1],
        [2, 3],
      ]),
    ),
  ).toEqual([
    [0, 0],
    [1, 1],
    [2, null],
    [3, 2],
  ]);
});

test('word-level difference keeps each side’s own wording', () => {
  expect(wordDiff('今年赤字率拟按3%安排。', '今年赤字率拟按4%左右安排。')).toEqual({
    older: [
      { op: 'same', text: '今年赤字率拟按' },
      { op: 'del', text: '3%' },
      { op: 'same', text: '安排。' },
    ],
    newer: [
      { op: 'same', text: '今年赤字率拟按' },
      { op: 'add', text: '4%左右' },
      { op: 'same', text: '安排。' },
    ],
  });
});
