// One library on one connection (issue 11): a renamed bundled document is found by its new title in
// search-as-you-type, on the search page and in the library; deleting an imported document takes
// its tags with it.
import { beforeEach, expect, test } from 'vitest';
import { type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { LibraryPage } from './pages/library-page.js';
import { SearchPage } from './pages/search-page.js';
import { ShellPage } from './pages/shell-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
let library: LibraryPage;
beforeEach(async () => {
  app = ctx.app;
  library = new LibraryPage(app.page);
  await library.open();
});

const NEW_TITLE = '学习用改名报告甲乙丙';

test('a renamed bundled document is found by its new title everywhere', async () => {
  const first = (await library.items.first().locator('.ant-list-item-meta-title a').textContent())!.trim();
  await library.edit(first);
  await app.page.getByLabel('标题').fill(NEW_TITLE);
  await app.page.getByRole('button', { name: '保存' }).click();
  await library.items.filter({ hasText: NEW_TITLE }).first().waitFor();

  const search = new SearchPage(app.page);
  await search.typeQuery('改名报告甲乙');
  await search.suggestions.filter({ hasText: NEW_TITLE }).first().waitFor();
  await search.submit('改名报告甲乙');
  await expect.poll(() => search.total()).toBe(1);
  expect(await search.results.first().textContent()).toContain(NEW_TITLE);

  await search.submit(first);
  const titles = await search.results.allTextContents();
  expect(titles.some((t) => t.includes(first) && !t.includes(NEW_TITLE))).toBe(false);
});

test('deleting an imported document lowers the tag counts', async () => {
  const text =
    '关于开展党史学习教育的通知\n\n各支部要结合实际开展党史学习教育，做到学史明理、学史增信，确保戊己庚辛学习小组取得实效。';
  await library.importFiles([{ name: '通知.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await library.importResult('通知.txt').getByText('已导入').waitFor();
  const shell = new ShellPage(app.page);
  await shell.open('标签');
  await app.page.getByLabel('批量搜索条件').fill('戊己庚辛学习小组');
  await app.page.getByLabel('批量标签').fill('党史教育');
  await app.page.getByRole('button', { name: '应用到全部搜索结果' }).click();
  await app.page.getByText('搜索到 1 篇').first().waitFor();
  const detail = app.page.locator('.tag-detail');
  const select = async () => {
    await app.page.locator('.tag-tree').getByText('党史教育', { exact: true }).click();
    return detail.textContent();
  };
  await expect.poll(select).toContain('文档 1 篇');

  await library.open();
  await app.page.getByLabel('按标签筛选').click();
  await app.page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^党史教育/ })
    .click();
  await library.edit('关于开展党史学习教育的通知');
  await app.page.getByRole('button', { name: '删除' }).click();
  await app.page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await app.page.getByText('已删除').first().waitFor();
  await shell.open('标签');
  await app.page.locator('.tags-page').waitFor();
  await expect.poll(select).toContain('文档 0 篇');
});
