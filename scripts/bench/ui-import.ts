// Browser import benchmark (`npm run bench:ui-import`): 100 People's Daily articles as .txt files
// chosen in the library page's import panel (web mode, Debian Chromium), timed from the file input's
// change event to the last file's result row shown. Baselines in the same run, in this process on the same
// files: one import call for all of them, and one call per file (the panel before stop 59).
// 3 runs each, a new user database per run. Writes bench/results/ui-import.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createCore, DEFAULT_BUNDLE_PATH, REPO_ROOT } from '../../electron/core/app-core.js';
import { startWebServer, defaultStaticDir } from '../../electron/web/web-server.js';
import { readJsonl, RMRB_FILE } from './lib/corpus.js';
import { load, machine, pct } from './lib/stats.js';
import { writeResults } from './lib/write-results.js';

const FILES = 100;
const RUNS = 3;
const loadStart = load();
const rows: { title: string; text: string }[] = [];
for await (const r of readJsonl<{ title: string; text: string }>(RMRB_FILE)) rows.push(r);
const files = rows.slice(-FILES).map((r, i) => ({
  name: `${String(i).padStart(4, '0')}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(`${r.title}\n\n${r.text}`),
}));
// On disk, as a user picks them: the browser reads them itself (buffers would cross the DevTools
// protocol first, ~0.8 s for these files, which no user pays).
const fileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-bench-ui-import-files-'));
const paths = files.map((f) => {
  const p = path.join(fileDir, f.name);
  fs.writeFileSync(p, f.buffer);
  return p;
});
const mb = files.reduce((n, f) => n + f.buffer.length, 0) / 1e6;
// Imported before each timed run: the worker started and the modules loaded, as in an app in use.
const warmRow = rows[rows.length - FILES - 1]!;
const warmRef = { name: 'warm.txt', dataBase64: Buffer.from(`${warmRow.title}\n\n${warmRow.text}`).toString('base64') };
const refs = files.map((f) => ({ name: f.name, dataBase64: f.buffer.toString('base64') }));

/** Documents each path stored, per run: every path must store the same ones (a refused upload
 * would otherwise time a list of error rows). */
const stored: number[] = [];

/** A new user database on the bundled library, one document imported; `work` gets the core and its
 * data folder and returns ms; the documents it stored are counted. */
async function withCore(
  work: (core: ReturnType<typeof createCore>, dataDir: string) => Promise<number>,
): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-bench-ui-import-'));
  const core = createCore({ dataDir, bundlePath: DEFAULT_BUNDLE_PATH });
  const total = async () => (await core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 1 })).total;
  try {
    await core.handlers.importFiles({ files: [warmRef] });
    const before = await total();
    const ms = await work(core, dataDir);
    stored.push((await total()) - before);
    return ms;
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const timed = async (fn: () => unknown) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
});
const panel: number[] = [];
const oneCall: number[] = [];
const perFile: number[] = [];
for (let run = 0; run < RUNS; run++) {
  panel.push(
    await withCore(async (core, dataDir) => {
      // With its data folder, as scripts/serve.ts starts it: uploads are staged there.
      const server = await startWebServer({ handlers: core.handlers, staticDir: defaultStaticDir(REPO_ROOT), dataDir });
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      await page.goto(server.url);
      await page.evaluate(`location.hash = '#/library'`);
      await page.locator('.doc-list .ant-list-item').first().waitFor();
      // Timed in the page from the input's change event (the files chosen), so the DevTools
      // protocol's own file transfer is left out, to the last file's result row being shown.
      await page.evaluate(`document.addEventListener('change', () => { window.__chosen = performance.now(); }, true)`);
      await page.locator('.import-panel input[type=file]').setInputFiles(paths);
      await page
        .locator('.import-results .ant-list-item')
        .nth(FILES - 1)
        .waitFor({ timeout: 120_000 });
      const ms = (await page.evaluate('performance.now() - window.__chosen')) as number;
      await page.close();
      await server.close();
      return ms;
    }),
  );
  oneCall.push(await withCore((core) => timed(() => core.handlers.importFiles({ files: refs }))));
  perFile.push(
    await withCore((core) =>
      timed(async () => {
        for (const f of refs) await core.handlers.importFiles({ files: [f] });
      }),
    ),
  );
}
await browser.close();
if (stored[0]! === 0 || stored.some((n) => n !== stored[0]))
  throw new Error(`the paths stored different numbers of documents: ${stored.join(', ')}`);
fs.rmSync(fileDir, { recursive: true, force: true });

const cell = (xs: number[]) =>
  `${pct(xs, 50).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const rate = (xs: number[]) => (mb / (pct(xs, 50) / 1000)).toFixed(2);
const text = [
  '# Import in the browser',
  '',
  `Generated by \`npm run bench:ui-import\` on ${new Date().toISOString().slice(0, 16)}Z, ${machine()}, load average ${loadStart} → ${load()}.`,
  `${FILES} People's Daily articles as .txt files (${mb.toFixed(2)} MB, ${stored[0]} documents stored by every path and run), a new user database on the bundled library each run,`,
  `median of ${RUNS} runs (range). **Panel** = chosen in the library page's import panel (web mode, Chromium headless): from`,
  "the file input's change event to the last file's result row shown (uploads, import calls, results). The baselines run",
  'the same files in this process through the same handlers: one call for all, and one call per file (the panel before',
  'stop 59 sent each file alone).',
  '',
  '| path | ms | MB/s | / one call |',
  '|---|---|---|---|',
  `| panel (files grouped per call, import-chunks.ts) | ${cell(panel)} | ${rate(panel)} | ${(pct(panel, 50) / pct(oneCall, 50)).toFixed(2)}× |`,
  `| one call for all files (baseline) | ${cell(oneCall)} | ${rate(oneCall)} | 1.00× |`,
  `| one call per file (baseline) | ${cell(perFile)} | ${rate(perFile)} | ${(pct(perFile, 50) / pct(oneCall, 50)).toFixed(2)}× |`,
  '',
].join('\n');
console.log(text);
writeResults(path.join(REPO_ROOT, 'bench', 'results', 'ui-import.md'), text);
