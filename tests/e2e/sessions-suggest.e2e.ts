// 学习专题 suggestions in Chromium: material suggested for the session's topic is added with its 出处,
// reordered by mouse drag, and an excerpt's wording is trimmed in place.
import { expect, test } from 'vitest';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { SessionsPage } from './pages/sessions-page.js';

const ctx = useApp({ bundle: true });

test('suggests material for a topic, adds it with 出处, and reorders by mouse drag', async () => {
  const app = ctx.app;
  const page = app.page;
  const sessions = new SessionsPage(page);
  await sessions.open();
  const id = await sessions.create({
    title: '基层党建',
    kind: '党课',
    date: '2025-07-01',
    place: '党员活动室',
    host: '李书记',
    attendees: ['张明'],
  });
  await page.locator('.ant-tabs-tab').filter({ hasText: '推荐材料' }).click();
  // The session title is the initial topic.
  const docs = page.locator('.suggest-docs .ant-list-item');
  await docs.first().waitFor();
  expect(await docs.count()).toBeGreaterThan(1);
  const quotes = page.locator('.suggest-quotes .ant-list-item');
  await quotes.first().waitFor();
  const quoteText = (await quotes.first().locator('.ant-list-item-meta-title').textContent())!.trim();
  await docs.nth(0).getByRole('button', { name: '加入摘录' }).click();
  await page.getByText('已加入议程').first().waitFor();
  await docs.nth(1).getByRole('button', { name: '加入全文' }).click();
  await quotes.first().getByRole('button', { name: '加入' }).click();
  await expect.poll(async () => (await app.core.handlers.getSession({ id })).items.length).toBe(3);
  await screenshot(page, 'sessions-suggest');

  await page.locator('.ant-tabs-tab').filter({ hasText: /^议程/ }).click();
  await expect.poll(() => sessions.rows.count()).toBe(3);
  expect((await sessions.agendaTexts())[2]).toBe(quoteText);
  for (let i = 0; i < 3; i++)
    expect(await sessions.rows.nth(i).locator('.agenda-citation').textContent()).toMatch(/^出处：.+/);
  // Drag the 金句 (third row) by its handle above the first row.
  const handle = sessions.rows.nth(2).getByRole('button', { name: '拖动排序' });
  const from = (await handle.boundingBox())!;
  const to = (await sessions.rows.nth(0).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++)
    await page.mouse.move(from.x + from.width / 2, from.y + (to.y + 5 - from.y) * (step / 10), { steps: 2 });
  await page.mouse.up();
  await expect.poll(() => sessions.agendaTexts().then((t) => t[0])).toBe(quoteText);
  expect((await app.core.handlers.getSession({ id })).items.map((i) => i.kind)).toEqual([
    'quote',
    'excerpt',
    'document',
  ]);

  // Trim the excerpt's wording in place; its 出处 stays.
  const excerptRow = sessions.rows.nth(1);
  const citation = await excerptRow.locator('.agenda-citation').textContent();
  await excerptRow.getByRole('button', { name: '编辑' }).click();
  await excerptRow.locator('textarea').fill('节选的一句话。');
  await excerptRow.locator('textarea').press('Enter');
  await expect.poll(() => sessions.agendaTexts().then((t) => t[1])).toBe('节选的一句话。');
  expect(await excerptRow.locator('.agenda-citation').textContent()).toBe(citation);
  expect((await app.core.handlers.getSession({ id })).items[1]!.content).toBe('节选的一句话。');
});
