// Page object for the app shell: sidebar navigation, the top search box, settings.
import type { Locator, Page } from 'playwright-core';

export class ShellPage {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: '主导航' });
  }
  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: '全文搜索' }).or(this.page.getByLabel('全文搜索'));
  }
  heading(): Locator {
    return this.page.locator('h2').first();
  }
  async open(section: string): Promise<void> {
    await this.sidebar.getByText(section, { exact: true }).click();
  }
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchBox.press('Enter');
  }
  async rootFontSize(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  }
  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }
}
