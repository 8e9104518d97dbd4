// 测验 end to end in web mode: daily practice with one right and one wrong answer, the wrong one
// in 错题本 with the answer given, statistics updating, the queue surviving a restart, and a
// paper with its answer key exported and read back.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { QuizItem } from '../../electron/contract/api.js';
import { launchBrowser, screenshot, startApp, type AppHandle } from './support/app-fixture.js';
import { QuizPage } from './pages/quiz-page.js';

let browser: Browser;
let app: AppHandle;
let quiz: QuizPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  app = await startApp(browser, { bundlePath: inject('bundlePath') });
  quiz = new QuizPage(app.page);
});
afterEach(async () => {
  await app.close();
});

const itemOf = async (id: number) => (await app.core.handlers.quizGet({ id })) as QuizItem;

test('daily practice: right and wrong answers, 错题本, statistics, and the queue after a restart', async () => {
  await quiz.open('daily');
  await expect.poll(() => quiz.statistic('新题').textContent()).toBe('10');

  const first = await itemOf(await quiz.currentItemId());
  await quiz.answer(first, true);
  await expect.poll(() => quiz.verdict().textContent()).toContain('回答正确');
  await quiz.next();

  const secondId = await expect
    .poll(() => quiz.currentItemId())
    .not.toBe(first.id)
    .then(() => quiz.currentItemId());
  const second = await itemOf(secondId);
  await quiz.answer(second, false);
  await expect.poll(() => quiz.verdict().textContent()).toContain('回答错误');
  await expect(quiz.verdict().textContent()).resolves.toContain('正确答案');
  if (second.docId)
    expect(
      await quiz
        .verdict()
        .getByText(/查看原文/)
        .getAttribute('href'),
    ).toContain(`#/reader?id=${encodeURIComponent(second.docId)}`);
  await screenshot(app.page, 'quiz-daily-wrong');
  await quiz.next();

  await quiz.tab('错题本');
  await quiz.mistake(second.id).waitFor();
  expect(await quiz.mistake(second.id).textContent()).toContain('你的答案');
  expect(await app.page.locator('.quiz-mistakes [data-item-id]').count()).toBe(1);
  await app.page.locator('.quiz-mistakes .ant-spin-blur').waitFor({ state: 'detached' });
  await screenshot(app.page, 'quiz-mistakes');

  await quiz.tab('统计');
  await expect.poll(() => quiz.statistic('已答题').textContent()).toBe('2');
  expect(await quiz.statistic('正确率').textContent()).toBe('50');
  expect(await quiz.statistic('连续学习').textContent()).toBe('1');
  await app.page.locator('[aria-label="学习日历"] svg').first().waitFor();
  await screenshot(app.page, 'quiz-stats');

  // The queue lives in the database: after a restart the day's remaining new items are still 8.
  await app.restart();
  await quiz.open('daily');
  await expect.poll(() => quiz.statistic('新题').textContent()).toBe('8');
});

test('a paper and its answer key are exported from the bank and contain the questions and answers', async () => {
  await quiz.open('daily');
  await quiz.question.waitFor(); // seeds the bank
  await quiz.tab('题库');
  const rows = app.page.locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor();
  for (let i = 0; i < 3; i++) await rows.nth(i).locator('input[type="checkbox"]').check();
  const ids = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => Number(tr.getAttribute('data-row-key'))));
  const items = await Promise.all(ids.map(itemOf));
  await screenshot(app.page, 'quiz-bank');

  const [paper, key] = await quiz.exportPaper('导出试卷（网页打印）', 2);
  expect(paper?.suggestedFilename()).toBe('学习测验-试卷.html');
  expect(key?.suggestedFilename()).toBe('学习测验-参考答案.html');
  const paperHtml = fs.readFileSync((await paper!.path())!, 'utf8');
  const keyHtml = fs.readFileSync((await key!.path())!, 'utf8');
  for (const item of items) {
    const firstLine = (item.kind === '填空' ? item.stem : item.stem.split('\n')[0]) ?? '';
    expect(paperHtml).toContain(firstLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'));
    const answers =
      item.kind === '填空' ? item.blanks.map((b) => b.text) : item.correct.map((i) => item.options[i] ?? '');
    for (const a of answers) expect(keyHtml).toContain(a);
  }
  // The answer key is separate: the paper never prints the 参考答案 block.
  expect(paperHtml).not.toContain('参考答案');

  // Opened as a page, the paper renders its title and numbered questions.
  const view = await app.context.newPage();
  await view.setContent(paperHtml);
  expect(await view.locator('h1').textContent()).toBe('学习测验');
  expect(await view.locator('.q').count()).toBe(3);
  await view.screenshot({ path: 'tests/e2e/screenshots/quiz-paper.png' });
  await view.close();
});

test('模拟考试: N questions with a countdown, hand in, score and per-question review', async () => {
  await quiz.open('exam');
  await app.page.getByLabel('题数').fill('3');
  await app.page.getByRole('button', { name: '开始模拟考试' }).click();
  await expect.poll(() => app.page.locator('.quiz-question').count()).toBe(3);
  await app.page.getByText('剩余时间').waitFor();
  // Answer the first question right by reading it from the core; leave the rest blank.
  const first = await itemOf(Number(await app.page.locator('.quiz-question').first().getAttribute('data-item-id')));
  const q1 = app.page.locator('.quiz-question').first();
  if (first.kind === '填空')
    for (let i = 0; i < first.blanks.length; i++)
      await q1
        .locator('input')
        .nth(i)
        .fill(first.blanks[i]?.text ?? '');
  else for (const i of first.correct) await q1.locator('.ant-radio-wrapper, .ant-checkbox-wrapper').nth(i).click();
  await screenshot(app.page, 'quiz-exam');
  await app.page
    .getByRole('button', { name: '交 卷' })
    .or(app.page.getByRole('button', { name: '交卷' }))
    .click();
  await app.page.getByText(/得分：33 分/).waitFor();
  expect(await app.page.locator('.quiz-verdict').count()).toBe(3);
  expect(await app.page.locator('.quiz-verdict').first().textContent()).toContain('回答正确');
  expect(await app.page.locator('.quiz-verdict').nth(1).textContent()).toContain('回答错误');
  await screenshot(app.page, 'quiz-exam-result');
});

test('a teacher writes a 单选 question, and a bank import says which items were refused and how many more', async () => {
  await quiz.open('bank');
  await app.page.getByRole('button', { name: '新建题目' }).click();
  const editor = app.page.locator('.ant-modal').filter({ hasText: '新建题目' });
  await editor.getByLabel('题干', { exact: true }).fill('党的全国代表大会每几年举行一次？');
  for (const [i, text] of ['三年', '四年', '五年', '六年'].entries())
    await editor.getByLabel(`选项${'ABCD'[i]}`, { exact: true }).fill(text);
  await editor.getByLabel('选项C正确').check();
  await screenshot(app.page, 'quiz-editor');
  await editor.getByRole('button', { name: /保\s*存/ }).click();
  await app.page.getByText('题目已保存').waitFor();
  const saved = await app.core.handlers.quizList({ query: '每几年举行一次', offset: 0, limit: 5 });
  expect(saved.items.map((i) => [i.kind, i.options, i.correct])).toEqual([
    ['单选', ['三年', '四年', '五年', '六年'], [2]],
  ]);

  // One item with its key and twelve without: the report lists ten reasons and counts the rest.
  const item = (n: number, key: boolean) =>
    `${n}．党的全国代表大会每（  ）年举行一次。\nA．三　B．四　C．五　D．六\n${key ? '答案：C\n' : ''}`;
  const bank = ['一、单选题', item(1, true), ...Array.from({ length: 12 }, (_, i) => item(i + 2, false))].join('\n');
  await app.page
    .locator('.quiz-filters input[type="file"]')
    .setInputFiles({ name: '题库.txt', mimeType: 'text/plain', buffer: Buffer.from(bank) });
  const report = app.page.locator('.quiz-import-report');
  await report.waitFor();
  expect(await report.textContent()).toMatch(/成功 1 题.*无效 12 题/);
  expect(await report.getByText(/^第 \d+ 条：/).count()).toBe(10);
  expect(await report.textContent()).toContain('另有 2 条无效');
  await screenshot(app.page, 'quiz-import-report');
});
