// The reader's outline: real headings and a speech's 一、二、三 sections, never the byline, the
// salutation, the title again or fragments of sentences cut at quotation marks.
import { expect, test } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { outlineOf } from '../../../renderer/src/pages/reader/outline.js';

const h = (text: string): Paragraph => ({ kind: 'h', text });
const p = (text: string): Paragraph => ({ kind: 'p', text });
const doc = (paragraphs: Paragraph[], meta: { speakers?: string[]; date?: string | null } = {}) => ({
  title: '坚定信心 真抓实干',
  speakers: meta.speakers ?? [],
  date: meta.date ?? null,
  paragraphs,
});
const texts = (d: ReturnType<typeof doc>) => outlineOf(d).map((e) => e.text);

test('a Word speech: byline and salutation are left out, sections kept', () => {
  const d = doc(
    [
      h('坚定信心 真抓实干'),
      h('县委书记 王建国（2024年3月15日）'),
      h('同志们：'),
      p('今天我们召开全县工作会议。'),
      h('一、充分认识重要意义'),
      p('正文。'),
      h('（一）提高政治站位'),
      p('正文。'),
    ],
    { speakers: ['王建国'], date: '2024-03-15' },
  );
  expect(outlineOf(d)).toEqual([
    { paragraph: 4, text: '一、充分认识重要意义', level: 1 },
    { paragraph: 6, text: '（一）提高政治站位', level: 2 },
  ]);
});

test('a byline is recognised by its date even when the speaker is unknown', () => {
  expect(texts(doc([h('县委书记 王建国（2024年3月15日）'), h('一、总体要求')]))).toEqual(['一、总体要求']);
});

test('numbered sections that came in as paragraphs are found, labelled by their first clause', () => {
  const d = doc([p('一、坚持党的领导。我们要始终把党的领导贯穿全过程。'), p('二、' + '很长'.repeat(40))]);
  expect(texts(d)).toEqual(['一、坚持党的领导']);
});

test('fragments cut at quotation marks are not headings', () => {
  const d = doc([h('列宁指出：“'), h('”'), h('”列宁的结论是：“'), h('二、关于过程'), h('各位代表：')]);
  expect(texts(d)).toEqual(['二、关于过程']);
});
