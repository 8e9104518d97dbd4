// Registers the per-file browser and per-test app (fresh data folder) hooks, so each e2e file
// starts with one line: `const ctx = useApp({ bundle: true })`, then uses `ctx.app.page`.
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, startApp, type AppHandle } from './app-fixture.js';

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
  afterEach(async (ctx) => {
    if (app && ctx.task.result?.state === 'fail') await reportFailure(app, ctx.task.name);
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

/** Prints where a failed test stopped (calls, messages) and keeps a screenshot of the page. */
async function reportFailure(app: AppHandle, name: string): Promise<void> {
  const file = `failed-${name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 80)}`;
  await screenshot(app.page, file).catch(() => undefined);
  const lines = await app.trace.report();
  console.error(
    [`e2e failure report for "${name}" (screenshot tests/e2e/screenshots/${file}.png):`, ...lines].join('\n  '),
  );
}
