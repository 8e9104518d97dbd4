// Issue 15, a learner's first day — the reader at 1920×1080: 错题本 → 查看原文 opens at the
// question's passage marked as the current hit (item 4), the wide screen is used for the outline
// and the annotations (item 10), and a Word speech's outline and 出处 come from its metadata
// (item 11).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../electron/core/app-core.js';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { QuizPage } from './pages/quiz-page.js';
import { ReaderPage } from './pages/reader-page.js';

const ctx = useApp({ bundle: true, viewport: { width: 1920, height: 1080 } });

test('item 4: 错题本 → 查看原文 opens the document at the passage, marked as the current hit', async () => {
  const { page, core } = ctx.app;
  const daily = await core.handlers.quizDaily({});
  // A question from deep inside a document, so "opens at the top" cannot pass by accident.
  const item = daily.items.find((i) => i.docId && i.paragraph !== null && i.paragraph > 8 && i.kind !== '填空')!;
  expect(item).toBeTruthy();
  const wrong = item.options.findIndex((_, i) => !item.correct.includes(i));
  await core.handlers.quizAnswer({ itemId: item.id, mode: 'daily', choice: [wrong], durationMs: 5000 });
  const quiz = new QuizPage(page);
  await quiz.open('mistakes');
  await quiz.mistake(item.id).getByText('查看原文').click();
  const current = page.locator('.reader-body mark.hit.current');
  await current.first().waitFor();
  const doc = await core.handlers.getDocument({ id: item.docId! });
  const passage = doc.paragraphs[item.paragraph!]!.text.slice(item.start!, item.end!);
  expect((await current.allTextContents()).join('')).toBe(passage);
  expect(await current.first().evaluate((el) => el.closest('[data-paragraph]')?.getAttribute('data-paragraph'))).toBe(
    String(item.paragraph),
  );
  await expect
    .poll(() =>
      current.first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
  await screenshot(page, 'reader-mistake-source-1920');
});

test('item 10: at 1920 wide the reader uses the width: outline on the left, annotations on the right', async () => {
  const { page, core } = ctx.app;
  const list = await core.handlers.listDocuments({ type: '文件', sort: 'date-desc', offset: 0, limit: 20 });
  const report = list.items.find((d) => d.title.includes('政府工作报告') && d.chars > 10_000)!;
  const reader = new ReaderPage(page);
  await reader.open(report.id);
  const outline = page.getByRole('navigation', { name: '目录' });
  await outline.waitFor();
  const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
  const [nav, text, side] = [await outline.boundingBox(), await box('.reader-body'), await box('.reader-side')];
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(text.x);
  expect(nav!.y).toBeLessThan(400); // beside the text, not above it
  expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
  expect(1920 - (side.x + side.width)).toBeLessThan(300);
  // The measure is the reader's choice: 宽 widens the text column.
  await page.getByRole('radiogroup', { name: '版心宽度' }).getByText('宽', { exact: true }).click();
  await expect.poll(async () => (await box('.reader-body')).width).toBeGreaterThan(text.width + 200);
  await screenshot(page, 'reader-wide-1920');
});

test('item 11: a Word speech — outline of its sections (no byline, no 同志们：) and 出处 from its metadata', async () => {
  const { page, core } = ctx.app;
  const data = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'county-speech.txt')).toString('base64');
  const r = await core.handlers.importFiles({ files: [{ name: '县委书记讲话.txt', dataBase64: data }] });
  const id = r.results[0]!.docIds[0]!;
  await core.handlers.updateDocument({ id, speaker: '王建国', date: '2024-03-15', occasion: '全县乡村振兴工作推进会' });
  const reader = new ReaderPage(page);
  await reader.open(id);
  const entries = await page.getByRole('navigation', { name: '目录' }).locator('li').allTextContents();
  expect(entries).toEqual([
    '一、充分认识推进乡村振兴的重要意义',
    '二、突出抓好乡村振兴重点任务',
    '三、切实加强对乡村振兴工作的组织领导',
  ]);
  expect(await page.locator('.reader-meta .citation').textContent()).toBe(
    '出处：王建国：《坚定信心 真抓实干 奋力开创全县乡村振兴新局面》，全县乡村振兴工作推进会，2024年3月15日。',
  );
  await screenshot(page, 'reader-speech-1920');
});

test('item 10: suggested-tag chips say whether a click adds the tag or dismisses the suggestion', async () => {
  const { page, core } = ctx.app;
  const list = await core.handlers.listDocuments({ type: '讲话', sort: 'date-desc', offset: 0, limit: 5 });
  const reader = new ReaderPage(page);
  let docId = '';
  let terms: string[] = [];
  for (const d of list.items) {
    terms = (await core.handlers.suggestTags({ docId: d.id, limit: 6 })).items.map((s) => s.term);
    if (terms.length >= 2) {
      docId = d.id;
      break;
    }
  }
  expect(terms.length).toBeGreaterThanOrEqual(2);
  await reader.open(docId);
  const [keep, drop] = terms as [string, string];
  await page.getByText('建议标签（点击添加，× 不再建议）').waitFor();
  await page.getByRole('button', { name: `添加标签“${keep}”` }).click();
  await expect.poll(async () => (await core.handlers.getDocumentState({ docId })).tags).toContain(keep);
  await page.getByRole('button', { name: `不再建议“${drop}”` }).click();
  await page.getByRole('button', { name: `不再建议“${drop}”` }).waitFor({ state: 'detached' });
  expect((await core.handlers.getDocumentState({ docId })).tags).not.toContain(drop);
});
