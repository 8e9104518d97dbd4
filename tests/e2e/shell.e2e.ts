// The Chinese shell in web mode: navigation, Ctrl+K, theme and font size persisted across restart.
import { beforeEach, expect, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { ShellPage } from './pages/shell-page.js';

const ctx = useApp({ bundle: false });
let app: AppHandle;
let shell: ShellPage;
beforeEach(async () => {
  app = ctx.app;
  shell = new ShellPage(app.page);
});

test('shows the Chinese sidebar and every section opens', async () => {
  for (const name of ['书库', '搜索', '金句', '标注', '测验', '学习专题', '设置']) {
    await expect(shell.sidebar.getByText(name, { exact: true }).isVisible()).resolves.toBe(true);
  }
  await shell.open('设置');
  await expect(shell.heading().textContent()).resolves.toBe('设置');
  await shell.open('学习专题');
  await expect(shell.heading().textContent()).resolves.toBe('学习专题');
  // The per-run token is taken out of the address bar once the app has it.
  expect(app.page.url()).not.toContain('token=');
  await screenshot(app.page, 'shell');
});

test('Ctrl+K focuses the top search box from anywhere', async () => {
  await shell.open('设置');
  await app.page.locator('body').click();
  await app.page.keyboard.press('Control+k');
  const focused = await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(focused).toBe('全文搜索');
});

test('font size and dark theme are saved and survive a restart', async () => {
  await shell.open('设置');
  expect(await shell.rootFontSize()).toBe('16px');
  await app.page.getByText('特大', { exact: true }).click();
  await app.page.getByText('深色', { exact: true }).click();
  await expect.poll(() => shell.rootFontSize()).toBe('24px');
  await expect.poll(() => shell.theme()).toBe('dark');
  await screenshot(app.page, 'settings-dark-large');
  // Saved in the user database before the restart (the UI updates optimistically).
  await expect.poll(() => app.core.handlers.getSettings({})).toMatchObject({ theme: 'dark', fontSize: 24 });
  await app.restart();
  await expect.poll(() => shell.rootFontSize()).toBe('24px');
  await expect.poll(() => shell.theme()).toBe('dark');
});
