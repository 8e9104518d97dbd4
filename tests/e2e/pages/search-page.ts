// Page object for search: the top box with its suggestions, the result page, saved searches.
import type { Locator, Page } from 'playwright-core';

export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.getByLabel('全文搜索');
  }
  get suggestions(): Locator {
    return this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .suggestion');
  }
  async typeQuery(q: string): Promise<void> {
    await this.box.click();
    await this.box.fill('');
    await this.box.pressSequentially(q, { delay: 20 });
  }
  async submit(q: string): Promise<void> {
    await this.typeQuery(q);
    await this.box.press('Enter');
    await this.page.locator('.search-total').filter({ hasText: /\d/ }).waitFor();
  }
  async total(): Promise<number> {
    return Number(await this.page.locator('.search-total').textContent());
  }
  get results(): Locator {
    return this.page.locator(
      '.search-results > .ant-spin-nested-loading .ant-list-item, .search-results .ant-list-item',
    );
  }
  marks(): Locator {
    return this.page.locator('.search-results mark.hit');
  }
}
