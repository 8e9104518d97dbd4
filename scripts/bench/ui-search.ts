// Browser benchmark: how long after the last keystroke the top search box shows its suggestions,
// and how long a full result page takes to render, on the bundled library in web mode (Chromium).
// Prints p50/p95/max and writes bench/results/ui-search.md. Not a test: numbers are reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createCore, DEFAULT_BUNDLE_PATH, REPO_ROOT } from '../../electron/core/app-core.js';
import { startWebServer, defaultStaticDir } from '../../electron/web/web-server.js';
import { ensureContentBundle } from '../lib/ensure-bundle.js';

const QUERIES = [
  '党建',
  '乡村振兴',
  'djyl',
  'xiangcunzhenxing',
  '基层党组织',
  '黨建',
  '全面从严治党',
  'gg',
  '改革开放',
  '人民',
];
const ROUNDS = 3;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

await ensureContentBundle(DEFAULT_BUNDLE_PATH);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-bench-ui-'));
const core = createCore({ dataDir, bundlePath: DEFAULT_BUNDLE_PATH });
const server = await startWebServer({ handlers: core.handlers, staticDir: defaultStaticDir(REPO_ROOT) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto(server.url);
const box = page.getByLabel('全文搜索');
await box.waitFor();

const suggestMs: number[] = [];
const resultsMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of QUERIES) {
    // The first suggestion the box will show: a catalogue entry, else the top full-text hit.
    const expected =
      (await core.handlers.searchCatalogue({ query: q, limit: 6 })).items[0]?.text ??
      (await core.handlers.search({ query: q, sort: 'relevance', offset: 0, limit: 4, pinyin: true })).hits[0]?.title;
    if (!expected) continue;
    await box.fill('');
    await page.waitForTimeout(100);
    // Arm an observer in the page: the time from the last input event to the first frame in which the
    // suggestion list shows the expected first suggestion for the full query.
    // (A string, not a function: tsx's name-keeping helper does not exist inside the page.)
    await page.evaluate(`(() => {
      const exp = ${JSON.stringify(expected)};
      const full = ${JSON.stringify(q)};
      window.__lastKey = 0;
      // 'input', not 'keydown': CJK characters arrive as text input without key events.
      window.addEventListener('input', () => (window.__lastKey = performance.now()), { capture: true });
      window.__shown = new Promise((resolve) => {
        const check = () => {
          const first = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .suggestion-text');
          const typed = document.activeElement && document.activeElement.value;
          if (first && first.textContent === exp && typed === full && window.__lastKey > 0) resolve(performance.now() - window.__lastKey);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
        setTimeout(() => resolve(-1), 5000);
      });
    })()`);
    await box.pressSequentially(q, { delay: 30 });
    const shown = (await page.evaluate('window.__shown')) as number;
    if (shown < 0) {
      const seen = await page.locator('.suggestion-text').allTextContents();
      console.warn(`“${q}”: expected suggestion “${expected}” never appeared (saw: ${seen.slice(0, 3).join(' / ')})`);
      continue;
    }
    suggestMs.push(shown);

    const t0 = Date.now();
    await box.press('Escape');
    // Runs in the page: `location` is the browser's (this file is type-checked without DOM types).
    await page.evaluate((query) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash =
        `#/search?q=${encodeURIComponent(query)}`;
    }, q);
    await page.locator('.search-total').filter({ hasText: /\d/ }).waitFor();
    await page.locator('.search-results .ant-list-item, .search-results .ant-empty').first().waitFor();
    resultsMs.push(Date.now() - t0);
  }
}
await browser.close();
await server.close();
core.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const row = (name: string, xs: number[]) =>
  `| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 95).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`;
const table = [
  `Bundled library, web mode, Debian Chromium headless, ${new Date().toISOString().slice(0, 10)}; ${ROUNDS} rounds × ${QUERIES.length} queries typed at 30 ms/key.`,
  '',
  '| measure (ms) | n | p50 | p95 | max |',
  '|---|---|---|---|---|',
  row('suggestions shown after last keystroke', suggestMs),
  row('result page rendered after submit', resultsMs),
  '',
  `Target: suggestions within 100 ms of the last keystroke — ${pct(suggestMs, 95) <= 100 ? 'met' : 'NOT met'} at p95.`,
].join('\n');
console.log(table);
fs.mkdirSync(path.join(REPO_ROOT, 'bench', 'results'), { recursive: true });
fs.writeFileSync(
  path.join(REPO_ROOT, 'bench', 'results', 'ui-search.md'),
  `# Search-as-you-type in the browser\n\n${table}\n`,
);
