// Page object for 测验: tabs, the current question, answering by keyboard or typing, 错题本,
// statistics and exports.
import type { Download, Locator, Page } from 'playwright-core';
import type { QuizItem } from '../../../electron/contract/api.js';

export class QuizPage {
  constructor(readonly page: Page) {}

  async open(tab = 'daily'): Promise<void> {
    await this.page.evaluate((t) => (window.location.hash = `#/quiz?tab=${t}`), tab);
    await this.page.locator('.quiz-page').waitFor();
  }
  async tab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
  }
  get question(): Locator {
    return this.page.locator('.quiz-question').first();
  }
  async currentItemId(): Promise<number> {
    await this.question.waitFor();
    return Number(await this.question.getAttribute('data-item-id'));
  }
  /** Answers with the keyboard (options) or by typing (blanks); `right` picks the true or a false answer. */
  async answer(item: QuizItem, right: boolean): Promise<void> {
    if (item.kind === '填空') {
      const inputs = this.question.locator('input.quiz-blank, .quiz-blank input');
      for (let i = 0; i < item.blanks.length; i++)
        await inputs.nth(i).fill(right ? (item.blanks[i]?.text ?? '') : '错误答案');
      await inputs.first().press('Enter');
      return;
    }
    const wrong = item.options.findIndex((_, i) => !item.correct.includes(i));
    const picks = right ? item.correct : [wrong];
    await this.page.locator('body').click({ position: { x: 5, y: 5 } });
    for (const i of picks) await this.page.keyboard.press(String(i + 1));
    await this.page.keyboard.press('Enter');
  }
  verdict(): Locator {
    return this.page.locator('.quiz-verdict');
  }
  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /下一题|完成/ }).click();
  }
  mistake(id: number): Locator {
    return this.page.locator(`.quiz-mistakes [data-item-id="${id}"]`);
  }
  statistic(title: string): Locator {
    return this.page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
  }
  /** Clicks an export button and returns every download it triggers (paper, then answer key). */
  async exportPaper(button: string, expected: number): Promise<Download[]> {
    const downloads: Download[] = [];
    const onDownload = (d: Download) => downloads.push(d);
    this.page.on('download', onDownload);
    await this.page.getByRole('button', { name: button }).click();
    const deadline = Date.now() + 15_000;
    while (downloads.length < expected && Date.now() < deadline) await this.page.waitForTimeout(100);
    this.page.off('download', onDownload);
    return downloads;
  }
}
