// Page object for 学习专题: create a session, add items via “加入学习专题” on other pages, the
// agenda, exports (downloads), the print page, projector and record.
import type { Download, Locator, Page } from 'playwright-core';

export class SessionsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/sessions'));
    await this.page.getByRole('button', { name: '新建学习专题' }).waitFor();
  }
  async create(f: {
    title: string;
    kind: string;
    date: string;
    place: string;
    host: string;
    attendees: string[];
  }): Promise<number> {
    await this.page.getByRole('button', { name: '新建学习专题' }).click();
    const dialog = this.page.locator('.ant-modal').filter({ hasText: '新建学习专题' });
    await dialog.getByLabel('标题').fill(f.title);
    await dialog.getByLabel('类型').click();
    await this.page
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${f.kind}$`) })
      .click();
    const date = dialog.getByLabel('日期');
    await date.click();
    await date.fill(f.date);
    await date.press('Enter');
    await dialog.getByLabel('地点').fill(f.place);
    await dialog.getByLabel('主持人').fill(f.host);
    const people = dialog.getByLabel('计划参加人员');
    for (const name of f.attendees) {
      await people.fill(name);
      await people.press('Enter');
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await this.page.waitForURL(/#\/sessions\?id=\d+/);
    return Number(/id=(\d+)/.exec(this.page.url())?.[1]);
  }
  /** Clicks a “加入学习专题” button and picks the session by title. */
  async addVia(button: Locator, sessionTitle: string): Promise<void> {
    const item = this.page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').filter({ hasText: sessionTitle });
    // A results list that re-renders (e.g. search results settling) can close the menu; retry.
    for (let attempt = 1; ; attempt++) {
      await button.click();
      try {
        await item.waitFor({ timeout: 5000 });
        await item.click({ timeout: 5000 });
        // The menu closes when it takes the click. Twice in CI under heavy load it stayed open
        // and nothing was sent: then the click was lost, and clicking again adds the item once.
        if (
          await item.waitFor({ state: 'hidden', timeout: 5000 }).then(
            () => false,
            () => true,
          )
        )
          await item.click({ timeout: 5000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.getByText(`已加入“${sessionTitle}”`).waitFor();
  }
  async openSession(id: number, tab?: string): Promise<void> {
    await this.page.evaluate(([sid, t]) => (window.location.hash = `#/sessions?id=${sid}${t ? `&tab=${t}` : ''}`), [
      id,
      tab ?? '',
    ] as const);
    await this.page.locator('.session-editor').waitFor();
  }
  get rows(): Locator {
    return this.page.locator('.agenda-row');
  }
  async agendaTexts(): Promise<string[]> {
    return (await this.rows.locator('.agenda-text').allTextContents()).map((t) => t.trim());
  }
  async addText(kind: '研讨题' | '备注', text: string): Promise<void> {
    await this.page
      .locator('.ant-tabs-tab')
      .filter({ hasText: new RegExp(`^${kind}$`) })
      .click();
    await this.page.getByRole('textbox', { name: kind, exact: true }).fill(text);
    await this.page.getByRole('button', { name: `添加${kind}` }).click();
    await this.rows.filter({ hasText: text }).waitFor();
  }
  async addQuiz(stems: string[]): Promise<void> {
    await this.page
      .locator('.ant-tabs-tab')
      .filter({ hasText: /^随堂测验$/ })
      .click();
    const select = this.page.getByLabel('选择测验题');
    for (const stem of stems) {
      await select.click();
      await select.fill(stem);
      await this.page.locator('.ant-select-item-option').filter({ hasText: stem }).first().click();
    }
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: `添加测验（${stems.length} 题）` }).click();
    await this.rows.filter({ hasText: `${stems.length} 题` }).waitFor();
  }
  async download(buttonName: string | RegExp): Promise<Download> {
    const wait = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: buttonName }).click();
    return wait;
  }
  get projectorCounter(): Locator {
    return this.page.locator('.projector-footer span').first();
  }
}
