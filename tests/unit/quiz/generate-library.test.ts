// Generation from the real bundled library (built once per run from content/sources):
// at least 200 distinct, well-formed questions, all faithful to their passages.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { SAYING_SHARE, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { makeCore, type TestCore } from './helpers.js';
import { expectWellFormed } from './well-formed.js';
import { yieldToRunner } from '../support/yield-to-runner.js';

let t: TestCore;
beforeAll(() => {
  t = makeCore({ bundle: inject('bundlePath') });
});
afterAll(() => t?.close());

test('the bundled library yields at least 200 distinct well-formed questions of every kind', async () => {
  const src = loadSource(t.core.ctx);
  const all = generateQuestions(src, 'all', 5000);
  await yieldToRunner();
  expect(all.length).toBeGreaterThanOrEqual(200);
  expect(new Set(all.map((d) => d.kind + d.stem + d.fact + JSON.stringify(d.blanks))).size).toBe(all.length);
  for (const d of all) expectWellFormed(d, src);
  // No 多选 “下列哪些提法出现在《…》中” since questions-outside14.json.
  expect(new Set(all.map((d) => d.kind))).toEqual(new Set(['填空', '单选', '判断']));
  for (const from of ['quotes', 'terms', 'numbers'] as const) {
    expect(generateQuestions(src, from, 5000).length, from).toBeGreaterThan(20);
    await yieldToRunner();
  }
  // A well-known saying a report quotes (安不忘危，兴不忘忧) is older than the report: never asked
  // which document or year it comes from.
  const onSaying = all.filter(
    (d) => d.factKind === 'quote' && /出自哪|哪一年/.test(d.stem) && (sayingIn(d.fact)?.coverage ?? 0) >= SAYING_SHARE,
  );
  expect(onSaying.map((d) => d.fact)).toEqual([]);
  const classic = all.filter((d) => d.fact.startsWith('安不忘危，兴不忘忧'));
  expect(classic.length).toBeGreaterThan(0);
  expect(classic.filter((d) => /出自哪|哪一年/.test(d.stem))).toEqual([]);
  // Through the API: saved once, the second run finds only duplicates.
  const first = await t.call('quizGenerate', { count: 300 });
  expect(first.saved).toBe(300);
  const second = await t.call('quizGenerate', { count: 300 });
  expect(second).toMatchObject({ saved: 0, duplicates: 300 });
}, 300_000); // (The whole library, generated six times: two minutes and more on a loaded machine.)
