// 对比阅读 and 引文核对 end to end in Chromium on the bundled reports: compare this year's report
// with last year's, open a 新提法 occurrence in the reader, export the comparison as DOCX (read
// back), follow a 提法 through the years, and verify a quotation with a changed character.
import mammoth from 'mammoth';
import { beforeEach, expect, test } from 'vitest';
import { themedScreenshots, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { ComparePage, VerifyPage } from './pages/compare-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
beforeEach(() => {
  app = ctx.app;
});

const shots = (name: string, setup: () => Promise<void>) => themedScreenshots(app, name, setup);

test('compare two reports, open a 新提法 occurrence, export the comparison', async () => {
  const page = app.page;
  const cmp = new ComparePage(page);
  await cmp.open();
  // Default pair: the 2025 report against the 2024 one.
  await expect
    .poll(() => cmp.grid.locator('[role=columnheader]').allTextContents())
    .toEqual(['旧：2024年中华人民共和国国务院政府工作报告', '新：2025年中华人民共和国国务院政府工作报告']);
  // The changed target sentence shows its word-level difference.
  const cpi = cmp.grid.locator('.cmp-changed', { hasText: '居民消费价格涨幅2%左右' });
  await expect.poll(() => cpi.locator('ins').allTextContents()).toEqual(['2%']);
  await shots('compare-text', () => cmp.grid.waitFor());

  await cmp.tab(/新提法/);
  const item = cmp.formulation('投资于人');
  await expect.poll(() => item.textContent()).toContain('首次出现：《2025年中华人民共和国国务院政府工作报告》');
  await item.getByRole('button', { name: /全部出处/ }).click();
  const occurrence = item.locator('.formulation-places a').first();
  await occurrence.waitFor();
  await shots('compare-tifa', async () => {
    await cmp.grid.waitFor();
    await cmp.tab(/新提法/);
  });
  await cmp.open();
  await cmp.tab(/新提法/);
  await cmp
    .formulation('投资于人')
    .getByRole('button', { name: /全部出处/ })
    .click();
  await cmp.formulation('投资于人').locator('.formulation-places a').first().click();
  await page.waitForURL(/#\/reader\?id=.*p=\d+.*q=/);
  await expect.poll(() => page.locator('mark.hit').first().textContent()).toBe('投资于人');

  await cmp.open();
  await cmp.tab(/数字变化/);
  await expect.poll(() => page.getByRole('table').last().textContent()).toContain('赤字率');
  await shots('compare-numbers', async () => {
    await cmp.grid.waitFor();
    await cmp.tab(/数字变化/);
  });
  const download = await cmp.exportDocx();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const text = (await mammoth.extractRawText({ path: (await download.path())! })).value;
  for (const s of ['新提法', '投资于人', '数字变化', '赤字率', '4%左右']) expect(text).toContain(s);
}, 300_000); // four screenshot sets, each in two themes and two widths

test('提法 through the years: chart, first use, export', async () => {
  const page = app.page;
  await page.evaluate(() => (window.location.hash = '#/tifa?term=新质生产力'));
  await page.locator('.timeline-summary').waitFor();
  expect(await page.locator('.timeline-summary').textContent()).toContain(
    '首次出现于《2024年中华人民共和国国务院政府工作报告》',
  );
  await shots('timeline', () => page.locator('.timeline-summary').waitFor());
}, 180_000);

test('verify a quotation with a changed character and see the difference marked', async () => {
  const v = new VerifyPage(app.page);
  await v.open();
  await v.verify('今年赤字率拟按5%左右安排，比上年提高1个百分点。实施更加積極的財政政策');
  const first = v.results.first();
  await expect.poll(() => first.locator('.verify-verdict').textContent()).toBe('有出入');
  expect(await first.locator('del.verify-extra').allTextContents()).toEqual(['5']);
  expect(await first.locator('ins.verify-missing').allTextContents()).toEqual(['4']);
  expect(await first.locator('.verify-citation').textContent()).toContain('2025年中华人民共和国国务院政府工作报告');
  expect(await v.results.nth(1).locator('.verify-verdict').textContent()).toBe('已核对');
  await shots('verify', async () => {
    await v.open();
    await v.verify(
      '今年赤字率拟按5%左右安排，比上年提高1个百分点。实施更加積極的財政政策。我们要让每一位居民都住上月球上的房子。',
    );
  });
}, 180_000);
