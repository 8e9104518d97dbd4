// A process without a UI (the CLI) reads small text files on its own thread (the inProcessMaxBytes
// limit): the same guard and pipeline as the worker, so the same result and the same refusals;
// PDF, Word and larger files still go to the worker, and so does a file named .txt holding a PDF.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import {
  IN_PROCESS_MAX_BYTES,
  importWorker,
  parseDocumentInWorker,
  readsInProcess,
} from '../../../electron/core/imports/import-worker.js';
import { makePdf } from '../content/fixtures.js';

const cli = { ...DEFAULT_LIMITS, inProcessMaxBytes: IN_PROCESS_MAX_BYTES };
const article = Buffer.from(
  '关于推进乡村振兴的讲话\n\n' +
    Array.from({ length: 8 }, (_, i) => `第${i + 1}条，坚持问题导向，推动乡村振兴工作落实见效。`).join('\n') +
    '\n空谈误国，实干兴邦。\n',
);

describe('small text files read in process', () => {
  test('by default (the app, the web server) every file goes to the worker', async () => {
    expect(readsInProcess('a.txt', 100, DEFAULT_LIMITS)).toBe(false);
    const parsing = parseDocumentInWorker('a.txt', article, DEFAULT_LIMITS);
    expect(importWorker(DEFAULT_LIMITS).busy).toBe(true);
    expect((await parsing).documents.length).toBe(1);
  });

  test('the same result as the worker, without handing the file to the worker', async () => {
    const inWorker = await parseDocumentInWorker('a.txt', article, DEFAULT_LIMITS);
    const parsing = parseDocumentInWorker('a.txt', article, cli);
    expect(importWorker(cli).busy).toBe(false); // a job handed to the worker shows at once
    const inProcess = await parsing;
    expect(inProcess.documents.length).toBe(1);
    expect(inProcess).toEqual(inWorker);
  });

  test('by name and size: text up to the limit in process, PDF, Word and larger files not', () => {
    expect(readsInProcess('a.txt', IN_PROCESS_MAX_BYTES, cli)).toBe(true);
    expect(readsInProcess('a.md', 10, cli)).toBe(true);
    expect(readsInProcess('a.txt', IN_PROCESS_MAX_BYTES + 1, cli)).toBe(false);
    expect(readsInProcess('a.pdf', 10, cli)).toBe(false);
    expect(readsInProcess('a.DOCX', 10, cli)).toBe(false);
  });

  test('the guard still refuses in process, and a PDF named .txt is read by the worker', async () => {
    const short = { ...cli, maxLineChars: 50 };
    await expect(parseDocumentInWorker('long.txt', Buffer.from('长'.repeat(60)), short)).rejects.toThrow(/行/);
    const pdf = parseDocumentInWorker('disguised.txt', makePdf(['page one text here']), cli);
    expect(importWorker(cli).busy).toBe(true);
    await pdf.catch(() => undefined);
  });
});
