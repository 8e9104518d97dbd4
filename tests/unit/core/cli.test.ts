// The CLI runs the same API: `info --json` prints valid JSON about the chosen data folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tsx = path.resolve('node_modules/.bin/tsx');

const cli = (...args: string[]) => execFileSync(tsx, ['scripts/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, STUDY_SHELF_DATA: '' } });

test('info --json prints valid JSON with versions, data folder and counts', () => {
  const out = JSON.parse(cli('info', '--json', '--data', dir));
  expect(out.dataDir).toBe(dir);
  expect(out.node).toBe(process.versions.node);
  expect(out.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(out.counts).toMatchObject({ tags: 0, annotations: 0, quizItems: 0 });
  expect(fs.existsSync(path.join(dir, 'study-shelf.sqlite'))).toBe(true);
});

test('STUDY_SHELF_DATA chooses the data folder when --data is absent', () => {
  const other = path.join(dir, 'env');
  const out = JSON.parse(execFileSync(tsx, ['scripts/cli.ts', 'info', '--json'], { encoding: 'utf8', env: { ...process.env, STUDY_SHELF_DATA: other } }));
  expect(out.dataDir).toBe(other);
});

test('an unknown command prints usage and fails', () => {
  expect(() => execFileSync(tsx, ['scripts/cli.ts', 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' })).toThrow();
});
