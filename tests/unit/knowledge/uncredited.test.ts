// Political study material never credits a 金句 to, nor asks about, people whose words are not
// presented under their name (uncredited.ts); their current documents still teach, uncredited.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';

const NAMES = ['林彪', '陈伯达', '康生', '江青', '张春桥', '姚文元', '王洪文', '赵紫阳'];

let t: TestCore;
beforeAll(() => {
  t = makeCore({ bundle: inject('bundlePath') });
});
afterAll(() => t?.close());

test('no 金句 is credited to them, while their current reports still give uncredited 金句', async () => {
  const quotes = (await t.call('listQuotes', { limit: 500 })).items;
  const all = [...quotes];
  for (let offset = 500; all.length === offset; offset += 500)
    all.push(...(await t.call('listQuotes', { offset, limit: 500 })).items);
  expect(all.filter((q) => q.speaker && NAMES.includes(q.speaker))).toEqual([]);
  const docs = (await t.call('listDocuments', { speaker: '赵紫阳', limit: 50 })).items;
  expect(docs.length).toBeGreaterThanOrEqual(7);
  const fromThem = all.filter((q) => docs.some((d) => d.id === q.docId));
  expect(fromThem.length).toBeGreaterThan(0);
  expect(fromThem.every((q) => q.speaker === null)).toBe(true);
});

test('no generated question names them in its stem or options', () => {
  const questions = generateQuestions(loadSource(t.core.ctx), 'all', 5000);
  expect(questions.length).toBeGreaterThan(200);
  const naming = questions.filter((q) => NAMES.some((n) => q.stem.includes(n) || q.options.includes(n)));
  expect(naming.map((q) => q.stem)).toEqual([]);
}, 120_000); // generates from the whole bundled library, like generate-library.test.ts
