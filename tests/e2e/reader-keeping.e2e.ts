// The reader keeps what a learner marks: a sentence saved as a 金句 with its speaker prefilled
// (and the starred document listed beside it), Ctrl+F inside the document, and the reading
// position per document.
import { expect, inject, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
import { patientApps } from './support/patient-app.js';
import { pickDocument, settled } from './support/workspace-steps.js';
import { ReaderPage } from './pages/reader-page.js';
import { ShellPage } from './pages/shell-page.js';

const { open } = patientApps();
let app: AppHandle | null = null;

test('saves a sentence from the reader as a 金句 with speaker prefilled', async () => {
  app = await open(inject('bundlePath'));
  const reader = new ReaderPage(app.page);
  const { doc, p, s1 } = await pickDocument(app);
  const sentence = doc.paragraphs[p]!.text.slice(...s1);
  await reader.open(doc.id);
  // Ctrl+F finds inside the document.
  await app.page.keyboard.press('Control+f');
  await app.page.getByLabel('在本文中查找').fill(sentence.slice(0, 4));
  await expect.poll(() => app!.page.locator('.reader-body mark.hit').count()).toBeGreaterThan(0);
  await app.page.getByLabel('在本文中查找').press('Escape');
  await expect.poll(() => app!.page.locator('.reader-body mark.hit').count()).toBe(0);
  // Star the document (收藏); it is listed with the saved 金句.
  await app.page.getByRole('button', { name: '收藏本文' }).click();
  await app.page.getByRole('button', { name: '取消收藏' }).waitFor();
  await reader.select(p, ...s1);
  await reader.toolbar.getByRole('button', { name: '收藏为金句' }).click();
  const dialog = app.page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.getByLabel('讲话人').inputValue()).toBe(doc.speakers[0]);
  expect(await dialog.getByLabel('金句内容').inputValue()).toBe(sentence.trim());
  await dialog.getByRole('button', { name: '收藏' }).click();
  await app.page.getByText('已收藏到金句本').waitFor();

  await new ShellPage(app.page).open('金句');
  await app.page.getByText('我的收藏').click();
  const item = app.page.locator('.quote-item').filter({ hasText: sentence.trim().slice(0, 12) });
  await item.waitFor();
  expect(await item.textContent()).toContain(doc.citation);
  expect(await item.textContent()).toContain('我的金句');
  expect(await app.page.locator('.starred-docs').textContent()).toContain(doc.title);
  await app.page.getByText('全部', { exact: true }).click();
  await app.page.locator('.quote-item').nth(1).waitFor();
  await settled(app);
  await screenshot(app.page, 'workspace-quotes');
  await app.core.handlers.setSettings({ fontSize: 24 });
  await app.page.reload();
  await app.page
    .locator('.quote-item')
    .nth(1)
    .waitFor()
    .catch(async (e: Error) => {
      await app!.page.screenshot({ path: '/tmp/ws-quotes-fail.png' });
      throw e;
    });
  await settled(app);
  await screenshot(app.page, 'workspace-quotes-150');
});

test('remembers the reading position per document', async () => {
  app = await open(inject('bundlePath'));
  const list = await app.core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 500 });
  let docId = '';
  for (const d of list.items) {
    if ((await app.core.handlers.getDocument({ id: d.id })).paragraphs.length > 40) {
      docId = d.id;
      break;
    }
  }
  const reader = new ReaderPage(app.page);
  await reader.open(docId);
  await reader.paragraph(30).scrollIntoViewIfNeeded();
  await app.page.evaluate(() => document.getElementById('p-30')!.scrollIntoView({ block: 'start' }));
  await expect
    .poll(async () => (await app!.core.handlers.getDocumentState({ docId })).readingPosition ?? 0, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(28);
  const saved = (await app.core.handlers.getDocumentState({ docId })).readingPosition!;
  // Leave and come back (not a reload: the browser would restore the scroll by itself).
  await new ShellPage(app.page).open('书库');
  await app.page.locator('.reader').waitFor({ state: 'detached' });
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await reader.open(docId);
  await expect
    .poll(() => reader.paragraph(saved).evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 400))
    .toBe(true);
});
