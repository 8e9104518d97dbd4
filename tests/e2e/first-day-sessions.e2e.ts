// Issue 15, a group leader's first day — 学习专题: 参学率 with walk-ins (item 8), the same quiz
// numbering in the handout and on the projector (item 7), and a handout PDF whose table of
// contents does not take a page of its own (item 10).
import { expect, test } from 'vitest';
import { screenshot } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { SessionsPage } from './pages/sessions-page.js';

const ctx = useApp({ bundle: true });

test('item 8: a walk-in counts as attending (列席) but not in 应到; Enter adds one', async () => {
  const { page, core } = ctx.app;
  const people = ['张明', '李华', '赵强', '陈静', '王芳', '刘洋'];
  const s = await core.handlers.createSession({
    title: '四月党小组会',
    kind: '党小组会',
    date: '2025-04-10',
    attendees: people,
  } as never);
  const sessions = new SessionsPage(page);
  await sessions.openSession(s.id, 'record');
  for (const name of people.slice(0, 4)) await page.getByLabel(`${name}出勤`).getByText('出席').click();
  for (const name of people.slice(4)) await page.getByLabel(`${name}出勤`).getByText('缺席').click();
  const stat = (title: string) =>
    page.locator('.attendance-stats .ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  await expect.poll(() => stat('参学率').textContent()).toBe('66.7%');
  // Enter in the name field adds the walk-in, as it does for planned attendees.
  const walkIn = page.getByLabel('临时参加人员');
  await walkIn.fill('周列席');
  await walkIn.press('Enter');
  await page.locator('.signin-table').getByText('周列席').waitFor();
  expect(await walkIn.inputValue()).toBe('');
  expect(await stat('应到').textContent()).toBe('6人');
  expect(await stat('实到').textContent()).toBe('4人');
  expect(await stat('列席').textContent()).toBe('1人');
  expect(await stat('参学率').textContent()).toBe('66.7%');
  await page.getByRole('button', { name: '保存记录' }).click();
  await expect
    .poll(async () => (await core.handlers.getSession({ id: s.id })).attendance)
    .toEqual({ expected: 6, present: 4, absent: 2, walkIns: 1, rate: 66.7 });
  await screenshot(page, 'sessions-record-walk-in');
});
