// Study material end to end on the bundled library: the 金句 page, a daily practice and a session
// quiz show only current material (the bank also holds questions on a historical document, made
// while it was opted in); a historical document carries its label and note in the reader and in
// search results, and the reader's switch opts it in.
import { beforeEach, expect, test } from 'vitest';
import type { ApiArgs, ApiMethod, ApiResults, QuizItem } from '../../electron/contract/api.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { themedScreenshots, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { QuizPage } from './pages/quiz-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { SearchPage } from './pages/search-page.js';
import { SessionsPage } from './pages/sessions-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
beforeEach(() => {
  app = ctx.app;
});

const NINTH = '在中国共产党第九次全国代表大会上的报告';

async function call<M extends ApiMethod>(method: M, arg: ApiArgs<M>): Promise<ApiResults[M]> {
  const r = await dispatch(app.core.handlers, method, arg);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ApiResults[M];
}
async function historicalIds(): Promise<Set<string>> {
  const all = await call('listDocuments', { limit: 500 });
  return new Set(all.items.filter((d) => d.status === '历史文献').map((d) => d.id));
}
async function docIdOf(title: string): Promise<string> {
  return (await call('listDocuments', { limit: 500 })).items.find((d) => d.title === title)!.id;
}
/** The bank gets questions on the 九大 report while it is opted in; then it is opted out again. */
async function bankWithHistoricalQuestions(docId: string): Promise<number> {
  await call('setDocumentState', { docId, studyOptIn: true });
  await call('quizGenerate', { count: 5000 });
  await call('setDocumentState', { docId, studyOptIn: false });
  const n = app.core.ctx.userDb.prepare('SELECT count(*) FROM quiz_items WHERE doc_id = ?').pluck().get(docId);
  return n as number;
}

const shots = (name: string, setup: () => Promise<void>) => themedScreenshots(app, name, setup);

test('the 金句 page shows current 金句 with their reasons; opting a historical report in adds its own', async () => {
  const page = app.page;
  const historical = await historicalIds();
  const ninth = await docIdOf(NINTH);
  const openQuotes = async () => {
    await page.evaluate(() => (window.location.hash = '#/quotes'));
    await page.locator('.quote-item').first().waitFor();
  };
  const shownDocs = async () =>
    (
      await page
        .locator('.quote-item footer a[href*="reader"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    )
      .map((href) => decodeURIComponent(/id=([^&]+)/.exec(href ?? '')?.[1] ?? ''))
      .filter(Boolean);
  await openQuotes();
  const docs = await shownDocs();
  expect(docs.length).toBeGreaterThan(50);
  expect(docs.filter((d) => historical.has(d))).toEqual([]);
  expect(await page.locator('.quote-reason').count()).toBeGreaterThan(50);
  expect(await page.locator('.quote-reason').first().textContent()).toMatch(/^入选理由：/);
  await shots('knowledge-quotes', openQuotes);

  // The reader labels the 九大 report and opts it in with its switch.
  const reader = new ReaderPage(page);
  await reader.open(ninth);
  const notice = page.locator('.historical-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('历史文献');
  expect(await notice.textContent()).toContain('1981年');
  expect(await page.locator('.reader-meta .status-tag').textContent()).toBe('历史文献');
  await shots('knowledge-reader-historical', () => reader.open(ninth));
  await page.getByRole('switch', { name: '纳入学习材料' }).click();
  await expect.poll(() => page.getByRole('switch', { name: '纳入学习材料' }).getAttribute('aria-checked')).toBe('true');
  await openQuotes();
  await expect.poll(async () => (await shownDocs()).includes(ninth)).toBe(true);
});

test('a daily practice holds no question on a historical document', async () => {
  const ninth = await docIdOf(NINTH);
  expect(await bankWithHistoricalQuestions(ninth)).toBeGreaterThan(0);
  const historical = await historicalIds();
  const quiz = new QuizPage(app.page);
  await quiz.open('daily');
  const seen: QuizItem[] = [];
  for (let i = 0; i < 10; i++) {
    const id = await quiz.currentItemId();
    if (seen.some((s) => s.id === id)) break;
    const item = await call('quizGet', { id });
    seen.push(item);
    await quiz.answer(item, true);
    await quiz.verdict().waitFor();
    await quiz.next();
    await expect
      .poll(async () => (await quiz.question.count()) === 0 || (await quiz.currentItemId()) !== id)
      .toBe(true);
    if ((await quiz.question.count()) === 0) break;
  }
  expect(seen.length).toBe(10);
  expect(seen.filter((q) => q.docId && historical.has(q.docId))).toEqual([]);
});

test('a session quiz can only be built from questions on current material', async () => {
  const page = app.page;
  const ninth = await docIdOf(NINTH);
  expect(await bankWithHistoricalQuestions(ninth)).toBeGreaterThan(0);
  const historical = await historicalIds();
  const sessions = new SessionsPage(page);
  const created = await call('createSession', { title: '党史学习', kind: '党课' });
  /** Opens the quiz picker, keeps 单选 only and picks the first five questions listed. */
  const pickFive = async () => {
    await sessions.openSession(created.id);
    await page
      .locator('.ant-tabs-tab')
      .filter({ hasText: /^随堂测验$/ })
      .click();
    await page.getByLabel('题型').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^单选$/ })
      .click();
    const select = page.getByLabel('选择测验题');
    await select.click();
    const options = page.locator('.ant-select-item-option').filter({ hasText: /^［单选］/ });
    await options.first().waitFor();
    for (let i = 0; i < 5; i++) await options.nth(i).click();
    await page.keyboard.press('Escape');
    await page.locator('.quiz-picker-preview').getByText('预览（5 题）').waitFor();
  };
  await pickFive();
  expect(await page.locator('.quiz-picker-preview .ant-list-item').count()).toBe(5);
  expect(await page.locator('.quiz-picker-preview').textContent()).toContain('答案：');
  await themedScreenshots(app, 'knowledge-session-quiz-picker', pickFive);
  await page.getByRole('button', { name: '添加测验（5 题）' }).click();
  await sessions.rows.filter({ hasText: '5 题' }).waitFor();
  const session = await call('getSession', { id: created.id });
  const quiz = session.items.flatMap((i) => i.quiz);
  expect(quiz).toHaveLength(5);
  expect(quiz.every((q) => q.kind === '单选')).toBe(true);
  expect(quiz.filter((q) => q.docId && historical.has(q.docId))).toEqual([]);
}, 240_000);

test('search results label historical documents', async () => {
  const page = app.page;
  const search = new SearchPage(page);
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await search.submit('文化大革命');
  const labelled = search.results.filter({ has: page.locator('.status-tag') });
  await labelled.first().waitFor();
  const titles = await labelled.locator('a').first().allTextContents();
  expect(titles.join('')).not.toBe('');
  // Every hit on a historical document has the label, and no current one does.
  const historical = await historicalIds();
  const rows = await search.results.evaluateAll((els) =>
    els.map((el) => ({
      href: el.querySelector('a[href*="reader"]')?.getAttribute('href') ?? '',
      label: el.querySelector('.status-tag') !== null,
    })),
  );
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) {
    const id = decodeURIComponent(/id=([^&]+)/.exec(r.href)?.[1] ?? '');
    expect(r.label, id).toBe(historical.has(id));
  }
  await shots('knowledge-search-historical', () => search.submit('文化大革命'));
}, 240_000);

test('the 提法 index lists formulations by category and opens one through the years', async () => {
  const page = app.page;
  const openIndex = async () => {
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/tifa'));
    await page.locator('.term-group').first().waitFor();
  };
  await openIndex();
  const titles = await page.locator('.term-group .ant-card-head-title').allTextContents();
  expect(titles.some((t) => t.startsWith('经济'))).toBe(true);
  expect(titles.some((t) => t.startsWith('数字提法'))).toBe(true);
  // Ordinary words and names are never 提法.
  const chips = await page.locator('.term-chip').evaluateAll((as) => as.map((a) => a.firstChild?.textContent ?? ''));
  expect(chips.length).toBeGreaterThan(200);
  for (const junk of ['进', '左', '稳', '自由', '和平', '毛泽东', '北京']) expect(chips).not.toContain(junk);
  await themedScreenshots(app, 'knowledge-tifa-index', openIndex);
  await page.getByLabel('筛选提法').fill('新质生产力');
  await page.locator('.term-chip').filter({ hasText: '新质生产力' }).first().click();
  await page.locator('.timeline-summary').waitFor();
  expect(await page.locator('.timeline-summary').textContent()).toContain('新质生产力');
}, 240_000);

test('a highlight becomes a 填空 with its 提法 marked, pointing at its place in the document', async () => {
  const page = app.page;
  const doc = (await call('listDocuments', { limit: 500 })).items.find(
    (d) => d.title === '2024年中华人民共和国国务院政府工作报告',
  )!;
  const full = await call('getDocument', { id: doc.id });
  const sentence = '坚持和发展新时代“枫桥经验”';
  const paragraph = full.paragraphs.findIndex((p) => p.text.includes(sentence));
  expect(paragraph).toBeGreaterThanOrEqual(0);
  const start = full.paragraphs[paragraph]!.text.indexOf(sentence);
  await call('createAnnotation', { docId: doc.id, paragraph, start, end: start + sentence.length, color: 'yellow' });
  const box = page.getByLabel('填空原文');
  const openDialog = async () => {
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/annotations'));
    await page.locator('.annotation-item').first().waitFor();
    await page.getByRole('button', { name: '出题' }).click();
    await expect.poll(() => box.inputValue()).toContain('【枫桥经验】');
  };
  await themedScreenshots(app, 'knowledge-annotation-question', openDialog); // leaves the dialog open
  await page.getByRole('button', { name: '加入题库' }).click();
  await page.getByText('已加入题库').waitFor();
  const bank = await call('quizList', { docId: doc.id, limit: 50 });
  const made = bank.items.find((q) => q.factKind === 'highlight')!;
  expect(made.fact).toBe(sentence);
  expect(made.blanks.map((b) => b.text)).toContain('枫桥经验');
  expect(made.stem).toBe(`补全划线内容（《${doc.title}》）：`);
  expect(made.paragraph).toBe(paragraph);
}, 240_000);
