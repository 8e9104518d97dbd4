// Page object for the reader and the workspace pages (标注, 金句, 标签).
import type { Locator, Page } from 'playwright-core';

export class ReaderPage {
  constructor(readonly page: Page) {}

  async open(docId: string, extra = ''): Promise<void> {
    // Navigate only once the shell has rendered, so the hash change is seen by the router.
    await this.page.getByRole('navigation', { name: '主导航' }).waitFor();
    await this.page.evaluate((h) => (window.location.hash = h), `#/reader?id=${encodeURIComponent(docId)}${extra}`);
    await this.page
      .locator('.reader-body [data-paragraph]')
      .first()
      .waitFor()
      .catch(async (e: Error) => {
        await this.page.screenshot({ path: '/tmp/ws-reader-fail.png' });
        throw new Error(
          `${e.message}\nhash=${await this.page.evaluate(() => location.hash)} main=${(await this.page.locator('main').innerText()).slice(0, 300)}`,
        );
      });
  }
  paragraph(i: number): Locator {
    return this.page.locator(`.reader-body [data-paragraph="${i}"]`);
  }
  marks(color?: string): Locator {
    return this.page.locator(color ? `.reader-body mark.ann[data-color="${color}"]` : '.reader-body mark.ann');
  }
  /** Selects [start, end) of a paragraph's text the way a mouse drag would. */
  async select(paragraph: number, start: number, end: number): Promise<void> {
    await this.page.evaluate(
      ({ paragraph, start, end }) => {
        const p = document.querySelector(`.reader-body [data-paragraph="${paragraph}"]`)!;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let pos = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (start >= pos && start <= pos + len) range.setStart(n, start - pos);
          if (end >= pos && end <= pos + len) {
            range.setEnd(n, end - pos);
            break;
          }
          pos += len;
        }
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      },
      { paragraph, start, end },
    );
    await this.toolbar.waitFor();
  }
  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: '标注工具' });
  }
  async highlight(paragraph: number, start: number, end: number, colorLabel: string): Promise<void> {
    await this.select(paragraph, start, end);
    const text = (await this.paragraph(paragraph).textContent())!.slice(start, end);
    await this.toolbar.getByRole('button', { name: `标注为${colorLabel}` }).click();
    // Wait for the editor of the new highlight (not the previous one still on screen).
    await this.editor
      .locator('.annotation-quote')
      .filter({ hasText: text.slice(0, 10) })
      .waitFor();
  }
  get editor(): Locator {
    return this.page.locator('.annotation-editor');
  }
  async editActive(note: string, tags: string[]): Promise<void> {
    // The editor can be re-rendered by the list reload that follows a new highlight; if that
    // swallowed the edit, fill and save once more. Done when the side list shows the saved note.
    for (let attempt = 0; ; attempt++) {
      await this.editor.getByLabel('批注').fill(note);
      const tagInput = this.editor.getByLabel('标注标签');
      for (const t of tags) {
        if ((await this.editor.getByText(t, { exact: true }).count()) > 0) continue;
        await tagInput.fill(t);
        await tagInput.press('Enter');
      }
      await this.editor.getByRole('button', { name: '保存' }).click();
      try {
        await this.sideList
          .getByText(note)
          .first()
          .waitFor({ timeout: attempt === 0 ? 15_000 : 30_000 });
        return;
      } catch (err) {
        if (attempt > 0) throw err;
      }
    }
  }
  get sideList(): Locator {
    return this.page.locator('.side-annotations');
  }
}
