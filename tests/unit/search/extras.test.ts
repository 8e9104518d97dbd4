// 金句 search, in-document hits, history and saved searches, through the API handlers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { makeDoc, tempDir, writeBundle } from './fixtures.js';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';

const quote = (text: string, speaker: string, date: string) => ({
  paragraph: 0,
  start: 0,
  end: text.length,
  text,
  speaker,
  occasion: null,
  date,
  citation: `——${speaker}（${date}）`,
});
const docs = [
  makeDoc({
    id: 'q1',
    title: '讲话一',
    date: '2017-10-18',
    body: ['不忘初心，方得始终。绿水青山就是金山银山。', '第二段提到初心。'],
    quotes: [
      quote('不忘初心，方得始终', '习近平', '2017-10-18'),
      quote('绿水青山就是金山银山', '习近平', '2017-10-18'),
    ],
  }),
  makeDoc({
    id: 'q2',
    title: '報告二',
    date: '2005-08-15',
    body: ['綠水青山就是金山銀山。'],
    quotes: [quote('綠水青山就是金山銀山', '某人', '2005-08-15')],
  }),
];

let core: Core;
beforeAll(() => {
  const dir = tempDir();
  writeBundle(path.join(dir, 'content.sqlite'), docs);
  core = createCore({ dataDir: path.join(dir, 'data'), bundlePath: path.join(dir, 'content.sqlite') });
});
afterAll(() => core.close());

async function call<T>(method: string, arg: unknown): Promise<T> {
  const env = await dispatch(core.handlers, method, arg);
  if (!env.ok) throw new Error(env.error.message);
  return env.value as T;
}

describe('search API', () => {
  it('searches documents through dispatch', async () => {
    const r = await call<{ total: number; hits: { docId: string }[] }>('search', { query: '绿水青山' });
    expect(r.hits.map((h) => h.docId).sort()).toEqual(['q1', 'q2']);
  });

  it.each([
    ['绿水青山', 2],
    ['綠水青山 speaker:习近平', 1],
    ['初心', 1],
    ['金山 year:2000..2010', 1],
    ['初心 -方得', 0],
  ])('searchQuotes %s', async (query, total) => {
    const r = await call<{ total: number; items: { citation: string }[] }>('searchQuotes', { query });
    expect(r.total).toBe(total);
    for (const it of r.items) expect(it.citation).toMatch(/^——/);
  });

  it('findInDocument returns every hit in reading order, in original characters', async () => {
    const r = await call<{
      total: number;
      title: [number, number][];
      hits: { paragraph: number; start: number; end: number }[];
    }>('findInDocument', { id: 'q1', query: '初心' });
    expect(r.hits).toEqual([
      { paragraph: 0, start: 2, end: 4 },
      { paragraph: 1, start: 5, end: 7 },
    ]);
    const t = await call<{ total: number; title: [number, number][] }>('findInDocument', { id: 'q2', query: '报告' });
    expect(t.title).toEqual([[0, 2]]);
    const env = await dispatch(core.handlers, 'findInDocument', { id: 'nope', query: 'x' });
    expect(env.ok ? null : env.error.code).toBe('NOT_FOUND');
  });

  it('keeps search history (most recent first, no duplicates) and saved searches', async () => {
    await call('recordSearch', { query: '初心' });
    await call('recordSearch', { query: '金山' });
    await call('recordSearch', { query: '初心' });
    const h = await call<{ items: { query: string }[] }>('listSearchHistory', {});
    expect(h.items.map((i) => i.query)).toEqual(['初心', '金山']);
    expect(await call('clearSearchHistory', {})).toEqual({ deleted: 2 });
    const s = await call<{ id: number; name: string }>('saveSearch', { name: '两山论', query: '绿水青山 type:文章' });
    expect((await call<{ items: { query: string }[] }>('listSavedSearches', {})).items.map((i) => i.query)).toEqual([
      '绿水青山 type:文章',
    ]);
    expect(await call('deleteSavedSearch', { id: s.id })).toEqual({ deleted: true });
    expect((await call<{ items: unknown[] }>('listSavedSearches', {})).items).toEqual([]);
  });
});
