// Generation from the real bundled library (built from content/sources into a temp folder):
// at least 200 distinct, well-formed questions, all faithful to their passages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { SOURCES_DIR } from '../../../electron/core/content/paths.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import { makeCore, type TestCore } from './helpers.js';
import { expectWellFormed } from './well-formed.js';

let dir: string;
let t: TestCore;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-quiz-bundle-'));
  const bundle = path.join(dir, 'content.sqlite');
  await buildContentBundle({ sourcesDir: SOURCES_DIR, outPath: bundle });
  t = makeCore({ bundle });
}, 180_000);
afterAll(() => {
  t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the bundled library yields at least 200 distinct well-formed questions of every kind', async () => {
  const src = loadSource(t.core.ctx);
  const all = generateQuestions(src, 'all', 5000);
  expect(all.length).toBeGreaterThanOrEqual(200);
  expect(new Set(all.map((d) => d.kind + d.stem + d.fact + JSON.stringify(d.blanks))).size).toBe(all.length);
  for (const d of all) expectWellFormed(d, src);
  expect(new Set(all.map((d) => d.kind))).toEqual(new Set(['填空', '单选', '多选', '判断']));
  for (const from of ['quotes', 'terms', 'numbers'] as const)
    expect(generateQuestions(src, from, 5000).length, from).toBeGreaterThan(20);
  // Through the API: saved once, the second run finds only duplicates.
  const first = await t.call('quizGenerate', { count: 300 });
  expect(first.saved).toBe(300);
  const second = await t.call('quizGenerate', { count: 300 });
  expect(second).toMatchObject({ saved: 0, duplicates: 300 });
}, 120_000);
