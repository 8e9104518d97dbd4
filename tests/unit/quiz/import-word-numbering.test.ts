// Question banks whose item numbers and option letters Word draws itself (numbering.xml): the key
// list at the end is matched by the numbers Word shows, and refused where those numbers do not
// name one item each. The keyed shapes are labelled in fixtures/wild (word-bank-numbered.docx,
// word-bank-sections.docx); here, the shapes that must be refused.
import { expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import type { RawItem } from '../../../electron/core/quiz/import-normalize.js';
import { numberedBank, sectionsBank } from './fixtures/wild/word-bank-numbered.gen.js';

const rows = async (bytes: Uint8Array) => (await parseBank('题库.docx', Buffer.from(bytes))).rows;
const answers = (list: (RawItem | string)[]) => list.map((r) => (typeof r === 'string' ? null : r.answer));

test('items Word numbers 1–4 take the key list’s 1．B　2．C… by number; options get their letters', async () => {
  const got = await rows(numberedBank());
  expect(answers(got)).toEqual(['B', 'C', 'A', 'B']);
  expect((got[0] as RawItem).options).toEqual(['半年', '一年', '两年', '三年']);
  expect((got[3] as RawItem).label).toBe('第 4 题');
});

test('sections restarting at 1 take their own section’s keys', async () => {
  const got = await rows(sectionsBank());
  expect(answers(got)).toEqual(['A', 'B', 'ABC', 'ACD']);
  expect((got[2] as RawItem).label).toBe('多项选择题第 1 题');
});

test('a key list naming no sections, over items numbered 1, 2 in each section, answers none of them', async () => {
  const got = await rows(sectionsBank({ plainKeys: true }));
  expect(got.every((r) => typeof r === 'string' && r.includes('卷末答案中找不到'))).toBe(true);
});

// banks16: a key section named by its 题型 whose numbers restart (1, 2) while the paper's go on (3, 4),
// both without a gap and as many, keys by position (import-key-list.ts `shifted`); before, none.
test('a second section that continues the list (Word shows 3, 4) is keyed in order by its 题型’s 1, 2', async () => {
  const got = await rows(sectionsBank({ continued: true }));
  expect(answers(got)).toEqual(['A', 'B', 'ABC', 'ACD']);
});
