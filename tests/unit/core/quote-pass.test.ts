// 金句 worked out after the import (services/quote-pass.ts): the first call that reads them gets
// exactly the 金句 the pipeline gives the same file; a batch that fails before its commit leaves its
// documents pending with no 金句 at all; the app's pass in the import worker reports progress, can
// be cancelled, and the next start finishes what it left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { quotesOfPending } from '../../../electron/core/content/deferred-quotes.js';
import {
  cancelQuotePasses,
  readPending,
  settleQuotes,
  writeBatch,
} from '../../../electron/core/services/quote-pass.js';
import { seedBytes, seedName } from '../content/helpers.js';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function open(dataDir: string, backgroundQuotes = false): Core {
  const core = createCore({ dataDir, bundlePath: path.join(dataDir, 'no-bundle.sqlite'), backgroundQuotes });
  cores.push(core);
  return core;
}
function dataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-qp-'));
  dirs.push(d);
  return d;
}
const SEEDS = ['000', '001', '003'];
const files = SEEDS.map((p) => ({ name: seedName(p), dataBase64: seedBytes(p).toString('base64') }));
const pending = (core: Core) => core.ctx.userDb.prepare('SELECT count(*) FROM quotes_pending').pluck().get() as number;
const stored = (core: Core) => core.ctx.userDb.prepare('SELECT count(*) FROM quotes').pluck().get() as number;

async function importSeeds(core: Core): Promise<string[]> {
  const r = await core.handlers.importFiles({ files });
  return r.results.flatMap((x) => x.docIds);
}

test('the 金句 a reader gets after the import are the pipeline’s, in its order', async () => {
  const core = open(dataDir());
  const ids = await importSeeds(core);
  expect(ids.length).toBeGreaterThanOrEqual(SEEDS.length);
  expect([pending(core), stored(core)]).toEqual([ids.length, 0]);
  const pipeline = (
    await Promise.all(SEEDS.map((p) => importBytes(seedName(p), seedBytes(p), {}, { idPrefix: 'u' })))
  ).flatMap((r) => r.documents);
  expect(pipeline.reduce((n, d) => n + d.quotes.length, 0)).toBeGreaterThan(3);
  for (const doc of pipeline) {
    const listed = await core.handlers.listQuotes({ docId: doc.id, offset: 0, limit: 200 });
    const mine = (q: { paragraph: number; text: string; speaker: string | null; citation: string }) => [
      q.paragraph,
      q.text,
      q.speaker,
      q.citation,
    ];
    expect(listed.items.map(mine)).toEqual(doc.quotes.map(mine));
  }
  expect(pending(core)).toBe(0);
});

test('a batch that fails before its commit writes no 金句 and leaves its documents pending', async () => {
  const core = open(dataDir());
  const ids = await importSeeds(core);
  const db = core.ctx.userDb;
  const docs = readPending(db);
  expect(docs.map((d) => d.id)).toEqual(ids);
  const quotes = await quotesOfPending(docs);
  expect(() =>
    writeBatch(db, docs, quotes, () => {
      throw new Error('killed');
    }),
  ).toThrow('killed');
  expect([pending(core), stored(core)]).toEqual([ids.length, 0]);
  // The next reader finishes them; a deleted document leaves the list with its row.
  await core.handlers.deleteDocument({ id: ids[0]! });
  expect(pending(core)).toBe(ids.length - 1);
  await settleQuotes(core.ctx);
  expect(pending(core)).toBe(0);
  expect(stored(core)).toBeGreaterThan(0);
});

test('the app’s pass runs in the worker with progress, stops when cancelled, and the next start finishes it', async () => {
  const dir = dataDir();
  const first = open(dir, true);
  const ids = await importSeeds(first);
  // The import started the pass; it has read its first batch and is waiting for the worker.
  expect((await first.handlers.info({})).quotePass).toEqual({ done: 0, total: ids.length });
  expect(cancelQuotePasses()).toBe(1);
  await new Promise((r) => setTimeout(r, 200));
  await (async () => {
    for (let i = 0; i < 100 && (await first.handlers.info({})).quotePass; i++)
      await new Promise((r) => setTimeout(r, 50));
  })();
  expect([pending(first), stored(first)]).toEqual([ids.length, 0]);
  first.close();
  cores.splice(0);

  const next = open(dir, true);
  // The start-up pass is under way; a reader waits for it.
  expect((await next.handlers.info({})).quotePass).not.toBeNull();
  expect((await next.handlers.listQuotes({ offset: 0, limit: 200 })).total).toBeGreaterThan(0);
  expect(pending(next)).toBe(0);
  expect((await next.handlers.info({})).quotePass).toBeNull();
}, 60_000);
