// 书库 in web mode: bundled documents listed and filtered; import of real encodings and bad
// files with per-file results; editing and deleting an imported document.
import iconv from 'iconv-lite';
import { beforeEach, expect, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { LibraryPage } from './pages/library-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
let library: LibraryPage;
beforeEach(async () => {
  app = ctx.app;
  library = new LibraryPage(app.page);
  await library.open();
});

const GBK_TEXT =
  '加强基层党组织建设座谈会召开\n\n发布时间: 2026-11-20\n\n会议强调，要把基层党组织建设成为坚强战斗堡垒，推动“四议两公开”落到实处。这是一篇测试用的导入文档，内容足够长，可以作为正文保存。';

test('lists the bundled library and filters it by type', async () => {
  const all = await library.total();
  expect(all).toBeGreaterThan(80);
  await library.filterByType('讲话');
  await expect.poll(() => library.total()).toBeLessThan(all);
  const tags = await library.items
    .locator('.ant-tag')
    .filter({ hasText: /^(讲话|文件|会议报道|文章)$/ })
    .allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  expect(new Set(tags)).toEqual(new Set(['讲话']));
  await screenshot(app.page, 'library');
});

test('imports a GBK file, rejects random bytes with a Chinese reason, then edits and deletes', async () => {
  const before = await library.total();
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await library.importFiles([
    { name: '座谈会.txt', mimeType: 'text/plain', buffer: iconv.encode(GBK_TEXT, 'gbk') },
    { name: '乱码.txt', mimeType: 'text/plain', buffer: random },
  ]);
  await library.importResult('座谈会.txt').getByText('已导入').waitFor();
  await library.importResult('乱码.txt').getByText('未导入').waitFor();
  expect(await library.importResult('乱码.txt').textContent()).toMatch(/[\u4e00-\u9fff]{4,}/);
  await expect.poll(() => library.total()).toBe(before + 1);
  await screenshot(app.page, 'library-import');

  const title = '加强基层党组织建设座谈会召开';
  await app.page.getByText('我导入的').first().waitFor();
  await library.edit(title);
  await app.page.getByLabel('标题').fill('基层党建座谈会（已改名）');
  await app.page.getByRole('button', { name: '保存' }).click();
  await app.page.getByText('基层党建座谈会（已改名）').waitFor();

  await library.edit('基层党建座谈会（已改名）');
  await app.page.getByRole('button', { name: '删除' }).click();
  await app.page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect.poll(() => library.total()).toBe(before);
});

test('Ctrl+O (文件 › 导入文件…) opens the import file dialog from any page', async () => {
  await app.page.evaluate(() => (window.location.hash = '#/settings'));
  await app.page.getByRole('heading', { name: '设置' }).waitFor();
  const chooser = app.page.waitForEvent('filechooser', { timeout: 5000 });
  await app.page.keyboard.press('Control+o');
  expect((await chooser).isMultiple()).toBe(true);
  expect(new URL(app.page.url()).hash).toBe('#/library');
});

test('a .jsonl of many articles lists five 打开 links and the count, not one link per article', async () => {
  // Twelve distinct articles of generated prose (a real one would be the bundled library's: a duplicate).
  const words = ['基层', '治理', '乡村', '振兴', '学习', '调研', '群众', '服务', '项目', '推进', '培训', '队伍'];
  const article = (n: number) =>
    Array.from(
      { length: 40 },
      (_, i) => `${words[(n * 7 + i) % 12]}${words[(n * 5 + i * 3) % 12]}工作第${n}${i}项落实情况良好。`,
    ).join('');
  const rows = Array.from({ length: 12 }, (_, n) =>
    JSON.stringify({ title: `试点简报第${n + 1}期`, text: article(n + 1) }),
  );
  await library.importFiles([
    { name: '简报.jsonl', mimeType: 'application/json', buffer: Buffer.from(rows.join('\n')) },
  ]);
  const row = app.page.locator('.import-results .ant-list-item').first();
  await row.waitFor();
  expect(await row.locator('.import-message').textContent()).toContain('12 篇');
  expect(await row.locator('a').allTextContents()).toEqual(['打开 1', '打开 2', '打开 3', '打开 4', '打开 5']);
  expect(await row.locator('.import-more').textContent()).toBe('等 12 篇，均已列入下方书库');
});
