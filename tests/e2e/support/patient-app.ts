// One browser for a test file and one app per test, opened with a patient default timeout (the
// test machine's CPUs are shared) and closed after each test: the workspace and reader files.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startApp, type AppHandle } from './app-fixture.js';

export function patientApps(): { open(bundlePath: string): Promise<AppHandle>; close(): Promise<void> } {
  let browser: Browser;
  let app: AppHandle | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  const close = async () => {
    await app?.close();
    app = null;
  };
  afterEach(close);
  return {
    close,
    async open(bundlePath) {
      app = await startApp(browser, { bundlePath });
      app.page.setDefaultTimeout(60_000);
      return app;
    },
  };
}
