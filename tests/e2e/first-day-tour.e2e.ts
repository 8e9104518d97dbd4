// Issue 15 item 2 (second half): a first start shows a short, skippable guide to the library,
// import, search and the study-session flow, once; 帮助 brings it back.
import { expect, test } from 'vitest';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { HelpOverlays } from './pages/help-page.js';
import { ShellPage } from './pages/shell-page.js';

const ctx = useApp({ bundle: true, firstRun: true });

test('item 2: a skippable first-run guide, shown once and reachable from 帮助', async () => {
  const { page } = ctx.app;
  const help = new HelpOverlays(page);
  await help.tour.getByText('欢迎使用学习书架').waitFor();
  await help.tour.getByRole('button', { name: '下一步' }).click();
  await help.tour.getByText('书库与导入').waitFor();
  await screenshot(page, 'tour-1366-light');
  await help.tour.getByRole('button', { name: '跳过引导' }).click();
  await help.tour.waitFor({ state: 'hidden' });
  await expect.poll(async () => (await ctx.app.core.handlers.getSettings({})).seenHints).toContain('tour');
  await ctx.app.restart();
  await page.locator('.app-brand').waitFor();
  await page.waitForTimeout(800);
  expect(await help.tour.isVisible()).toBe(false);
  await new ShellPage(page).open('帮助');
  await page.getByRole('button', { name: '查看新手引导' }).click();
  await help.tour.getByText('欢迎使用学习书架').waitFor();
  for (let i = 0; i < 4; i++) await help.tour.getByRole('button', { name: '下一步' }).click();
  await help.tour.getByText('组织一次学习').waitFor();
  await help.tour.getByRole('button', { name: '开始使用' }).click();
  await help.tour.waitFor({ state: 'hidden' });
});
