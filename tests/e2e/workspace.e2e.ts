// Study workspace in web mode: highlights with notes and tags survive a reload; the 标注 page
// filters and exports Markdown; bulk tagging of search results; digit keys toggle coloured tags;
// annotations still attach after the bundle is rebuilt. (Saving 金句 and the reading position:
// reader-keeping.e2e.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { screenshot, type AppHandle } from './support/app-fixture.js';
import { patientApps } from './support/patient-app.js';
import { chooseOption, pickDocument, settled } from './support/workspace-steps.js';
import { ReaderPage } from './pages/reader-page.js';
import { ShellPage } from './pages/shell-page.js';
import { buildContentBundle } from '../../electron/core/bundle/build-bundle.js';
import { REPO_ROOT } from '../../electron/core/app-core.js';

const { open, close } = patientApps();
let app: AppHandle | null = null;

test('highlights in two colours with a note and a tag survive a reload', async () => {
  app = await open(inject('bundlePath'));
  const reader = new ReaderPage(app.page);
  const { doc, p, s1, s2 } = await pickDocument(app);
  const text = doc.paragraphs[p]!.text;
  await reader.open(doc.id);

  await reader.highlight(p, s1[0], s1[1], '重要论述');
  await reader.editActive('第一条批注：要反复学习', ['学习/重点']);
  await reader.highlight(p, s2[0], s2[1], '新提法');
  await reader.editActive('第二条批注', []);

  await app.page.reload();
  await reader.marks('yellow').first().waitFor();
  expect((await reader.marks('yellow').allTextContents()).join('')).toBe(text.slice(...s1));
  expect((await reader.marks('red').allTextContents()).join('')).toBe(text.slice(...s2));
  await expect.poll(() => reader.sideList.textContent()).toContain('第一条批注：要反复学习');
  expect(await reader.sideList.textContent()).toContain('学习/重点');
  await screenshot(app.page, 'workspace-reader');
  // Print: only the text and its 出处, no controls or side panel.
  await app.page.emulateMedia({ media: 'print' });
  expect(await app.page.locator('.reader-side').isVisible()).toBe(false);
  expect(await app.page.locator('.reader-controls').isVisible()).toBe(false);
  expect(await app.page.locator('.citation-footer').isVisible()).toBe(true);
  await screenshot(app.page, 'workspace-reader-print');
  await app.page.emulateMedia({ media: 'screen' });
  await app.core.handlers.setSettings({ fontSize: 24 });
  await app.page.reload();
  await reader.marks('yellow').first().waitFor();
  await settled(app);
  await screenshot(app.page, 'workspace-reader-150');
});

test('标注 page lists every annotation, filters, exports Markdown and jumps to the passage', async () => {
  app = await open(inject('bundlePath'));
  const { doc, p, s1, s2 } = await pickDocument(app);
  const text = doc.paragraphs[p]!.text;
  await app.core.handlers.createAnnotation({
    docId: doc.id,
    paragraph: p,
    start: s1[0],
    end: s1[1],
    color: 'yellow',
    note: '第一条批注：要反复学习',
    tags: ['学习/重点'],
  });
  await app.core.handlers.createAnnotation({
    docId: doc.id,
    paragraph: p,
    start: s2[0],
    end: s2[1],
    color: 'red',
    note: '第二条批注',
    tags: [],
  });

  // Both listed; filter by colour, by text, by tag.
  await new ShellPage(app.page).open('标注');
  const total = app.page.locator('.annotation-total');
  await expect.poll(() => total.textContent()).toBe('2');
  await chooseOption(app, '按颜色筛选', '新提法');
  await expect.poll(() => total.textContent()).toBe('1');
  expect(await app.page.locator('.annotation-list').textContent()).toContain('第二条批注');
  // Bulk-tag the filtered selection (only the red one).
  await app.page.getByLabel('批量标注标签').fill('待复习');
  await app.page.getByRole('button', { name: '加到当前筛选的全部标注' }).click();
  await app.page.getByText('已添加标签“待复习”：1 条标注').waitFor();
  const tagged = await app.core.handlers.listAnnotations({ tag: '待复习', offset: 0, limit: 10 });
  expect(tagged.items.map((a) => a.color)).toEqual(['red']);
  await app.page
    .getByLabel('按颜色筛选')
    .locator('..')
    .locator('..')
    .locator('.ant-select-clear')
    .click({ force: true });
  await expect.poll(() => total.textContent()).toBe('2');
  await app.page.getByLabel('搜索标注').fill('反复学习');
  await expect.poll(() => total.textContent()).toBe('1');
  await app.page.getByLabel('搜索标注').fill('');
  await chooseOption(app, '按标签筛选', '学习/重点');
  await expect.poll(() => total.textContent()).toBe('1');
  await app.page.keyboard.press('Escape');
  await settled(app);
  await screenshot(app.page, 'workspace-annotations');

  // Export Markdown (current filter: the tagged one) and check its content.
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: '导出 Markdown' }).click(),
  ]);
  const md = fs.readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  expect(md).toContain(`## 《${doc.title}》`);
  expect(md).toContain('### 重要论述');
  expect(md).toContain(`> ${text.slice(...s1)}`);
  expect(md).toContain('批注：第一条批注：要反复学习');
  expect(md).toContain(`出处：${doc.citation} 第${p + 1}段`);
  expect(md).not.toContain('第二条批注');

  // Jump to the passage: the reader opens with that highlight active.
  await app.page.locator('.annotation-source').first().click();
  await app.page.locator('.reader-body mark.ann.active').first().waitFor();
  await app.core.handlers.setSettings({ fontSize: 24 });
  await app.page.reload();
  await new ShellPage(app.page).open('标注');
  await app.page.locator('.annotation-item').first().waitFor();
  await settled(app);
  await screenshot(app.page, 'workspace-annotations-150');
});

test('bulk-tags all search results, then a digit key toggles a coloured tag on the document', async () => {
  app = await open(inject('bundlePath'));
  const search = await app.core.handlers.search({ query: '乡村振兴', sort: 'relevance', offset: 0, limit: 5 });
  expect(search.total).toBeGreaterThan(1);
  await new ShellPage(app.page).open('标签');
  await app.page.locator('.tags-page').waitFor();
  await app.page.getByLabel('批量搜索条件').fill('乡村振兴');
  await app.page.getByLabel('批量标签').fill('专题/乡村');
  await app.page.getByRole('button', { name: '应用到全部搜索结果' }).click();
  await app.page.getByText(`搜索到 ${search.total} 篇`).first().waitFor();
  const tagged = await app.core.handlers.listDocumentsByTag({ tag: '专题', includeChildren: true });
  expect(tagged.items.length).toBe(search.total);

  // Give the tag a colour: it becomes coloured tag 1.
  await app.page.locator('.tag-tree').getByText('乡村', { exact: true }).click();
  await app.page.getByRole('button', { name: '设为颜色 #e74c3c' }).click();
  await app.page.locator('.tag-tree').getByText('键 1').waitFor();
  await screenshot(app.page, 'workspace-tags');

  const docId = search.hits[0]!.docId;
  const reader = new ReaderPage(app.page);
  await reader.open(docId);
  await app.page.locator('.reader-title').click();
  await app.page.keyboard.press('1');
  await app.page.getByText('已移除标签“专题/乡村”（本文）').waitFor();
  expect((await app.core.handlers.getDocumentState({ docId })).tags).not.toContain('专题/乡村');
  await app.page.keyboard.press('1');
  await app.page.getByText('已添加标签“专题/乡村”（本文）').waitFor();
  expect((await app.core.handlers.getDocumentState({ docId })).tags).toContain('专题/乡村');
});

test('annotations still attach after the bundle is rebuilt with one paragraph changed', async () => {
  // A private copy of the sources so one paragraph can be edited and the bundle rebuilt.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-rebuild-'));
  const sources = path.join(dir, 'sources');
  fs.cpSync(path.join(REPO_ROOT, 'content', 'sources'), sources, { recursive: true });
  const manifestPath = path.join(REPO_ROOT, 'content', 'manifest.json');
  const bundlePath = path.join(dir, 'content.sqlite');
  await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath });
  try {
    app = await open(bundlePath);
    const list = await app.core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 500 });
    const seed = list.items.find((d) => d.title.includes('建强战斗堡垒'))!;
    const doc = await app.core.handlers.getDocument({ id: seed.id });
    const p = doc.paragraphs.findIndex((x) => x.text.includes('党的组织体系更加严密'));
    const text = doc.paragraphs[p]!.text;
    const quote = '党的组织体系更加严密';
    const start = text.indexOf(quote);
    const ann = await app.core.handlers.createAnnotation({
      docId: doc.id,
      paragraph: p,
      start,
      end: start + quote.length,
      color: 'green',
      note: '重建后仍在',
      tags: [],
    });

    // Rebuild with that paragraph changed (words inserted before the highlight).
    const file = fs
      .readdirSync(path.join(sources, 'seeds'))
      .map((f) => path.join(sources, 'seeds', f))
      .find((f) => fs.readFileSync(f, 'utf8').includes(text))!;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(text, `（修订）近五年来，${text}`));
    await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath });
    await app.restart();

    const changed = await app.core.handlers.getDocument({ id: doc.id });
    expect(changed.paragraphs[p]!.text).not.toBe(text);
    const listed = await app.core.handlers.listAnnotations({ docId: doc.id, offset: 0, limit: 10 });
    const found = listed.items.find((x) => x.id === ann.id)!;
    expect(found).toMatchObject({ orphaned: false, text: quote });
    expect(found.start).toBeGreaterThan(start);

    const reader = new ReaderPage(app.page);
    await reader.open(doc.id, `&a=${ann.id}`);
    await reader.marks('green').first().waitFor();
    expect((await reader.marks('green').allTextContents()).join('')).toBe(quote);
    expect(await reader.sideList.textContent()).not.toContain('未定位');
  } finally {
    await close(); // before its bundle's folder goes
    app = null;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
