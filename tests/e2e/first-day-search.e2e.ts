// Issue 15, a learner's first day — search: a pinyin query says how it was read and can be
// switched off (item 3), the order options are explained and year
// facets run by year (item 6), and 加入学习专题 lines up with its hit (item 10).
import { expect, test } from 'vitest';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { SearchPage } from './pages/search-page.js';

const ctx = useApp({ bundle: true });

test('item 3: dangjian + Enter searches 党建, says so, and offers the literal search', async () => {
  const { page, core } = ctx.app;
  const engine = await core.handlers.search({ query: 'dangjian', sort: 'relevance', offset: 0, limit: 1 });
  expect(engine.pinyin?.terms).toContain('党建');
  const search = new SearchPage(page);
  await search.submit('dangjian');
  expect(await search.total()).toBeGreaterThan(0);
  const notice = page.locator('.pinyin-notice');
  await expect.poll(() => notice.textContent()).toContain('按拼音 dangjian → 党建');
  await notice.getByRole('link', { name: /改为按原文搜索/ }).click();
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('q="dangjian"'));
});

test('item 6: the 相关度 / 日期 orders are explained, and year facets run by year', async () => {
  const { page } = ctx.app;
  const search = new SearchPage(page);
  await search.submit('共同富裕');
  const help = page.locator('.order-help');
  expect(await help.textContent()).toMatch(/标题.*命中.*篇幅/);
  await page.getByRole('radiogroup', { name: '排序' }).getByText('按日期').click();
  await expect.poll(() => help.textContent()).toContain('最新');
  const years = (await page.locator('.facet-row[data-facet="year"] .ant-tag').allTextContents()).map((t) =>
    Number(t.trim().split(/\s+/)[0]),
  );
  expect(years.length).toBeGreaterThan(2);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await screenshot(page, 'search-order-help');
});

test('item 10: 加入学习专题 under a hit lines up with the hit', async () => {
  const { page } = ctx.app;
  const search = new SearchPage(page);
  await search.submit('共同富裕');
  const hit = search.results.first();
  const title = (await hit.locator('.ant-list-item-meta-title a').boundingBox())!;
  const button = (await hit.getByRole('button', { name: '加入学习专题' }).boundingBox())!;
  const snippet = (await hit.locator('.snippet').first().boundingBox())!;
  expect(Math.abs(button.x - title.x)).toBeLessThanOrEqual(2);
  expect(button.y).toBeGreaterThan(snippet.y); // below the snippets it adds, not beside the title
});
