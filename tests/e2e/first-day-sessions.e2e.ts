// Issue 15, a group leader's first day — 学习专题: 参学率 with walk-ins (item 8), the same quiz
// numbering in the handout and on the projector (item 7), and a handout PDF whose table of
// contents does not take a page of its own (item 10).
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
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
    page.locator('.record-form .ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
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

/** A session whose quiz lists a 判断 question before a 单选 one (the handout prints 单选 first). */
async function quizSession(core: AppHandle['core']): Promise<{ id: number; stems: string[] }> {
  const h = core.handlers;
  const judge = await h.quizSave({
    kind: '判断',
    stem: '判断：基层党组织是党的全部工作和战斗力的基础。',
    fact: '',
    options: ['正确', '错误'],
    correct: [0],
    blanks: [],
    explanation: '',
    tags: [],
  });
  const single = await h.quizSave({
    kind: '单选',
    stem: '单选：“三会一课”中的“一课”指的是？',
    fact: '',
    options: ['党课', '团课', '讲座'],
    correct: [0],
    blanks: [],
    explanation: '',
    tags: [],
  });
  const s = await h.createSession({
    title: '五月主题党日',
    kind: '主题党日',
    date: '2025-05-20',
    attendees: ['甲'],
  } as never);
  await h.addSessionItem({ sessionId: s.id, kind: 'question', text: '如何发挥党员先锋模范作用？' });
  await h.addSessionItem({ sessionId: s.id, kind: 'quiz', quizItemIds: [judge.id, single.id] });
  return { id: s.id, stems: [judge.stem, single.stem] };
}

test('item 7: the projector numbers the quiz as the handout does', async () => {
  const { page, core } = ctx.app;
  const { id } = await quizSession(core);
  const sessions = new SessionsPage(page);
  await sessions.openSession(id);
  await page.getByRole('button', { name: '打印 / PDF' }).click();
  await page.locator('.handout-section h3').first().waitFor();
  const printed = new Map<string, string>();
  for (const h3 of await page.locator('.handout-section h3').allTextContents()) {
    const m = /^(\d+)\. (.+?)（　　）$/.exec(h3.trim());
    if (m) printed.set(m[2]!, m[1]!);
  }
  expect(printed.size).toBe(2);
  await page.evaluate((sid) => (window.location.hash = `#/projector?id=${sid}`), id);
  await page.locator('.projector').waitFor();
  const shown = new Map<string, string>();
  for (let i = 0; i < 6; i++) {
    if ((await page.locator('.projector-slide').getAttribute('data-slide-kind')) === 'quiz') {
      const label = (await page.locator('.slide-quiz .slide-label').textContent())!;
      shown.set((await page.locator('.slide-quiz h2').textContent())!, /第 (\d+) \//.exec(label)![1]!);
    }
    await page.keyboard.press('ArrowRight');
  }
  expect(shown).toEqual(printed);
});

test('item 10: the handout PDF puts its contents list on the cover page, not on a page of its own', async () => {
  const { page, core } = ctx.app;
  const { id } = await quizSession(core);
  await page.evaluate((sid) => (window.location.hash = `#/sessions?id=${sid}&view=print`), id);
  await page.locator('.handout').waitFor();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
  });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  // NFKC: the PDF's text layer may use Kangxi radicals (⽬) for the ideographs (目).
  const pages = (await extractText(doc, { mergePages: false })).text.map((t) =>
    t.normalize('NFKC').replace(/\s+/g, ''),
  );
  const tocPage = pages.findIndex((t) => t.includes('目录'));
  expect(tocPage).toBe(0);
  expect(pages[0]).toContain('五月主题党日');
  // The material itself starts on the next page.
  expect(pages[1]).toContain('如何发挥党员先锋模范作用');
});
