// Projector slides and the handout outline built from a stored session: one screen per item and
// per quiz question, in agenda order; empty sections are left out of the handout.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildSlides } from '../../../renderer/src/pages/sessions/slides.js';
import { handoutOutline } from '../../../electron/shared/handout-outline.js';
import { makeCore, type SessionsTestCore, firstQuoteId } from './helpers.js';

let t: SessionsTestCore;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.close());

test('one slide per item and per quiz question, with 出处 on 金句', async () => {
  const s = await t.call('createSession', { title: '七一党课', kind: '党课', date: '2025-07-01', host: '李书记' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', quoteId: await firstQuoteId(t, 'b:jiceng') });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '研讨一' });
  const ids = [];
  for (const stem of ['甲', '乙', '丙'])
    ids.push((await t.call('quizSave', { kind: '判断', stem, options: ['正确', '错误'], correct: [1] })).id);
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quiz', quizItemIds: ids });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '研讨二' });
  const slides = buildSlides(await t.call('getSession', { id: s.id }));
  expect(slides.map((x) => x.kind)).toEqual(['title', 'text', 'question', 'quiz', 'quiz', 'quiz', 'question']);
  expect(slides[0]).toEqual({ kind: 'title', title: '七一党课', subtitle: '党课　2025-07-01　主持人：李书记' });
  expect(slides[1]).toMatchObject({
    label: '金句',
    body: ['基层党组织是党的全部工作和战斗力的基础'],
    citation: '——张三《在基层党组织建设工作会议上的讲话》',
    large: true,
  });
  expect(
    slides.filter((x) => x.kind === 'question').map((x) => (x.kind === 'question' ? `${x.number}${x.text}` : '')),
  ).toEqual(['1研讨一', '2研讨二']);
  expect(
    slides
      .filter((x) => x.kind === 'quiz')
      .map((x) => (x.kind === 'quiz' ? `${x.number}/${x.total}${x.item.stem}` : '')),
  ).toEqual(['1/3甲', '2/3乙', '3/3丙']);
});

test('quiz slides carry the handout numbers (单选 before 判断), whatever the agenda order', async () => {
  const s = await t.call('createSession', { title: '测验', kind: '党课' });
  const judge = await t.call('quizSave', { kind: '判断', stem: '判断甲', options: ['正确', '错误'], correct: [0] });
  const single = await t.call('quizSave', { kind: '单选', stem: '单选乙', options: ['A', 'B', 'C'], correct: [1] });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quiz', quizItemIds: [judge.id, single.id] });
  const session = await t.call('getSession', { id: s.id });
  const onScreen = buildSlides(session).flatMap((x) =>
    x.kind === 'quiz' ? [`${x.number}/${x.total}${x.item.stem}`] : [],
  );
  expect(onScreen).toEqual(['1/2单选乙', '2/2判断甲']);
  const printed = handoutOutline(session)
    .sections.find((x) => x.key === 'quiz')!
    .entries.map((e) => e.heading);
  expect(printed.filter((h) => /^\d/.test(h))).toEqual(['1. 单选乙（　　）', '2. 判断甲（　　）']);
});

test('the handout outline leaves out empty sections and has no answer key without a quiz', async () => {
  const s = await t.call('createSession', { title: '只有研讨题', kind: '自定义' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '怎么学？' });
  const o = handoutOutline(await t.call('getSession', { id: s.id }));
  expect(o.sections.map((x) => x.heading)).toEqual(['一、研讨题']);
  expect(o.answerKey).toBeNull();
  expect(o.meta).toEqual([]);
});

test('金句 found word for word in the library carry a check mark on slides and in the handout', async () => {
  const s = await t.call('createSession', { title: '核对', kind: '党课' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', quoteId: await firstQuoteId(t, 'b:jiceng') });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', text: '基層黨組織是黨的全部工作和戰鬥力的基礎' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', text: '基层党组织是党的全部工作和战斗力的根本' });
  const session = await t.call('getSession', { id: s.id });
  expect(session.items.map((i) => i.verified)).toEqual([true, true, false]);
  const slides = buildSlides(session).filter((x) => x.kind === 'text');
  expect(slides.map((x) => x.kind === 'text' && x.verified)).toEqual([true, true, false]);
  const quotes = handoutOutline(session).sections.find((x) => x.key === 'quotes')!;
  expect(quotes.entries.map((e) => e.source.includes('✓ 已核对原文'))).toEqual([true, true, false]);
});

test('an item from a historical document (历史文献) says so on its slide and in the handout', async () => {
  await t.call('updateDocument', { id: 'b:jiceng', status: '历史文献' });
  const s = await t.call('createSession', { title: '党史', kind: '党课' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'document', docId: 'b:jiceng' });
  await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '研讨' });
  const session = await t.call('getSession', { id: s.id });
  expect(session.items.map((i) => i.historical ?? false)).toEqual([true, false]);
  const slide = buildSlides(session).find((x) => x.kind === 'text');
  expect(slide?.kind === 'text' && slide.citation).toMatch(/（历史文献）$/);
  const material = handoutOutline(session).sections.find((x) => x.key === 'material')!;
  expect(material.entries[0]!.source).toMatch(/^出处：.*（历史文献）$/);
});
