// When an import call stores its files (services/library-import.ts): a file parsed while the next
// is not ready yet waits for it, up to BATCH_MS after the batch's first file, instead of being
// stored at once in a transaction of its own (a 1000-file import made 399 transactions that way).
// No file waits longer than that for a slow next one. The worker is replaced by timers that hand
// over results parsed beforehand, so only this thread's policy is timed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { createCore } from '../../../electron/core/app-core.js';
import { importBytes, type PipelineResult } from '../../../electron/core/content/pipeline.js';
import { BATCH_FILES, BATCH_MS } from '../../../electron/core/services/store-batch.js';
import type * as StoreBatch from '../../../electron/core/services/store-batch.js';

/** When each file's parse is handed over (ms after the import starts), and when each was. */
const readyAt = new Map<string, number>();
const arrived = new Map<string, number>();
const parsed = new Map<string, PipelineResult>();
/** Every stored batch: when, and the names of its files. */
const batches: { at: number; names: string[] }[] = [];

vi.mock('../../../electron/core/imports/import-worker.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  parseDocumentInWorker: (name: string) =>
    new Promise((resolve) =>
      setTimeout(() => {
        arrived.set(name, performance.now());
        resolve(parsed.get(name));
      }, readyAt.get(name)),
    ),
}));
vi.mock('../../../electron/core/services/store-batch.js', async (importOriginal) => {
  const real = await importOriginal<typeof StoreBatch>();
  return {
    ...real,
    storeInOneTransaction: (...args: Parameters<typeof real.storeInOneTransaction>) => {
      batches.push({ at: performance.now(), names: (args[1] as { name: string }[]).map((x) => x.name) });
      return real.storeInOneTransaction(...args);
    },
  };
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-batch-timing-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const bundlePath = path.join(tmp, 'content.sqlite');
const text = (n: number) =>
  `学习心得第${n}篇\n\n` +
  Array.from({ length: 6 }, (_, i) => `第${i}条，第${n}篇学习心得的正文，坚持系统观念，推动各项任务落地见效。`).join(
    '\n',
  );

beforeAll(async () => {
  const sources = path.join(tmp, 'sources');
  fs.mkdirSync(sources);
  fs.writeFileSync(path.join(sources, 'a.txt'), text(0));
  await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath: path.join(tmp, 'none.json') });
  for (let n = 1; n <= 12; n++)
    parsed.set(`${n}.txt`, await importBytes(`${n}.txt`, Buffer.from(text(n)), {}, { idPrefix: 'u' }));
}, 60_000);

async function importWithDelays(delays: number[]) {
  readyAt.clear();
  arrived.clear();
  batches.length = 0;
  const names = delays.map((_, i) => `${i + 1}.txt`);
  names.forEach((n, i) => readyAt.set(n, delays[i]!));
  const core = createCore({ dataDir: fs.mkdtempSync(path.join(tmp, 'data-')), bundlePath });
  try {
    const files = names.map((name) => ({ name, dataBase64: Buffer.from('占位').toString('base64') }));
    const r = await core.handlers.importFiles({ files });
    expect(r.results.map((x) => x.status)).toEqual(names.map(() => 'imported'));
  } finally {
    core.close();
  }
}

describe('storing the files of an import call', () => {
  test('files that come one at a time are stored together, a batch waiting up to BATCH_MS for the next', async () => {
    await importWithDelays(Array.from({ length: 12 }, (_, i) => 20 * (i + 1)));
    expect(batches.flatMap((b) => b.names)).toHaveLength(12);
    expect(batches.length).toBeLessThan(12);
    // Every batch but the last (and a full one) was stored no sooner than BATCH_MS after its first
    // file came: it waited for the next files instead of committing alone.
    for (const b of batches.slice(0, -1))
      if (b.names.length < BATCH_FILES) expect(b.at - arrived.get(b.names[0]!)!).toBeGreaterThanOrEqual(BATCH_MS - 5);
  });

  test('a file is not kept waiting for a slow next one', async () => {
    await importWithDelays([10, 1500]);
    const first = batches.find((b) => b.names.includes('1.txt'))!;
    expect(first.names).toEqual(['1.txt']);
    expect(first.at).toBeLessThan(arrived.get('2.txt')! - 500);
  });
});
