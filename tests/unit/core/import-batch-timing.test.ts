// When an import call stores its files (services/store-batch.ts, inBatches): a file parsed while
// the next is not ready yet waits for it, up to BATCH_MS after the batch's first file, instead of
// being stored at once in a transaction of its own (a 1000-file import made 399 transactions that
// way). No file waits longer than that for a slow next one. The files here are parsed by timers.
import { expect, test } from 'vitest';
import { BATCH_FILES, BATCH_MS, inBatches, type ParsedInTurn } from '../../../electron/core/services/store-batch.js';

/** Files whose parse settles `delays[i]` ms after the start (the last one may fail). */
function parsedAfter(delays: number[], failing = -1) {
  const arrived = new Map<number, number>();
  const settled = new Set<number>();
  const parsed = delays.map(
    (ms, i) =>
      new Promise<{ name: string }>((resolve, reject) =>
        setTimeout(() => {
          arrived.set(i, performance.now());
          settled.add(i);
          if (i === failing) reject(new Error('damaged'));
          else resolve({ name: `${i}` });
        }, ms),
      ),
  );
  parsed.forEach((p) => p.catch(() => undefined));
  const ahead: ParsedInTurn<{ name: string }> = {
    take: (i) => parsed[i]!,
    bytesOf: () => 100,
    ready: (i) => settled.has(i),
    settlesWithin: (i, ms) =>
      Promise.race([
        parsed[i]!.then(
          () => true,
          () => true,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), Math.max(0, ms))),
      ]),
  };
  return { ahead, arrived };
}

async function batchesOf(delays: number[], failing = -1) {
  const { ahead, arrived } = parsedAfter(delays, failing);
  const batches: { at: number; names: string[] }[] = [];
  const files = delays.map((_, i) => ({ name: `${i}` }));
  await inBatches(files, ahead, (batch) => batches.push({ at: performance.now(), names: batch.map((b) => b.name) }));
  return { batches, arrived };
}

test('files that come one at a time are stored together, a batch waiting up to BATCH_MS for the next', async () => {
  const { batches, arrived } = await batchesOf(Array.from({ length: 12 }, (_, i) => 20 * (i + 1)));
  expect(batches.flatMap((b) => b.names)).toEqual(Array.from({ length: 12 }, (_, i) => `${i}`));
  expect(batches.length).toBeLessThan(12);
  // Every batch but the last (and a full one) was stored no sooner than BATCH_MS after its first
  // file came: it waited for the next files instead of being stored alone.
  for (const b of batches.slice(0, -1))
    if (b.names.length < BATCH_FILES)
      expect(b.at - arrived.get(Number(b.names[0]))!).toBeGreaterThanOrEqual(BATCH_MS - 5);
});

test('a file is not kept waiting for a slow next one', async () => {
  const { batches, arrived } = await batchesOf([10, 1500]);
  expect(batches.map((b) => b.names)).toEqual([['0'], ['1']]);
  expect(batches[0]!.at).toBeLessThan(arrived.get(1)! - 500);
});

test('a file that fails to parse is stored in turn as the error it is', async () => {
  const { batches } = await batchesOf([10, 20, 30], 1);
  expect(batches.flatMap((b) => b.names)).toEqual(['0', '1', '2']);
});
