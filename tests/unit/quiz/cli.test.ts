// The CLI: `quiz generate --from … --count N --json` and `quiz import FILE --json`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cli as runCli } from '../support/run-cli.js';
import { buildFixtureBundle, FIXTURES } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-quiz-cli-'));
const bundle = path.join(dir, 'bundle.sqlite');
buildFixtureBundle(bundle);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli([...args, '--data', path.join(dir, 'data'), '--bundle', bundle]);

test('quiz generate --from numbers --count 4 --json saves four number questions', async () => {
  const out = JSON.parse((await cli('quiz', 'generate', '--from', 'numbers', '--count', '4', '--json')).out);
  expect(out).toMatchObject({ generated: 4, saved: 4, duplicates: 0 });
  expect(out.sample.every((i: { factKind: string }) => i.factKind === 'number')).toBe(true);
});

test('quiz import FILE --json reports counts; a malformed file fails with a Chinese message', async () => {
  const out = JSON.parse((await cli('quiz', 'import', path.join(FIXTURES, 'xxqg-rows.json'), '--json')).out);
  expect(out).toMatchObject({ format: 'json-rows', imported: 2, invalid: [{ index: 3, reason: '缺少答案' }] });
  const bad = await cli('quiz', 'import', path.join(FIXTURES, 'malformed.json'));
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/不是有效的 JSON/);
});
