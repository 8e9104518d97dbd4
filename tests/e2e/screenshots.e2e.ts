// Every page at 1366×768 and 1920×1080, light and dark, into tests/e2e/screenshots/pages/ — for
// people to look at (README: 截图). Each page is checked to have rendered its own content and to
// fit the window's width (no sideways scrolling) before it is photographed.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './support/app-fixture.js';
import { seedDay, type SeededDay } from './support/seed-day.js';
import { useApp } from './support/use-app.js';

const ctx = useApp({ bundle: true });
const OUT = path.join(SCREENSHOT_DIR, 'pages');

/** Route, and a selector that shows the page has its content. */
const PAGES = (s: SeededDay): [string, string, string][] => [
  ['library', '#/library', '.doc-list .ant-list-item'],
  [
    'reader',
    `#/reader?id=${encodeURIComponent(s.docId)}&q=${encodeURIComponent('基层党组织')}`,
    '.reader-body mark.hit',
  ],
  ['search', `#/search?q=${encodeURIComponent('共同富裕')}`, '.search-results .ant-list-item'],
  ['quotes', '#/quotes', 'main .ant-list-item'],
  ['annotations', '#/annotations', 'main .ant-list-item'],
  ['tags', '#/tags', 'main .ant-tree, main .ant-list-item, main .tag-node'],
  ['quiz-daily', '#/quiz?tab=daily', '.quiz-question, .ant-result'],
  ['quiz-topic', '#/quiz?tab=topic', '.quiz-filters'],
  ['quiz-exam', '#/quiz?tab=exam', '.quiz-panel'],
  ['quiz-mistakes', '#/quiz?tab=mistakes', '.quiz-mistakes .ant-list-item'],
  ['quiz-stats', '#/quiz?tab=stats', '.quiz-chart svg'],
  ['quiz-bank', '#/quiz?tab=bank', '.quiz-panel'],
  ['sessions', '#/sessions', '.session-list .ant-list-item'],
  ['sessions-year', '#/sessions?view=year', '.year-view'],
  ['session-agenda', `#/sessions?id=${s.sessionId}`, '.agenda-row'],
  ['session-suggest', `#/sessions?id=${s.sessionId}&tab=suggest`, '.session-editor'],
  ['session-record', `#/sessions?id=${s.sessionId}&tab=record`, '.signin-table'],
  ['handout', `#/sessions?id=${s.sessionId}&view=print`, '.handout h1'],
  ['projector', `#/projector?id=${s.sessionId}`, '.projector-slide'],
  ['compare', '#/compare', '.compare-page .cmp-stats, .compare-page .ant-alert, .compare-page .ant-empty'],
  ['tifa', `#/tifa?term=${encodeURIComponent('新质生产力')}`, '.timeline-page h2'],
  ['verify', `#/verify?text=${encodeURIComponent('基层是党的执政根基')}`, '.verify-page textarea'],
  ['settings', '#/settings', '.about-card'],
  ['help', '#/help', '.shortcut-sheet'],
];

async function shoot(page: Page, name: string, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(350); // fades and chart layout
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(1);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

test('every page at 1366×768 and 1920×1080, light and dark', async () => {
  const { page, core } = ctx.app;
  fs.mkdirSync(OUT, { recursive: true });
  const seeded = await seedDay(core);
  for (const theme of ['light', 'dark'] as const) {
    await core.handlers.setSettings({ theme });
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await page.locator('.app-brand').waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      for (const [name, hash, ready] of PAGES(seeded)) {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await shoot(page, `${name}-${width}-${theme}`, ready);
        if (name === 'projector') await page.keyboard.press('Escape');
      }
      // The overlays: the shortcut sheet and the first-run guide.
      await page.evaluate(() => (window.location.hash = '#/library'));
      await page.keyboard.press('F1');
      await shoot(page, `shortcuts-${width}-${theme}`, '.shortcut-modal .shortcut-sheet');
      await page.keyboard.press('Escape');
      await page.evaluate(() => (window.location.hash = '#/help'));
      await page.getByRole('button', { name: '查看新手引导' }).click();
      await shoot(page, `tour-${width}-${theme}`, '.tour-modal .tour-title');
      await page.keyboard.press('Escape');
    }
  }
  expect(fs.readdirSync(OUT).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4 * 26);
}, 600_000);
