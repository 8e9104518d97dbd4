// The CLI: `quiz generate --from … --count N --json` and `quiz import FILE --json`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixtureBundle, FIXTURES } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-quiz-cli-'));
const bundle = path.join(dir, 'bundle.sqlite');
buildFixtureBundle(bundle);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tsx = path.resolve('node_modules/.bin/tsx');
const cli = (...args: string[]) =>
  execFileSync(tsx, ['scripts/cli.ts', ...args, '--data', path.join(dir, 'data'), '--bundle', bundle], {
    encoding: 'utf8',
    stdio: 'pipe',
  });

test('quiz generate --from numbers --count 4 --json saves four number questions', () => {
  const out = JSON.parse(cli('quiz', 'generate', '--from', 'numbers', '--count', '4', '--json'));
  expect(out).toMatchObject({ generated: 4, saved: 4, duplicates: 0 });
  expect(out.sample.every((i: { factKind: string }) => i.factKind === 'number')).toBe(true);
});

test('quiz import FILE --json reports counts; a malformed file fails with a Chinese message', () => {
  const out = JSON.parse(cli('quiz', 'import', path.join(FIXTURES, 'xxqg-rows.json'), '--json'));
  expect(out).toMatchObject({ format: 'json-rows', imported: 2, invalid: [{ index: 3, reason: '缺少答案' }] });
  expect(() => cli('quiz', 'import', path.join(FIXTURES, 'malformed.json'))).toThrow(/不是有效的 JSON/);
});
