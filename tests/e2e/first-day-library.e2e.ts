// Issue 15, a learner's first day — 书库: importing the example files says which documents they
// already are, once, with 打开 (item 2); the list keeps its page, filters, sort and scroll across
// opening a document and Back, and the import results stay until dismissed (item 5); each entry
// shows the opening lines of the document (item 10).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../electron/core/app-core.js';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { LibraryPage } from './pages/library-page.js';

const ctx = useApp({ bundle: true });
const SEEDS = path.join(REPO_ROOT, 'content', 'sources', 'seeds');
const seedFiles = () =>
  fs
    .readdirSync(SEEDS)
    .map((name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(SEEDS, name)) }));

test('item 2: importing files the library already holds names each match once, with 打开', async () => {
  const library = new LibraryPage(ctx.app.page);
  await library.open();
  const files = seedFiles();
  await library.importFiles(files);
  const rows = ctx.app.page.locator('.import-results .ant-list-item');
  await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(files.length);
  await ctx.app.page.getByText(`${files.length} 个文件的内容书库中已经有了`).waitFor();
  for (const row of await rows.all()) {
    expect(await row.locator('.ant-tag').textContent()).toBe('已在书库中');
    const message = (await row.locator('.import-message').textContent())!;
    const titles = message.match(/《[^》]+》/g) ?? [];
    // The matching document is named — and named once, even when both titles are the same.
    expect(titles.length).toBeGreaterThanOrEqual(1);
    expect(new Set(titles).size).toBe(titles.length);
    // One 打开 per matched document (a file can hold several articles).
    expect(await row.getByRole('link', { name: /^打开/ }).count()).toBe(titles.length);
  }
  await screenshot(ctx.app.page, 'library-import-duplicates');
});

test('item 5: page, filters, sort and scroll survive opening a document and Back; import results stay', async () => {
  const { page } = ctx.app;
  const library = new LibraryPage(page);
  await library.open();
  await library.importFiles(seedFiles().slice(0, 1));
  await page.locator('.import-results .ant-list-item').waitFor();
  // Page 2 of the list sorted by title, scrolled down, then open a document.
  await page.getByLabel('排序').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '标题' }).click();
  await page.locator('.ant-pagination').getByTitle('2', { exact: true }).click();
  await page.waitForFunction(() => location.hash.includes('page=2'));
  const firstOnPage2 = await library.items.first().locator('.ant-list-item-meta-title').textContent();
  const target = library.items.nth(12);
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await page.waitForTimeout(400);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);
  await target.locator('.ant-list-item-meta-title a').click();
  await page.locator('.reader-body').waitFor();
  await page.goBack();
  await library.items.first().waitFor();
  expect(await library.items.first().locator('.ant-list-item-meta-title').textContent()).toBe(firstOnPage2);
  expect(await page.locator('.ant-pagination-item-active').textContent()).toBe('2');
  expect(await page.getByLabel('排序').locator('..').textContent()).toContain('标题');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 80);
  // The import results are still there, 打开 works from them, and they stay until 清除结果.
  const result = page.locator('.import-results .ant-list-item').first();
  await result.getByRole('link', { name: /^打开/ }).first().click();
  await page.locator('.reader-body').waitFor();
  await page.goBack();
  await result.waitFor();
  await page.getByRole('button', { name: '清除结果' }).click();
  await result.waitFor({ state: 'detached' });
  await page.reload();
  await library.items.first().waitFor();
  expect(await page.locator('.import-results').count()).toBe(0);
});

test('item 10: each 书库 entry shows the opening lines of the document', async () => {
  const library = new LibraryPage(ctx.app.page);
  await library.open();
  const excerpts = await library.items.locator('.doc-excerpt').allTextContents();
  expect(excerpts.length).toBe(await library.items.count());
  expect(excerpts.every((e) => e.length >= 20)).toBe(true);
  const first = (await ctx.app.core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 1 })).items[0]!;
  const doc = await ctx.app.core.handlers.getDocument({ id: first.id });
  const body = doc.paragraphs
    .filter((p) => p.kind === 'p' && p.text.length > 20)[0]!
    .text.replace(/^[。，、；：！？\s]+/, '');
  expect(excerpts[0]!.startsWith(body.slice(0, 20))).toBe(true);
  await screenshot(ctx.app.page, 'library-excerpts');
});
