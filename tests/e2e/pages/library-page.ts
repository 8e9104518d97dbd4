// Page object for 书库: document list, filters, import panel, edit dialog.
import type { Locator, Page } from 'playwright-core';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/library'));
    await this.page.locator('.doc-list .ant-list-item').first().waitFor();
  }
  get items(): Locator {
    return this.page.locator('.doc-list .ant-list-item');
  }
  async total(): Promise<number> {
    const text = await this.page.getByText(/^共 \d+ 篇$/).textContent();
    return Number(text?.match(/\d+/)?.[0]);
  }
  async filterByType(type: string): Promise<void> {
    await this.page.getByLabel('按类型筛选').click();
    await this.page
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${type}（`) })
      .click();
  }
  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByText('导入文件：拖放到这里，或点击选择（可多选）').click();
    await (await chooser).setFiles(files);
  }
  importResult(name: string): Locator {
    return this.page.locator('.import-results .ant-list-item').filter({ hasText: name });
  }
  async edit(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `编辑 ${title}` }).click();
  }
}
