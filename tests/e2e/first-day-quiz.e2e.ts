// Issue 15 item 7, quiz details on a learner's first day: 待复习 / 新题 follow the answers, a 判断题
// says its keys are 1–2, and the progress bar and the statistics charts are in the red theme.
// (The handout and projector numbering of item 7 is in first-day-sessions.e2e.ts.)
import { expect, test } from 'vitest';
import type { QuizItem } from '../../electron/contract/api.js';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { QuizPage } from './pages/quiz-page.js';

const ctx = useApp({ bundle: true });
const RED = 'rgb(192, 57, 43)';
/** antd's info blue and ECharts' default first colours: none of them belongs in the red theme. */
const BLUES = ['rgb(22, 119, 255)', '#1677ff', '#5470c6', '#91cc75', '#73c0de'];

test('item 7: counters follow the answers, 判断 keys say 1–2, progress and charts are red', async () => {
  const { page, core } = ctx.app;
  // A bank of two of the user's own questions (the library is not used to fill a bank that has items).
  const judge = await core.handlers.quizSave({
    kind: '判断',
    stem: '判断：党的根基在人民。',
    fact: '',
    options: ['正确', '错误'],
    correct: [0],
    blanks: [],
    explanation: '',
    tags: [],
  });
  const single = await core.handlers.quizSave({
    kind: '单选',
    stem: '单选：“三会一课”的“一课”是？',
    fact: '',
    options: ['党课', '团课', '讲座'],
    correct: [0],
    blanks: [],
    explanation: '',
    tags: [],
  });
  const quiz = new QuizPage(page);
  await quiz.open('daily');
  await expect.poll(() => quiz.statistic('新题').textContent()).toBe('2');
  expect(await quiz.currentItemId()).toBe(judge.id);
  expect(await quiz.question.locator('.quiz-hint').textContent()).toBe('按数字键 1–2 选择，Enter 提交');
  await quiz.answer(judge as QuizItem, true);
  await quiz.verdict().waitFor();
  await quiz.next();
  await expect.poll(() => quiz.currentItemId()).toBe(single.id);
  expect(await quiz.question.locator('.quiz-hint').textContent()).toBe('按数字键 1–3 选择，Enter 提交');
  // Half way: the filled part of the progress bar is the theme red.
  const fills = await page
    .locator('.quiz-runner .ant-progress')
    .evaluate((el) => [el, ...el.querySelectorAll('*')].map((e) => getComputedStyle(e).backgroundColor));
  expect(fills).toContain(RED);
  expect(fills).not.toContain(BLUES[0]);
  await quiz.answer(single as QuizItem, false);
  await quiz.verdict().waitFor();
  await quiz.next();
  await page.getByText('本组练习完成').waitFor();
  // The counters show what is left now, not what was there when the set began.
  await expect.poll(() => quiz.statistic('新题').textContent()).toBe('0');
  await quiz.tab('统计');
  await page.locator('.quiz-stats [role="img"] svg').first().waitFor();
  const colours = await page
    .locator('.quiz-stats [role="img"] svg [fill]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('fill') ?? '').toLowerCase()));
  expect(colours.some((c) => c === '#c0392b' || c.replace(/\s/g, '') === 'rgb(192,57,43)')).toBe(true);
  for (const blue of BLUES) expect(colours).not.toContain(blue);
  await screenshot(page, 'quiz-stats-red');
});
