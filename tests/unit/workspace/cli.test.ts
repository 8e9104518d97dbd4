// CLI: `annotations export --format md|docx --out FILE` writes the file; `tags list --json`
// prints tags with counts. Runs the real CLI against a temp data folder and test bundle.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cli as runCli } from '../support/run-cli.js';
import { openTestCore, type TestCore } from './fixtures.js';

let t: TestCore;
let dataDir: string;

beforeAll(async () => {
  t = openTestCore();
  dataDir = path.join(t.dir, 'data');
  await t.call('createAnnotation', {
    docId: 'b:doc1',
    paragraph: 1,
    start: 5,
    end: 11,
    color: 'yellow',
    note: 'CLI 批注',
    tags: ['理论/人民'],
  });
  t.core.close(); // the CLI opens the same database
});
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

const cli = async (...args: string[]) => (await runCli([...args, '--data', dataDir, '--bundle', t.bundlePath])).out;

test('annotations export writes Markdown and DOCX files', async () => {
  const md = path.join(t.dir, 'out.md');
  expect(await cli('annotations', 'export', '--format', 'md', '--out', md)).toContain('已导出到');
  const text = fs.readFileSync(md, 'utf8');
  expect(text).toContain('> 以人民为中心');
  expect(text).toContain('批注：CLI 批注');
  const docx = path.join(t.dir, 'out.docx');
  await cli('annotations', 'export', '--format', 'docx', '--out', docx);
  expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
});

test('tags list --json prints tags with counts', async () => {
  const out = JSON.parse(await cli('tags', 'list', '--json')) as {
    items: { name: string; counts: { annotations: number } }[];
  };
  expect(out.items).toEqual([
    expect.objectContaining({ name: '理论/人民', counts: { documents: 0, annotations: 1, quotes: 0 } }),
  ]);
});
