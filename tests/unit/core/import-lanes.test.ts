// The CLI (no UI) reads documents on two threads taken in turn where the machine has two cores:
// its main thread only stores and indexes, and one thread left it waiting. Each file still goes
// through the same guard and pipeline, so the results are those of one thread, in the files' order.
import os from 'node:os';
import { describe, expect, onTestFinished, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import {
  cancelImports,
  importWorker,
  parseDocumentInWorker,
  runImportsInForeground,
} from '../../../electron/core/imports/import-worker.js';

const article = (n: number) =>
  Buffer.from(
    `第${n}篇：关于推进乡村振兴的讲话\n\n` +
      Array.from({ length: 8 }, (_, i) => `第${i + 1}条，坚持问题导向，推动第${n}片区乡村振兴工作落实见效。`).join(
        '\n',
      ),
  );

describe('import lanes', () => {
  test('the app reads every document on one thread', async () => {
    const jobs = [1, 2].map((n) => parseDocumentInWorker(`${n}.txt`, article(n), DEFAULT_LIMITS));
    expect(importWorker(DEFAULT_LIMITS, 0).busy).toBe(true);
    expect(importWorker(DEFAULT_LIMITS, 1).busy).toBe(false);
    await Promise.all(jobs);
  });

  test('the CLI reads every other document on a second thread, with the same results', async () => {
    const one = await Promise.all(
      [1, 2, 3, 4].map((n) => parseDocumentInWorker(`${n}.txt`, article(n), DEFAULT_LIMITS)),
    );
    runImportsInForeground();
    onTestFinished(() => runImportsInForeground(false)); // test files share this module's state
    const jobs = [1, 2, 3, 4].map((n) => parseDocumentInWorker(`${n}.txt`, article(n), DEFAULT_LIMITS));
    const twoCores = os.availableParallelism() >= 2;
    expect(importWorker(DEFAULT_LIMITS, 1)).not.toBe(importWorker(DEFAULT_LIMITS, 0));
    expect(importWorker(DEFAULT_LIMITS, 0).busy).toBe(true);
    expect(importWorker(DEFAULT_LIMITS, 1).busy).toBe(twoCores);
    const two = await Promise.all(jobs);
    expect(two.map((r) => r.documents[0]!.title)).toEqual([1, 2, 3, 4].map((n) => `第${n}篇：关于推进乡村振兴的讲话`));
    expect(two).toEqual(one);
    cancelImports();
  });
});
