// 设置 → 数据与备份 in web mode: snapshots are listed and one restores with one click; everything
// exports to one file that imports into a fresh data folder; a damaged database shows the
// recovery page, which restores the newest good snapshot.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { ApiArgs, ApiMethod, ApiResults } from '../../electron/contract/api.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Core } from '../../electron/core/app-core.js';
import { screenshot, startApp } from './support/app-fixture.js';
import { useApp } from './support/use-app.js';
import { BackupPage } from './pages/backup-page.js';

const ctx = useApp({ bundle: false });

async function call<M extends ApiMethod>(core: Core, method: M, arg: ApiArgs<M>): Promise<ApiResults[M]> {
  const r = await dispatch(core.handlers, method, arg);
  if (!r.ok) throw new Error(`${r.error.message} ${(r.error.details ?? []).join('; ')}`);
  return r.value as ApiResults[M];
}

async function seed(core: Core, notes: number): Promise<string> {
  const text =
    '关于加强基层党组织建设的通知\n\n各支部要认真组织开展主题党日活动，落实“三会一课”制度，确保活动取得实效，推动党史学习教育走深走实，切实把学习成果转化为工作动力。';
  const res = await call(core, 'importFiles', {
    files: [{ name: '通知.txt', dataBase64: Buffer.from(text).toString('base64') }],
  });
  const docId = res.results[0]!.docIds[0]!;
  for (let i = 0; i < notes; i++)
    await call(core, 'createAnnotation', {
      docId,
      paragraph: 0,
      start: i,
      end: i + 3,
      color: 'yellow',
      note: `批注${i}`,
    });
  return docId;
}

const annotations = async (core: Core) => (await call(core, 'info', {})).counts.annotations;

test('lists snapshots and restores one with one click (the current state is kept first)', async () => {
  const { app } = ctx;
  const docId = await seed(app.core, 3);
  const backup = new BackupPage(app.page);
  await backup.open();
  await backup.createSnapshot();
  await expect.poll(() => backup.rows.first().textContent()).toContain('3 条标注');
  await expect.poll(() => backup.rows.first().textContent()).toContain('手动');
  await call(app.core, 'createAnnotation', { docId, paragraph: 0, start: 5, end: 9, color: 'red' });
  expect(await annotations(app.core)).toBe(4);
  await backup.restore(0);
  expect(await annotations(app.core)).toBe(3);
  await expect.poll(() => backup.rows.count()).toBe(2);
  await expect.poll(() => backup.rows.first().textContent()).toContain('恢复前');
  for (const theme of ['light', 'dark'] as const) {
    await call(app.core, 'setSettings', { theme });
    for (const width of [1366, 1920]) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.reload();
      await backup.section.waitFor();
      await backup.section.scrollIntoViewIfNeeded();
      await screenshot(app.page, `backup-${theme}-${width}`);
    }
  }
});

test('exports everything and imports it into a fresh data folder', async () => {
  const { app, browser } = ctx;
  await seed(app.core, 2);
  await call(app.core, 'createSession', { title: '三月主题党日', kind: '主题党日' });
  const backup = new BackupPage(app.page);
  await backup.open();
  const file = path.join(app.dataDir, '..', `export-${process.pid}.zip`);
  await backup.exportAll(file);
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  const fresh = await startApp(browser);
  try {
    expect(await annotations(fresh.core)).toBe(0);
    const other = new BackupPage(fresh.page);
    await other.open();
    await other.importAll(file);
    const info = await call(fresh.core, 'info', {});
    expect(info.counts).toMatchObject({ annotations: 2, userDocuments: 1, studySessions: 1 });
  } finally {
    fs.rmSync(file, { force: true });
    await fresh.close();
  }
});

test('a damaged database shows the recovery page, which restores the newest good snapshot', async () => {
  const { app } = ctx;
  await seed(app.core, 2);
  await call(app.core, 'backupCreate', {});
  app.core.close();
  fs.writeFileSync(path.join(app.dataDir, 'study-shelf.sqlite'), Buffer.alloc(0));
  await app.restart();
  await app.page.getByText('数据需要恢复').waitFor();
  await expect.poll(() => app.page.locator('.recovery-page').textContent()).toContain('以前保存过您的资料');
  await screenshot(app.page, 'recovery-page');
  await app.page.getByRole('button', { name: '从最新的完好快照恢复' }).click();
  await app.page.getByRole('navigation', { name: '主导航' }).waitFor();
  expect(await annotations(app.core)).toBe(2);
});
