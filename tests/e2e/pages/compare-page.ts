// Page object for 对比阅读, 提法历年使用 and 引文核对: open the pages, pick documents, switch tabs,
// expand a 新提法's occurrences, export, and paste a quotation to verify.
import type { Download, Locator, Page } from 'playwright-core';

export class ComparePage {
  constructor(readonly page: Page) {}

  /** Opens the page afresh (first tab), even when it is already showing. */
  async open(params = ''): Promise<void> {
    await this.page.evaluate((p) => (window.location.hash = `#/compare${p}`), params);
    await this.page.reload();
    await this.grid.waitFor();
  }
  get grid(): Locator {
    return this.page.getByRole('table', { name: '逐句对比' });
  }
  picker(label: '旧文档' | '新文档'): Locator {
    return this.page.getByLabel(label);
  }
  async tab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }
  get formulations(): Locator {
    return this.page.getByRole('region', { name: '新提法' }).locator('.formulation-item');
  }
  formulation(term: string): Locator {
    return this.formulations.filter({ has: this.page.locator('.formulation-term', { hasText: term }) });
  }
  async exportDocx(): Promise<Download> {
    const wait = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 DOCX' }).click();
    return wait;
  }
}

export class VerifyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/verify'));
    await this.input.waitFor();
  }
  get input(): Locator {
    return this.page.getByLabel('要核对的引文');
  }
  async verify(text: string): Promise<void> {
    await this.input.fill(text);
    await this.page.getByRole('button', { name: '核对', exact: true }).click();
    await this.page.getByLabel('核对结果').waitFor();
  }
  get results(): Locator {
    return this.page.locator('.verify-sentence');
  }
}
