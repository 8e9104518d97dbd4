// A CLI import of many files reads small text files on its own thread while it waits for the worker
// (assistMaxBytes): the same results, in the same order, and the same stored rows as an import
// that leaves every file to the worker; files that are not small text still go to the worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { createCore } from '../../../electron/core/app-core.js';
import { IN_PROCESS_MAX_BYTES } from '../../../electron/core/imports/import-worker.js';
import { JOBS } from '../../../electron/core/worker-jobs.js';
import { makePdf } from '../content/fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-assist-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const topics = ['基层治理', '乡村振兴', '生态保护', '科技创新', '文化建设', '民生保障', '作风建设', '安全生产'];
const actions = ['深入调研', '完善制度', '压实责任', '强化督查', '总结经验', '补齐短板', '创新方法', '凝聚合力'];
const places = ['东山村', '西河镇', '南湖街道', '北岭社区', '青石乡', '白沙县', '红旗厂', '金桥开发区'];
// Each article its own sentences (no two near-duplicates), all of one shape.
const article = (n: number) =>
  `${places[n % 8]}关于${topics[Math.floor(n / 8) % 8]}的第${n + 1}份报告\n\n` +
  Array.from({ length: 10 }, (_, i) => {
    const k = n * 10 + i;
    return `${places[k % 8]}在${topics[Math.floor(k / 8) % 8]}中${actions[Math.floor(k / 64) % 8]}，第${k}项任务按期完成。`;
  }).join('\n');
const files = [
  ...Array.from({ length: 40 }, (_, n) => ({ name: `${n}.txt`, data: Buffer.from(article(n)) })),
  { name: 'again.txt', data: Buffer.from(article(3)) }, // a duplicate of an earlier file
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: 'report.pdf', data: makePdf(['关于科技创新工作的专题报告，推动工作落实见效。']) },
].map((f) => ({ name: f.name, dataBase64: f.data.toString('base64') }));

async function importAll(dir: string, assistMaxBytes: number) {
  const bundlePath = path.join(tmp, 'content.sqlite');
  if (!fs.existsSync(bundlePath)) {
    const sources = path.join(tmp, 'sources');
    fs.mkdirSync(sources, { recursive: true });
    fs.writeFileSync(
      path.join(sources, 'a.txt'),
      '关于党史学习的讲话\n\n' + '学史明理，学史增信，学史崇德，学史力行。\n'.repeat(8),
    );
    await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath: path.join(tmp, 'none.json') });
  }
  const core = createCore({ dataDir: path.join(tmp, dir), bundlePath, importLimits: { assistMaxBytes } });
  const { results } = await core.handlers.importFiles({ files });
  const rows = core.ctx.userDb.prepare('SELECT id, title, type, date, paragraphs FROM documents ORDER BY id').all();
  const quotes = core.ctx.userDb.prepare('SELECT * FROM quotes ORDER BY id').all();
  core.close();
  return { results, rows, quotes };
}

describe('the CLI thread reads small text files while it waits for the worker', () => {
  test('same results and stored rows; some files read on this thread, the PDF by the worker', async () => {
    const read = vi.spyOn(JOBS, 'parseDocument');
    const alone = await importAll('worker-only', 0);
    expect(read).not.toHaveBeenCalled(); // every file went to the worker thread
    const assisted = await importAll('assisted', IN_PROCESS_MAX_BYTES);
    const here = read.mock.calls.map(([p]) => p.name);
    expect(here.length).toBeGreaterThan(0);
    expect(here).not.toContain('report.pdf');
    expect(assisted).toEqual(alone);
    expect(alone.results.slice(0, -1).map((r) => r.status)).toEqual([
      ...Array<string>(40).fill('imported'),
      'duplicate',
      'error',
    ]);
  }, 120_000);
});
