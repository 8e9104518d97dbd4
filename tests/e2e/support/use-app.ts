// Registers the per-file browser and per-test app (fresh data folder) hooks, so each e2e file
// starts with one line: `const ctx = useApp({ bundle: true })`, then uses `ctx.app.page`.
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startApp, type AppHandle } from './app-fixture.js';

export interface AppContext {
  readonly app: AppHandle;
  readonly browser: Browser;
}

export function useApp(
  opts: { bundle?: boolean; viewport?: { width: number; height: number }; firstRun?: boolean } = {},
): AppContext {
  let browser: Browser | undefined;
  let app: AppHandle | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    app = await startApp(browser!, {
      bundlePath: opts.bundle ? inject('bundlePath') : undefined,
      viewport: opts.viewport,
      firstRun: opts.firstRun,
    });
  });
  afterEach(async () => {
    await app?.close();
  });
  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
  };
}
