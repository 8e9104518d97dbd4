// After an import, the import itself searches the refreshed library once, so that the user's first
// search after it prepares no statement (the user's postings and documents were never read before
// the first import) and finds the imported document like any later search.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { openTestCore } from '../workspace/fixtures.js';
import { createCore } from '../../../electron/core/app-core.js';
import { warmQuery } from '../../../electron/core/search/warm-search.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';
import { searchSources } from '../../../electron/core/search/sources.js';

afterEach(() => vi.restoreAllMocks());

const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });
const NOTE = [
  '乡村振兴学习心得',
  '',
  '全面推进乡村振兴，加快建设农业强国。乡村振兴是一篇大文章，要统筹部署、协同推进，抓住重点、补齐短板。',
  '要坚持农业农村优先发展，坚持城乡融合发展，畅通城乡要素流动，扎实推进乡村发展、乡村建设、乡村治理等重点工作。',
  '',
].join('\n');

test('the first search after an import prepares no statement and finds the imported document', async () => {
  const t = openTestCore();
  await t.call('search', { query: '乡村振兴' }); // an app that has searched before its user imports
  const r = await t.call('importFiles', { files: [file('心得.txt', NOTE)] });
  expect(r.results[0]!.status).toBe('imported');
  const id = r.results[0]!.docIds[0]!;
  const prepare = vi.spyOn(Database.prototype, 'prepare');
  const first = await t.call('search', { query: '乡村振兴' });
  expect(prepare).not.toHaveBeenCalled();
  const hit = first.hits.find((h) => h.docId === id)!;
  expect(hit.snippets[0]!.text).toContain('乡村振兴');
  prepare.mockRestore();
  // The same answer as the first search of a new session, which warmed nothing.
  t.core.close();
  t.core = createCore({ dataDir: path.join(t.dir, 'data'), bundlePath: t.bundlePath });
  const fresh = await t.call('search', { query: '乡村振兴' });
  expect(first.hits.map((h) => [h.docId, h.hitCount, h.snippets])).toEqual(
    fresh.hits.map((h) => [h.docId, h.hitCount, h.snippets]),
  );
  t.close();
});

test('the warm-up query is a run of Chinese characters from the newest imported title', async () => {
  const t = openTestCore();
  await t.call('search', { query: '乡村振兴' });
  await t.call('importFiles', { files: [file('a.txt', NOTE)] });
  const lib = searchLibrary(searchSources(t.core.ctx));
  expect(warmQuery(lib)).toEqual({ g: lib.n - 1, query: '乡村振兴学习心得' });
  t.close();
});

test('an import with no search before it warms nothing', async () => {
  const t = openTestCore();
  const run = vi.spyOn(await import('../../../electron/core/search/engine.js'), 'runSearch');
  await t.call('importFiles', { files: [file('a.txt', NOTE)] });
  expect(run).not.toHaveBeenCalled();
  t.close();
});
