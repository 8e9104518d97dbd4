// Issue 15, a new user's first day — the shell: toasts that go away (item 1), keyboard shortcuts and
// their sheet (item 9), and the settings page (item 12). The first-run guide: first-day-tour.e2e.ts.
import { expect, test } from 'vitest';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { HelpOverlays } from './pages/help-page.js';
import { SearchPage } from './pages/search-page.js';
import { SessionsPage } from './pages/sessions-page.js';
import { ShellPage } from './pages/shell-page.js';

const ctx = useApp({ bundle: true });

test('item 1: the 加入学习专题 toast never covers the search box and goes away under a resting pointer', async () => {
  const { page, core } = ctx.app;
  const help = new HelpOverlays(page);
  await core.handlers.createSession({ title: '三月党小组会', kind: '党小组会', date: '2025-03-01' } as never);
  const search = new SearchPage(page);
  await search.submit('共同富裕');
  await new SessionsPage(page).addVia(
    search.results.first().getByRole('button', { name: '加入学习专题' }),
    '三月党小组会',
  );
  const toast = page.locator('.ant-message-notice').filter({ hasText: '已加入' });
  await toast.waitFor();
  await page.waitForTimeout(400); // the slide-in animation
  // The learner reaches for the search box: it is still there to click, not under the toast.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await help.topElementAt(search.box)).toContain('全文搜索');
  // A pointer resting on the toast used to pause its timer for good.
  const box = (await toast.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await toast.waitFor({ state: 'detached', timeout: 8000 });
});

test('item 9: Ctrl+O, Ctrl+, and F1 / ? work in web mode, also from a text field', async () => {
  const { page } = ctx.app;
  const help = new HelpOverlays(page);
  const search = new SearchPage(page);
  await search.box.click();
  const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
  await page.keyboard.press('Control+o');
  await chooser;
  expect(await page.evaluate(() => location.hash)).toBe('#/library');
  await search.box.click();
  await page.keyboard.press('Control+,');
  await page.waitForFunction(() => location.hash === '#/settings');
  await page.keyboard.press('F1');
  await help.shortcutSheet.getByText('显示本快捷键表').waitFor();
  for (const key of ['Ctrl+K', 'Ctrl+O', 'Ctrl+,', 'Ctrl+F', 'F3'])
    await help.shortcutSheet.getByText(key, { exact: true }).first().waitFor();
  await screenshot(page, 'shortcut-sheet');
  await help.closeSheet();
  await help.clickBlank();
  await page.keyboard.press('Shift+Slash');
  await help.shortcutSheet.waitFor();
  await help.closeSheet();
  // Typing "?" into a field types it; it does not open the sheet.
  await search.box.click();
  await page.keyboard.type('?');
  expect(await help.shortcutSheet.isVisible()).toBe(false);
});

test('item 12: settings show the data folder (open it), reset hints, about with both versions, shortcuts', async () => {
  const { page, core, dataDir } = ctx.app;
  const help = new HelpOverlays(page);
  await new ShellPage(page).open('设置');
  await expect.poll(() => page.getByLabel('数据文件夹位置').textContent()).toBe(dataDir);
  await page.getByRole('button', { name: '打开数据文件夹' }).click();
  // Either the file manager opened, or (no desktop here) the path was offered instead.
  await page
    .locator('.ant-message-notice')
    .filter({ hasText: /已在文件管理器中打开|无法自动打开文件管理器/ })
    .waitFor();
  const info = await core.handlers.info({});
  const about = page.locator('.about-card');
  await about.getByText(info.version, { exact: true }).waitFor();
  expect(info.content.version).toBeTruthy();
  await about.getByText(info.content.version!, { exact: true }).waitFor();
  // The shortcut sheet is part of 设置 too.
  await page.locator('.shortcuts-card').getByText('显示本快捷键表').waitFor();
  // 重置提示 brings the first-run guide back on the next start.
  await page.getByRole('button', { name: '重置提示' }).click();
  await expect.poll(async () => (await core.handlers.getSettings({})).seenHints).toEqual([]);
  await screenshot(page, 'settings-1280');
  await ctx.app.restart();
  await help.tour.getByText('欢迎使用学习书架').waitFor();
});
