// The CLI runs the same API: `info --json` prints valid JSON about the chosen data folder.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { cli as runCli, cliJson } from '../support/run-cli.js';
import { importBatches } from '../../../scripts/cli/commands/library.js';
import { usage } from '../../../scripts/cli/run.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// `npm run cli`: the compiled CLI (dist/node, rebuilt when the sources changed) under plain Node.
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/run.mjs', 'cli', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STUDY_SHELF_DATA: '' },
  });

// The one spawned smoke test: the real entry script starts and answers.
test('info --json prints valid JSON with versions, data folder and counts', () => {
  const out = JSON.parse(cli('info', '--json', '--data', dir));
  expect(out.dataDir).toBe(dir);
  expect(out.node).toBe(process.versions.node);
  expect(out.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(out.counts).toMatchObject({ tags: 0, annotations: 0, quizItems: 0 });
  expect(fs.existsSync(path.join(dir, 'study-shelf.sqlite'))).toBe(true);
  // The entry leaves by process.exit() once its output is written: the command's code and every line.
  const bad = spawnSync(process.execPath, ['scripts/run.mjs', 'cli', 'frobnicate'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stdout.trimEnd().split('\n').at(-1)).toBe(usage().split('\n').at(-1));
});

test('STUDY_SHELF_DATA chooses the data folder when --data is absent', async () => {
  const other = path.join(dir, 'env');
  const out = await cliJson(['info'], { STUDY_SHELF_DATA: other });
  expect(out.dataDir).toBe(other);
});

test('an unknown command prints usage and fails', async () => {
  const r = await runCli(['frobnicate']);
  expect(r.code).toBe(2);
  expect(r.out).toContain('用法');
});

const POOL = [...'学习贯彻党的二十大精神推动高质量发展基层组织建设乡村振兴人民群众生态文明法治国家科技创新教育卫生'];

describe('library commands', () => {
  const bundle = inject('bundlePath');
  const run = (...args: string[]) => cliJson([...args, '--data', path.join(dir, 'lib'), '--bundle', bundle]);

  test('import reports one JSON result per file, show prints the document, quotes and terms list them', async () => {
    const good = path.join(dir, '通知.txt');
    fs.writeFileSync(
      good,
      '关于开展主题党日活动的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动学习教育走深走实。',
    );
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256)));
    const imported = await run('import', good, bad);
    expect(imported.results.map((r: { status: string }) => r.status)).toEqual(['imported', 'error']);
    const id = imported.results[0].docIds[0];
    const doc = await run('show', id);
    expect(doc.title).toBe('关于开展主题党日活动的通知');
    expect(doc.origin).toBe('user');
    const terms = await run('terms', '--limit', '1000');
    expect(
      terms.items.some((t: { term: string; docIds: string[] }) => t.term === '三会一课' && t.docIds.includes(id)),
    ).toBe(true);
    const quotes = await run('quotes');
    expect(quotes.total).toBeGreaterThan(10);
    expect(quotes.items.every((q: { citation: string }) => q.citation.startsWith('——'))).toBe(true);
  }, 120_000);

  test('import of a folder of files: one result per file, in order', async () => {
    const folder = path.join(dir, 'many');
    fs.mkdirSync(folder);
    const n = 205;
    const files = Array.from({ length: n }, (_, i) => {
      const f = path.join(folder, `${String(i).padStart(3, '0')}.txt`);
      // Distinct texts (near-identical ones would be reported as duplicates).
      let seed = i + 1;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % POOL.length;
      const body = Array.from({ length: 80 }, () => POOL[next()]).join('');
      fs.writeFileSync(f, `第${i + 1}号支部学习记录\n\n${body}。`);
      return f;
    });
    const data = path.join(dir, 'many-data');
    const res = await cliJson(['import', ...files, '--data', data, '--bundle', bundle]);
    expect(res.results.map((r: { name: string }) => r.name)).toEqual(files.map((f) => path.basename(f)));
    expect(res.results.every((r: { status: string }) => r.status === 'imported')).toBe(true);
    const list = await cliJson(['list', '--limit', '500', '--data', data, '--bundle', bundle]);
    expect(list.items.filter((d: { origin: string }) => d.origin === 'user')).toHaveLength(n);
  }, 120_000);

  // Over 1 MB in all the worker reads the files, and starts on the first ones before the core is
  // open (parseEarly): every file once, in order; a folder among them is refused, not a crash.
  test('import of more than 1 MB through the worker: one result per file, in order; a folder is refused', async () => {
    const folder = path.join(dir, 'large');
    fs.mkdirSync(folder);
    const files = Array.from({ length: 70 }, (_, i) => {
      const f = path.join(folder, `${String(i).padStart(2, '0')}.txt`);
      // Characters drawn from the whole common CJK block: texts from a small pool would be near-duplicates.
      let a = i + 1; // mulberry32
      const next = () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return String.fromCharCode(0x4e00 + (((t ^ (t >>> 14)) >>> 0) % 6000));
      };
      const paras = Array.from({ length: 50 }, () => Array.from({ length: 110 }, next).join('') + '。');
      fs.writeFileSync(f, `第${i + 1}次专题学习材料\n\n${paras.join('\n')}`);
      return f;
    });
    expect(files.reduce((n, f) => n + fs.statSync(f).size, 0)).toBeGreaterThan(1024 * 1024);
    const data = path.join(dir, 'large-data');
    const res = await cliJson(['import', ...files, '--data', data, '--bundle', bundle]);
    expect(res.results.map((r: { name: string }) => r.name)).toEqual(files.map((f) => path.basename(f)));
    expect(res.results.every((r: { status: string }) => r.status === 'imported')).toBe(true);
    const refused = await runCli(['import', files[0]!, folder, ...files.slice(1), '--data', data, '--bundle', bundle]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`找不到文件：${folder}`);
  }, 120_000);

  test('search reads a pinyin word as the Chinese term it spells, and says so', async () => {
    const byPinyin = await run('search', 'dangjian', '--limit', '200');
    const byChinese = await run('search', '党建', '--limit', '200');
    expect(byPinyin.pinyin).toEqual({ query: 'dangjian', terms: ['党建'] });
    expect(byPinyin.total).toBe(byChinese.total);
    expect(byPinyin.hits.map((h: { docId: string }) => h.docId).sort()).toEqual(
      byChinese.hits.map((h: { docId: string }) => h.docId).sort(),
    );
  }, 120_000);

  test('search returns {total, facets, hits} with snippets, honouring --type and --limit', async () => {
    const res = await run('search', '黨建', '--type', '文件', '--limit', '3');
    expect(res.total).toBeGreaterThan(3);
    expect(res.hits).toHaveLength(3);
    expect(Object.keys(res.facets.type)).toEqual(['文件']);
    for (const h of res.hits) {
      expect(h).toMatchObject({ type: '文件' });
      expect(typeof h.docId).toBe('string');
      expect(typeof h.score).toBe('number');
      const s = h.snippets[0];
      expect(s.marks.map(([a, b]: [number, number]) => s.text.slice(a, b))).toContain('党建');
    }
  }, 120_000);
});

test('import batches: at most so many files and bytes per call, in order, a larger file alone', () => {
  const folder = fs.mkdtempSync(path.join(dir, 'batches-'));
  const files = [5, 5, 5, 50, 5, 5].map((kb, i) => {
    const f = path.join(folder, `${i}.txt`);
    fs.writeFileSync(f, 'x'.repeat(kb * 1024));
    return f;
  });
  const names = (maxFiles: number, maxBytes: number) =>
    [...importBatches(files, maxFiles, maxBytes)].map((c) =>
      (c.arg as { files: { name: string }[] }).files.map((f) => f.name).join(','),
    );
  expect(names(2, 1e9)).toEqual(['0.txt,1.txt', '2.txt,3.txt', '4.txt,5.txt']);
  expect(names(10, 12 * 1024)).toEqual(['0.txt,1.txt', '2.txt', '3.txt', '4.txt,5.txt']);
});
