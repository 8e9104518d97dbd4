// Starts the real web-mode server with a fresh data folder and opens it in headless Chromium.
// Every test gets its own data folder, so tests never see each other's data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createCore, REPO_ROOT, type Core } from '../../../electron/core/app-core.js';
import { startWebServer, defaultStaticDir, type WebServer } from '../../../electron/web/web-server.js';
import { findBrowser } from '../../../scripts/lib/find-browser.js';
import { traceApi, type ApiTrace } from './api-trace.js';

// `npm test` checked (or installed) the browser first (scripts/ensure-browser.ts); same rules here.
const found = findBrowser({ platform: process.platform, env: process.env, exists: (f) => fs.existsSync(f) });
export const CHROMIUM = found.path ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface AppHandle {
  core: Core;
  server: WebServer;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** The page's calls and messages, reported when a test fails. */
  trace: ApiTrace;
  /** Reopens the core on the same data folder (a restart) and reloads the page. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(
  browser: Browser,
  opts: { bundlePath?: string; viewport?: { width: number; height: number }; firstRun?: boolean } = {},
): Promise<AppHandle> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-e2e-'));
  const bundlePath = opts.bundlePath ?? path.join(dataDir, 'no-bundle.sqlite');
  // As the web server runs it (scripts/serve.ts): 金句 of an import arrive from the background pass.
  let core = createCore({ dataDir, bundlePath, backgroundQuotes: true });
  // A returning user unless the test is about the first start: the first-run guide stays closed.
  if (!opts.firstRun) await core.handlers.setSettings({ seenHints: ['tour'] });
  let server = await startWebServer({ handlers: core.handlers, staticDir: defaultStaticDir(REPO_ROOT), dataDir });
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 860 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const trace = traceApi(page);
  await page.goto(server.url);
  const handle: AppHandle = {
    get core() {
      return core;
    },
    get server() {
      return server;
    },
    context,
    page,
    dataDir,
    trace,
    async restart() {
      const port = server.port;
      const token = server.token;
      await server.close();
      core.close();
      core = createCore({ dataDir, bundlePath, backgroundQuotes: true });
      server = await startWebServer({
        handlers: core.handlers,
        staticDir: defaultStaticDir(REPO_ROOT),
        dataDir,
        port,
        token,
      });
      await page.reload();
    },
    async close() {
      await context.close();
      await server.close();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    },
  };
  return handle;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Screenshots `name-{light,dark}-{1366,1920}`: `setup` brings the view back after each reload. */
export async function themedScreenshots(app: AppHandle, name: string, setup: () => Promise<void>): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await app.core.handlers.setSettings({ theme });
    for (const width of [1366, 1920]) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.reload();
      await setup();
      await app.page.waitForTimeout(800); // the theme's colour transition after a reload
      await screenshot(app.page, `${name}-${theme}-${width}`);
    }
  }
  await app.core.handlers.setSettings({ theme: 'light' });
}
