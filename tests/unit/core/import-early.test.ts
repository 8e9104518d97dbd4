// The CLI hands its first files to the import worker before its core is open (parseEarly); the
// import call then takes each parse under way instead of posting the file again, but only for
// the same name, bytes and limits, and only once. The result is the worker's own.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import {
  cancelImports,
  IN_PROCESS_MAX_BYTES,
  parseDocumentInWorker,
  parseEarly,
} from '../../../electron/core/imports/import-worker.js';
import { WorkerHost } from '../../../electron/core/worker/worker-host.js';

const article = (n: number) =>
  Buffer.from(
    `关于推进第${n}项工作的讲话\n\n` +
      Array.from({ length: 6 }, (_, i) => `第${i + 1}条，坚持问题导向，推动各项工作落实见效。`).join('\n'),
  );

afterEach(() => vi.restoreAllMocks());

describe('files parsed before the import call', () => {
  test('the call takes the parse under way: same result, no second job', async () => {
    const run = vi.spyOn(WorkerHost.prototype, 'run');
    parseEarly(
      [
        { name: 'a.txt', bytes: article(1) },
        { name: 'b.txt', bytes: article(2) },
      ],
      DEFAULT_LIMITS,
    );
    expect(run).toHaveBeenCalledTimes(2);
    // The call reads the files again: equal bytes in other buffers.
    const a = await parseDocumentInWorker('a.txt', Buffer.from(article(1)), { ...DEFAULT_LIMITS });
    const b = await parseDocumentInWorker('b.txt', article(2), DEFAULT_LIMITS);
    expect(run).toHaveBeenCalledTimes(2);
    run.mockRestore();
    expect(a).toEqual(await parseDocumentInWorker('a.txt', article(1), DEFAULT_LIMITS));
    expect(b.documents[0]!.title).toContain('第2项');
  });

  test('other bytes, another name or other limits are parsed anew, and a parse is taken once', async () => {
    parseEarly([{ name: 'a.txt', bytes: article(1) }], DEFAULT_LIMITS);
    const run = vi.spyOn(WorkerHost.prototype, 'run');
    const other = await parseDocumentInWorker('a.txt', article(3), DEFAULT_LIMITS);
    expect(other.documents[0]!.title).toContain('第3项');
    await parseDocumentInWorker('c.txt', article(1), DEFAULT_LIMITS);
    await parseDocumentInWorker('a.txt', article(1), { ...DEFAULT_LIMITS, maxLineChars: 1000 });
    expect(run).toHaveBeenCalledTimes(3);
    await parseDocumentInWorker('a.txt', article(1), DEFAULT_LIMITS); // the early parse
    expect(run).toHaveBeenCalledTimes(3);
    await parseDocumentInWorker('a.txt', article(1), DEFAULT_LIMITS); // taken already
    expect(run).toHaveBeenCalledTimes(4);
  });

  test('files this thread would read itself are left to it; cancelling forgets the rest', async () => {
    const run = vi.spyOn(WorkerHost.prototype, 'run');
    parseEarly([{ name: 'a.txt', bytes: article(1) }], { ...DEFAULT_LIMITS, inProcessMaxBytes: IN_PROCESS_MAX_BYTES });
    expect(run).not.toHaveBeenCalled();
    parseEarly([{ name: 'a.txt', bytes: article(1) }], DEFAULT_LIMITS);
    expect(run).toHaveBeenCalledTimes(1);
    cancelImports();
    await parseDocumentInWorker('a.txt', article(1), DEFAULT_LIMITS);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
