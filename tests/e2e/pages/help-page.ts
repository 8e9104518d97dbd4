// Page object for the help overlays (shortcut sheet, first-run guide), 帮助 and 设置.
import type { Locator, Page } from 'playwright-core';

export class HelpOverlays {
  constructor(readonly page: Page) {}

  get shortcutSheet(): Locator {
    return this.page.locator('.shortcut-modal');
  }
  get tour(): Locator {
    return this.page.locator('.tour-modal');
  }
  async closeSheet(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.shortcutSheet.waitFor({ state: 'hidden' });
  }
  /** The top-left corner of the page: a click there moves focus out of any field. */
  async clickBlank(): Promise<void> {
    await this.page.locator('.app-brand').click();
  }
  /** The element the user would hit at the centre of a locator. */
  async topElementAt(target: Locator): Promise<string> {
    const box = (await target.boundingBox())!;
    return this.page.evaluate(
      ([x, y]) => {
        const el = document.elementFromPoint(x!, y!);
        return el
          ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}|${el.getAttribute('aria-label') ?? ''}`
          : '';
      },
      [box.x + box.width / 2, box.y + box.height / 2],
    );
  }
}
