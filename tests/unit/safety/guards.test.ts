// The import guard and worker on their own: real documents pass the pre-checks untouched; bombs,
// lying zip headers, deep nesting and endless lines are refused by name of the limit; a job past
// its time or memory limit, or cancelled, ends only the worker thread and stores nothing.
import { zipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import { precheckBank, precheckDocument } from '../../../electron/core/content/guard/precheck.js';
import { htmlDepth } from '../../../electron/core/content/guard/html-guard.js';
import { cancelImports } from '../../../electron/core/imports/import-worker.js';
import { makeDocx, makePdf } from '../content/fixtures.js';
import { openSafeCore, type SafeCore } from './helpers.js';

const small = { ...DEFAULT_LIMITS, maxUnpackedBytes: 4 * 1024 * 1024, maxRatio: 50 };
const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024);

describe('pre-checks', () => {
  test('real documents pass', async () => {
    await expect(
      precheckDocument('a.docx', makeDocx(['第一段。', '第二段。']), DEFAULT_LIMITS),
    ).resolves.toBeUndefined();
    await expect(precheckDocument('a.pdf', makePdf(['page one', 'page two']), DEFAULT_LIMITS)).resolves.toBeUndefined();
    const article = `<html><body>${'<div><p>段落<b>加粗</b><br>换行'.repeat(30)}${'</div>'.repeat(30)}<ul>${'<li>项目'.repeat(500)}</ul>`;
    await expect(precheckDocument('a.html', Buffer.from(article), DEFAULT_LIMITS)).resolves.toBeUndefined();
    // Unclosed <p> and <li> close themselves, as in a browser: depth stays small.
    expect(htmlDepth(`<body>${'<p>text'.repeat(5000)}`)).toBeLessThan(5);
    await expect(
      precheckDocument('a.txt', Buffer.from('一行文字\n'.repeat(10_000)), DEFAULT_LIMITS),
    ).resolves.toBeUndefined();
  });

  test('a zip bomb (by ratio), a zip over the unpacked limit, and a lying central directory are refused', async () => {
    const bomb = zipSync({ 'word/document.xml': zeros(40) }, { level: 1 });
    await expect(precheckDocument('b.docx', bomb, DEFAULT_LIMITS)).rejects.toThrow(/压缩比异常.*上限 200 倍/);
    const big = zipSync({ 'word/document.xml': zeros(5) }, { level: 0 });
    await expect(precheckDocument('b.docx', big, small)).rejects.toThrow(/解压后超过 4 MB 的上限/);
    const lying = Buffer.from(zipSync({ 'word/document.xml': zeros(8) }, { level: 1 }));
    for (let p = lying.indexOf('PK\x01\x02'); p >= 0; p = lying.indexOf('PK\x01\x02', p + 4))
      lying.writeUInt32LE(10, p + 24);
    await expect(precheckDocument('b.docx', lying, small)).rejects.toThrow(/解压后超过 4 MB 的上限/);
    await expect(precheckBank('b.xlsx', bomb, DEFAULT_LIMITS)).rejects.toThrow(/Excel 文件的压缩比异常/);
  });

  test('a PDF question bank gets the checks of a PDF document', async () => {
    const pdf = makePdf(['page one', 'page two', 'page three']);
    await expect(precheckBank('b.pdf', pdf, DEFAULT_LIMITS)).resolves.toBeUndefined();
    await expect(precheckBank('b.pdf', pdf, { ...DEFAULT_LIMITS, maxPdfPages: 2 })).rejects.toThrow(
      /PDF 有 3 页，超过 2 页的上限/,
    );
  });

  test('lines, nesting and size are held to their limits', async () => {
    await expect(precheckDocument('a.txt', Buffer.from('字'.repeat(250_000)), DEFAULT_LIMITS)).rejects.toThrow(
      /第 1 行超过单行 200,000 字的上限/,
    );
    await expect(precheckDocument('a.html', Buffer.from('<div>'.repeat(1000)), DEFAULT_LIMITS)).rejects.toThrow(
      /嵌套超过 400 层/,
    );
    await expect(precheckDocument('a.txt', Buffer.alloc(101 * 1024 * 1024, 0x41), DEFAULT_LIMITS)).rejects.toThrow(
      /超过单个文件 100 MB 的上限/,
    );
  });
});

describe('the import worker', () => {
  let t: SafeCore;
  afterEach(() => t.close());
  const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

  test('a job past its time limit is stopped with IMPORT_LIMIT; the app answers and stores nothing', async () => {
    t = openSafeCore({ importLimits: { timeoutMs: 50 } });
    // Ordinary text, large enough that reading it takes longer than 50 ms.
    const text = Array.from({ length: 3000 }, (_, i) => `第${i}段：坚持以人民为中心的发展思想，推动高质量发展。`).join(
      '\n',
    );
    const r = await t.call('importFiles', { files: [{ name: 'long.txt', dataBase64: b64(text) }] });
    expect(r.results[0]).toMatchObject({ status: 'error' });
    expect(r.results[0]!.message).toContain('超过 50 毫秒的时间上限');
    expect((await t.call('info', {})).counts.userDocuments).toBe(0);
  });

  test('a job past its memory limit ends only the worker thread', async () => {
    t = openSafeCore({ importLimits: { memoryMb: 16, timeoutMs: 30_000 } });
    const text = Array.from({ length: 40_000 }, (_, i) => `第${i}段：全面推进乡村振兴，加快建设农业强国。`).join('\n');
    const r = await t.call('importFiles', { files: [{ name: 'big.txt', dataBase64: b64(text) }] });
    expect(r.results[0]!.status).toBe('error');
    expect(r.results[0]!.message).toMatch(/内存超过 16 MB 的上限|意外退出/);
    expect((await t.call('info', {})).counts.userDocuments).toBe(0);
  });

  test('in a call of several files, the one past its memory limit fails alone; the files posted after it are read by a new thread', async () => {
    t = openSafeCore({ importLimits: { memoryMb: 48, timeoutMs: 30_000 } });
    // Large enough that reading it is past the limit without its 金句 (worked out after the import).
    const big = Array.from({ length: 400_000 }, (_, i) => `第${i}段：全面推进乡村振兴，加快建设农业强国。`).join('\n');
    const topics = ['乡村振兴', '生态文明', '科技创新', '基层治理'];
    const small = (n: number) =>
      `关于${topics[n]}的讲话\n\n` +
      Array.from(
        { length: 6 },
        (_, i) => `${topics[n]}第${i + 1}条：${'坚持问题导向推动落实见效久久为功'.slice(i, i + 8 + n)}。`,
      ).join('\n');
    const files = [small(0), big, small(1), small(2), small(3)].map((text, i) => ({
      name: `f${i}.txt`,
      dataBase64: b64(text),
    }));
    const r = await t.call('importFiles', { files });
    expect(r.results.map((x) => x.name)).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt']);
    expect(
      r.results.map((x) => x.status),
      JSON.stringify(r.results.map((x) => x.message)),
    ).toEqual(['imported', 'error', 'imported', 'imported', 'imported']);
    expect(r.results[1]!.message).toMatch(/内存超过 48 MB 的上限|意外退出/);
    expect((await t.call('info', {})).counts.userDocuments).toBe(4);
  }, 90_000); // two import threads start (TypeScript transpiled in each): 17 s in CI, over 30 s on a busy machine

  test('cancel stops a running import; nothing is stored', async () => {
    t = openSafeCore({ importLimits: { timeoutMs: 30_000 } });
    const text = Array.from({ length: 6000 }, (_, i) => `第${i}段：坚持以人民为中心的发展思想。`).join('\n');
    const pending = t.call('importFiles', { files: [{ name: 'slow.txt', dataBase64: b64(text) }] });
    await new Promise((r) => setTimeout(r, 30));
    expect((await t.call('importCancel', {})).cancelled).toBeGreaterThanOrEqual(1);
    const r = await pending;
    expect(r.results[0]).toMatchObject({ status: 'error', message: '已取消导入，没有保存任何内容。' });
    expect((await t.call('info', {})).counts.userDocuments).toBe(0);
    expect(cancelImports()).toBe(0);
  });
});
