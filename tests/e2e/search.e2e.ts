// Search in web mode: search-as-you-type, traditional/simplified folding with original characters
// shown, syntax notices, 金句 search with 出处, history and saved searches that re-run.
import { beforeEach, expect, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { SearchPage } from './pages/search-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
let search: SearchPage;
beforeEach(async () => {
  app = ctx.app;
  search = new SearchPage(app.page);
});

test('suggestions appear while typing, from titles, 提法 and full text', async () => {
  await search.typeQuery('基层党组织');
  await search.suggestions.first().waitFor();
  const kinds = await search.suggestions.locator('.ant-tag').allTextContents();
  expect(kinds.length).toBeGreaterThan(1);
  expect(kinds).toContain('全文');
  await screenshot(app.page, 'search-suggestions');
});

test('a traditional query finds simplified text and shows the original characters highlighted', async () => {
  await search.submit('黨建');
  const total = await search.total();
  const expected = await app.core.handlers.search({ query: '党建', sort: 'relevance', offset: 0, limit: 1 });
  expect(total).toBe(expected.total);
  const marked = new Set(await search.marks().allTextContents());
  expect(marked.has('党建')).toBe(true); // simplified documents keep their own characters
  await screenshot(app.page, 'search-results');
  // Opening a result highlights the same folded hits in the reader, with next/previous navigation.
  await app.page.locator('.search-results .ant-list-item-meta-title a').first().click();
  await app.page.locator('.reader mark.hit').first().waitFor();
  expect(new Set(await app.page.locator('.reader mark.hit').allTextContents())).toEqual(new Set(['党建']));
  const count = Number((await app.page.getByText(/^共 \d+ 处匹配$/).textContent())?.match(/\d+/)?.[0]);
  expect(count).toBe(await app.page.locator('.reader mark.hit').count());
  await app.page.getByRole('button', { name: '下一处' }).click();
  await expect.poll(() => app.page.locator('.reader mark.hit.current').count()).toBe(1);
});

test('the 金句 tab lists quotes with their 出处', async () => {
  await search.submit('基层');
  await app.page.getByRole('tab', { name: '金句' }).click();
  await app.page.locator('.quote-results .quote').first().waitFor();
  const citations = await app.page.locator('.quote-results .quote footer').allTextContents();
  expect(citations.length).toBeGreaterThan(0);
  expect(citations.every((c) => c.startsWith('——'))).toBe(true);
});

test('bad syntax degrades with a notice instead of failing', async () => {
  await search.submit('"党建');
  await app.page.locator('.ant-alert-warning').waitFor();
  expect(await search.total()).toBeGreaterThan(0);
});

test('searches are remembered, and a saved search re-runs after a restart', async () => {
  await search.submit('乡村振兴 type:文章');
  const total = await search.total();
  await app.page.getByRole('button', { name: '保存搜索' }).click();
  await app.page.getByLabel('搜索名称').fill('乡村振兴文章');
  await app.page.getByLabel('搜索名称').press('Enter');
  await app.page.locator('.saved-searches').getByText('乡村振兴文章').waitFor();
  await app.restart();
  await app.page.evaluate(() => (window.location.hash = '#/search'));
  await app.page.locator('.saved-searches').getByText('乡村振兴 type:文章').waitFor(); // recent searches
  await app.page.locator('.saved-searches').getByText('乡村振兴文章').click();
  await app.page.locator('.search-total').filter({ hasText: /\d/ }).waitFor();
  expect(await search.total()).toBe(total);
});
