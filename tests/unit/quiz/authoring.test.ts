// Authoring: group leaders write and edit questions; invalid ones are refused with reasons.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeCore, type TestCore } from './helpers.js';

let t: TestCore;
beforeEach(() => (t = makeCore()));
afterEach(() => t.close());

test('write, edit, tag and delete a 单选 question', async () => {
  const q = await t.call('quizSave', {
    kind: '单选',
    stem: '“两个确立”是在哪次会议上提出的？',
    options: ['十九届六中全会', '十九届五中全会', '二十大'],
    correct: [0],
    explanation: '2021年11月',
    tags: ['党史', '两个确立'],
  });
  expect(q).toMatchObject({ origin: 'user', factKind: 'authored', correct: [0], tags: ['党史', '两个确立'] });
  const edited = await t.call('quizSave', {
    id: q.id,
    kind: '多选',
    stem: q.stem,
    options: [...q.options, '十九届四中全会'],
    correct: [0, 3],
    tags: ['党史'],
  });
  expect(edited).toMatchObject({ id: q.id, kind: '多选', correct: [0, 3], tags: ['党史'] });
  expect((await t.call('quizTopic', { tag: '党史' })).items.map((i) => i.id)).toEqual([q.id]);
  expect(await t.call('quizDelete', { id: q.id })).toEqual({ deleted: true });
  await expect(t.call('quizGet', { id: q.id })).rejects.toThrow('找不到这道题');
});

test('a 填空 question stores its blanks as explicit spans of the text', async () => {
  const q = await t.call('quizSave', {
    kind: '填空',
    stem: '江山就是人民，人民就是江山',
    blanks: [{ start: 0, end: 2 }],
    tags: [],
  });
  expect(q.fact).toBe('江山就是人民，人民就是江山');
  expect(q.blanks).toEqual([{ start: 0, end: 2, text: '江山' }]);
  expect((await t.call('quizAnswer', { itemId: q.id, mode: 'topic', blanks: ['江山'] })).correct).toBe(true);
});

test.each([
  [{ kind: '单选' as const, stem: '题', options: ['甲', '甲'], correct: [0] }, '选项重复'],
  [{ kind: '单选' as const, stem: '题', options: ['甲', '乙'], correct: [0, 1] }, '只能有一个正确答案'],
  [{ kind: '单选' as const, stem: '题', options: ['甲', '乙'], correct: [5] }, '答案不在选项范围内'],
  [{ kind: '填空' as const, stem: '人民的江山', blanks: [{ start: 2, end: 3 }] }, '虚词'],
  [{ kind: '填空' as const, stem: '人民就是江山', blanks: [{ start: 0, end: 6 }] }, '整句'],
  [{ kind: '填空' as const, stem: '人民，江山', blanks: [{ start: 2, end: 3 }] }, '标点'],
])('refuses %j', async (arg, reason) => {
  await expect(t.call('quizSave', arg)).rejects.toMatchObject({
    details: expect.arrayContaining([expect.stringContaining(reason)]),
  });
  expect((await t.call('quizList', {})).total).toBe(0);
});

test('a highlighted passage becomes a 填空: suggested blanks, user-picked blanks, and checked against the source', async () => {
  const text = '江山就是人民，人民就是江山，打江山、守江山，守的是人民的心。';
  const { blanks } = await t.call('quizSuggestBlanks', { text });
  expect(blanks.length).toBeGreaterThan(0);
  for (const b of blanks) expect(text.slice(b.start, b.end)).toBe(b.text);
  const fact = '打江山、守江山，守的是人民的心';
  const start = text.indexOf(fact);
  const q = await t.call('quizSave', {
    kind: '填空',
    stem: '补全划线内容：',
    fact,
    blanks: [{ start: 11, end: 13 }],
    docId: 'b:speech2021',
    paragraph: 0,
    start,
    end: start + fact.length,
  });
  expect(q).toMatchObject({
    factKind: 'highlight',
    docId: 'b:speech2021',
    blanks: [{ start: 11, end: 13, text: '人民' }],
  });
  await expect(
    t.call('quizSave', {
      kind: '填空',
      stem: '补全：',
      fact: '不在原文里的句子',
      blanks: [{ start: 0, end: 2 }],
      docId: 'b:speech2021',
      paragraph: 0,
      start: 0,
      end: 8,
    }),
  ).rejects.toThrow('原文与文档中的位置不符');
});

test('highlights saved in the reader are turned into questions by generation', async () => {
  const quote = '以史为鉴、开创未来，必须坚持中国共产党坚强领导';
  t.core.ctx.userDb
    .prepare(
      `INSERT INTO annotations (doc_id, paragraph, start, end, quote, color) VALUES ('b:speech2021', 1, 0, ?, ?, 'yellow')`,
    )
    .run(quote.length, quote);
  await t.call('quizGenerate', { count: 1000 });
  const items = (await t.call('quizTopic', { tag: '划线', limit: 10 })).items;
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ factKind: 'highlight', fact: quote, start: 0, paragraph: 1 });
  // The stem names the document; the 提法 of the passage is what is asked.
  expect(items[0]!.stem).toMatch(/^补全划线内容（《.+》.*）：$/);
  for (const b of items[0]!.blanks) expect(quote.slice(b.start, b.end)).toBe(b.text);
});
