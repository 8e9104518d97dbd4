// 学习专题 end to end in Chromium: build a session from search results, an annotation and 金句,
// add two 研讨题 and a 5-question quiz, reorder by buttons and keyboard, export the handout as
// DOCX (read back) and PDF (rendered to PNG for a human look), run the projector through every
// item, fill the record and export it, and check the yearly view.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeEach, expect, test } from 'vitest';
import { screenshot, SCREENSHOT_DIR, type AppHandle } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { SessionsPage } from './pages/sessions-page.js';

const ctx = useApp({ bundle: true });
let app: AppHandle;
let sessions: SessionsPage;
beforeEach(() => {
  app = ctx.app;
  sessions = new SessionsPage(app.page);
});

const TITLE = '学习基层党建重要论述';
const QUIZ_STEMS = [
  '测验一：基层是党的执政根基',
  '测验二：党员发挥应有作用',
  '测验三：基层党组织坚强有力',
  '测验四：党的根基才能牢固',
  '测验五：党才有战斗力',
];

async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value.replace(/\n{2,}/g, '\n');
}
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = text.indexOf(n, from);
    expect(at, `“${n}” after ${from}`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

test('builds a session from search, annotation and 金句; handout DOCX + PDF; projector; record', async () => {
  const page = app.page;
  const h = app.core.handlers;
  // Quiz questions and an annotation are created through the API (their own pages are other
  // features); everything else goes through the UI.
  for (const stem of QUIZ_STEMS)
    await h.quizSave({
      kind: '判断',
      stem,
      fact: '',
      options: ['正确', '错误'],
      correct: [0],
      blanks: [],
      explanation: '',
      tags: [],
    });
  const quote = (await h.searchQuotes({ query: '基层是党的执政根基', offset: 0, limit: 1 })).items[0]!;
  // Highlight the first sentence of the paragraph after the 金句 (a passage distinct from it).
  const annPara = quote.paragraph + 1;
  const para = (await h.getDocument({ id: quote.docId })).paragraphs[annPara]!.text;
  const sentenceEnd = para.indexOf('。') + 1 || Math.min(para.length, 40);
  const ann = await h.createAnnotation({
    docId: quote.docId,
    paragraph: annPara,
    start: 0,
    end: sentenceEnd,
    color: 'yellow',
    note: '',
    tags: [],
  });

  await sessions.open();
  const id = await sessions.create({
    title: TITLE,
    kind: '主题党日',
    date: '2025-03-12',
    place: '二楼会议室',
    host: '王支书',
    attendees: ['张明', '李华', '赵强', '陈静'],
  });
  await page.getByText('计划参加').waitFor();

  // From search results: the first document hit's passage.
  await page.evaluate(() => (window.location.hash = '#/search?q=基层党建'));
  const firstHit = page.locator('.search-results .ant-list-item').first();
  await firstHit.waitFor();
  const hitTitle = (await firstHit.locator('.ant-list-item-meta-title').textContent())!.trim();
  await sessions.addVia(firstHit.getByRole('button', { name: '加入学习专题' }), TITLE);
  // From the 金句 tab of search.
  await page.evaluate(() => (window.location.hash = '#/search?q=基层是党的执政根基'));
  await page
    .locator('.ant-tabs-tab')
    .filter({ hasText: /^金句$/ })
    .click();
  const quoteHit = page.locator('.quote-results .ant-list-item').first();
  await quoteHit.waitFor();
  await sessions.addVia(quoteHit.getByRole('button', { name: '加入学习专题' }), TITLE);
  // From 标注.
  await page.evaluate(() => (window.location.hash = '#/annotations'));
  const annItem = page.locator('.annotation-item').first();
  await annItem.waitFor();
  await sessions.addVia(annItem.getByRole('button', { name: '加入学习专题' }), TITLE);

  await sessions.openSession(id);
  await expect.poll(() => sessions.rows.count()).toBe(3);
  await sessions.addText('研讨题', '如何把基层党组织建设成为坚强战斗堡垒？');
  await sessions.addText('研讨题', '结合本职工作，谈谈如何发挥党员先锋模范作用？');
  await sessions.addQuiz(QUIZ_STEMS);
  await expect.poll(() => sessions.rows.count()).toBe(6);
  const texts = await sessions.agendaTexts();
  expect(texts[1]).toBe(quote.text);
  expect(texts[2]).toBe(ann.quote);
  // Every sourced item shows its 出处.
  for (let i = 0; i < 3; i++)
    await expect.poll(() => sessions.rows.nth(i).locator('.agenda-citation').textContent()).toMatch(/^出处：.*《.+》/);

  // Reorder: the 金句 moves down with the button, back up with Alt+↑ on the focused row.
  await sessions.rows.nth(1).getByRole('button', { name: '下移' }).click();
  await expect.poll(() => sessions.agendaTexts().then((t) => t[2])).toBe(quote.text);
  await sessions.rows.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => sessions.agendaTexts().then((t) => t[1])).toBe(quote.text);
  const stored = (await h.getSession({ id })).items.map((i) => i.kind);
  expect(stored).toEqual(['excerpt', 'quote', 'excerpt', 'question', 'question', 'quiz']);
  await screenshot(page, 'sessions-agenda');

  // Handout DOCX: every item, in order, with 出处; quiz then a separate answer key.
  const session = await h.getSession({ id });
  const dl = await sessions.download('导出学习材料（DOCX）');
  expect(dl.suggestedFilename()).toBe(`${TITLE}-学习材料汇编.docx`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sessions-e2e-'));
  const docxPath = path.join(tmp, 'handout.docx');
  await dl.saveAs(docxPath);
  const text = await docxText(docxPath);
  const [hit, q, a] = session.items;
  expectInOrder(text, [
    TITLE,
    '主题党日·学习材料汇编',
    '时间：2025年3月12日',
    '目　录',
    '一、学习材料',
    hit!.content,
    `出处：${hit!.citation}`,
    a!.content,
    `出处：${a!.citation}`,
    '二、金句摘编',
    quote.text,
    `出处：${quote.citation}`,
    '三、研讨题',
    '1. 如何把基层党组织建设成为坚强战斗堡垒？',
    '2. 结合本职工作，谈谈如何发挥党员先锋模范作用？',
    '四、随堂测验',
    ...QUIZ_STEMS.map((s, i) => `${i + 1}. ${s}`),
    '附：随堂测验参考答案',
    '1. A（正确）',
    '5. A（正确）',
  ]);
  expect(hitTitle.length).toBeGreaterThan(0);
  expect(q!.kind).toBe('quote');

  // Handout PDF: the print page through Chromium's print pipeline, then PNGs to look at.
  await page.getByRole('button', { name: '打印 / PDF' }).click();
  await page.locator('.handout').waitFor();
  await screenshot(page, 'sessions-print-page');
  const pdfPath = path.join(tmp, 'handout.pdf');
  await page.pdf({
    path: pdfPath,
    format: 'A4',
    printBackground: true,
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
  });
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '72',
    '-f',
    '1',
    '-l',
    '6',
    pdfPath,
    path.join(SCREENSHOT_DIR, 'sessions-handout-pdf'),
  ]);
  expect(
    fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith('sessions-handout-pdf')).length,
  ).toBeGreaterThanOrEqual(3);

  // Projector: every item, one per screen (quiz = one screen per question).
  await sessions.openSession(id);
  await page.getByRole('button', { name: '放映' }).click();
  await page.locator('.projector').waitFor();
  const total = 1 + 5 + QUIZ_STEMS.length; // title + 5 items + 5 quiz questions
  await expect.poll(() => sessions.projectorCounter.textContent()).toBe(`1 / ${total}`);
  const seen: string[] = [];
  for (let i = 1; i <= total; i++) {
    const slide = page.locator('.projector-slide');
    seen.push((await slide.textContent()) ?? '');
    if (i === 2) await screenshot(page, 'sessions-projector-excerpt');
    if (i === 3) await screenshot(page, 'sessions-projector-quote');
    if (i === 7) {
      await page.getByRole('button', { name: '揭晓答案' }).click();
      await page.getByRole('status').filter({ hasText: '答案：A（正确）' }).waitFor();
      await page.getByRole('button', { name: '第一组加分' }).click();
      await page.getByRole('button', { name: '第一组加分' }).click();
      await page.getByRole('button', { name: '第二组加分' }).click();
      await screenshot(page, 'sessions-projector-quiz');
    }
    if (i < total) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      await expect.poll(() => sessions.projectorCounter.textContent()).toBe(`${i + 1} / ${total}`);
    }
  }
  expect(seen[0]).toContain(TITLE);
  expect(seen[2]).toContain(quote.text);
  expect(seen[2]).toContain(quote.citation);
  expect(seen[4]).toContain('如何把基层党组织建设成为坚强战斗堡垒？');
  QUIZ_STEMS.forEach((s, i) => expect(seen[6 + i]).toContain(s));
  expect(await page.getByTestId('score-0').textContent()).toBe('2');
  await page.keyboard.press('PageUp');
  await expect.poll(() => sessions.projectorCounter.textContent()).toBe(`${total - 1} / ${total}`);
  await page.keyboard.press('b');
  await page.locator('.projector-black').waitFor();
  await page.keyboard.press('b');
  await page.locator('.projector-slide').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.session-editor').waitFor();
  expect(await page.locator('.projector').count()).toBe(0);

  // Record: sign-in, 参学率, speakers, discussion; export DOCX.
  await page.locator('.ant-tabs-tab').filter({ hasText: '会议记录' }).click();
  for (const name of ['张明', '李华', '赵强']) await page.getByLabel(`${name}出勤`).getByText('出席').click();
  await page.getByLabel('陈静出勤').getByText('缺席').click();
  await page.getByLabel('陈静缺席原因').fill('外出培训');
  await page.getByLabel('发言人1').fill('张明');
  await page.getByLabel('发言要点1').fill('要把学习成果转化为推动工作的实际成效。');
  await page.getByLabel('讨论情况').fill('大家围绕研讨题深入交流，一致认为要加强基层党组织建设。');
  await page.getByLabel('记录人').fill('李华');
  await page.getByText('75%').waitFor();
  await page.getByRole('button', { name: '保存记录' }).click();
  await expect
    .poll(async () => (await h.getSession({ id })).attendance)
    .toEqual({ expected: 4, present: 3, absent: 1, walkIns: 0, rate: 75 });
  await screenshot(page, 'sessions-record');
  const rec = await sessions.download('导出会议记录（DOCX）');
  const recPath = path.join(tmp, 'record.docx');
  await rec.saveAs(recPath);
  expectInOrder(await docxText(recPath), [
    '主题党日会议记录',
    '时间',
    '2025年3月12日',
    '地点',
    '二楼会议室',
    '主持人',
    '王支书',
    '记录人',
    '李华',
    '参加人员',
    '张明、李华、赵强',
    '缺席人员及原因',
    '陈静（外出培训）',
    '出勤情况',
    '应到4人，实到3人，参学率75%',
    '学习内容',
    '讨论情况',
    '张明：要把学习成果转化为推动工作的实际成效。',
    '大家围绕研讨题深入交流',
  ]);

  // Yearly view with the session in March, exportable as CSV.
  await page.evaluate(() => (window.location.hash = '#/sessions?view=year'));
  await page.getByLabel('年份').fill('2025');
  await page.locator('.year-view .ant-table-row').filter({ hasText: TITLE }).waitFor();
  expect(await page.locator('.year-view .ant-table-row').first().textContent()).toContain('3/4　75%');
  const csv = await sessions.download('导出 CSV');
  const csvPath = path.join(tmp, 'year.csv');
  await csv.saveAs(csvPath);
  expect(fs.readFileSync(csvPath, 'utf8')).toContain(`3月,2025年3月12日,主题党日,${TITLE},`);
  await screenshot(page, 'sessions-year');
  fs.rmSync(tmp, { recursive: true, force: true });
});
