// A process without a UI (the CLI) runs its import worker in the foreground, and that thread tags texts
// from slices of jieba's dictionary (text/jieba-slice.ts) instead of building the whole dictionary: the
// file must read exactly as the app's worker (whole dictionary) reads it, line joins decided by jieba
// included. Its own file: runImportsInForeground holds for every import worker started after it.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import { parseDocumentInWorker, runImportsInForeground } from '../../../electron/core/imports/import-worker.js';

// Lines cut inside words (党建经 | 验做法): whether to join them is asked of jieba.
const article = Buffer.from(
  '关于加强基层党建工作的讲话\n\n' +
    '各地要认真总结推广基层党建工作中形成的好经验，把行之有效的党建经\n' +
    '验做法固化为制度，推动基层党组织建设全面进步、全面过硬。\n' +
    '同志们，我们要以更加坚定的信心和更加扎实的作风，推进乡村振\n' +
    '兴战略，推动各项工作落实见效。\n',
);

describe("the CLI's import worker", () => {
  test('reads a file as the app’s worker does, from slices of the dictionary', async () => {
    const app = await parseDocumentInWorker('a.txt', article, DEFAULT_LIMITS);
    runImportsInForeground();
    // Other limits: another worker, started in the foreground.
    const cli = await parseDocumentInWorker('a.txt', article, {
      ...DEFAULT_LIMITS,
      timeoutMs: 1 + DEFAULT_LIMITS.timeoutMs,
    });
    expect(cli).toEqual(app);
    expect(cli.documents[0]!.paragraphs.map((p) => p.text).join('\n')).toContain('党建经验做法');
  });
});
