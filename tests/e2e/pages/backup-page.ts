// Page object for 设置 → 数据与备份 and the recovery page.
import type { Locator, Page } from 'playwright-core';

export class BackupPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('.backup-section');
  }
  get rows(): Locator {
    return this.section.locator('.snapshot-table tbody tr.ant-table-row');
  }
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('设置', { exact: true }).click();
    await this.section.waitFor();
  }
  async createSnapshot(): Promise<void> {
    const before = await this.rows.count();
    await this.section.getByRole('button', { name: '立即创建快照' }).click();
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('.backup-section .snapshot-table tbody tr.ant-table-row').length > n,
      before,
    );
  }
  /** Restores the snapshot in row `index` (0 = newest) and waits for the success message. */
  async restore(index: number): Promise<void> {
    await this.rows.nth(index).getByRole('button', { name: /^恢复/ }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click();
    await this.page.getByText('已恢复。').waitFor();
  }
  async exportAll(file: string): Promise<void> {
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: '导出全部数据' }).click();
    await (await download).saveAs(file);
  }
  async importAll(file: string): Promise<void> {
    await this.section.locator('input[type=file][accept=".zip"]').setInputFiles(file);
    const confirm = this.page.locator('.ant-modal-confirm');
    await confirm.getByRole('button', { name: '导入' }).click();
    // The dialog closes as soon as it takes the click (the import runs behind a progress message), so
    // one still open after 5 s lost the click, as the 加入学习专题 menu did under load in CI (a step here
    // timed out once too): click again; a taken click cannot start a second import.
    if (
      await confirm.waitFor({ state: 'hidden', timeout: 5000 }).then(
        () => false,
        () => true,
      )
    )
      await confirm.getByRole('button', { name: '导入' }).click({ timeout: 5000 });
    await this.page.getByText(/^已导入：/).waitFor({ timeout: 60_000 });
  }
}
