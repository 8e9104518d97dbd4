// Runs the real electron/main/main.ts against a fake `electron` module: the window gets the
// secure webPreferences, navigation and window.open are denied, the API channel and the app://
// protocol are registered, and the menu is installed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CALL_CHANNEL, MENU_CHANNEL, PRINT_CHANNEL } from '../../../electron/shared/ipc-channels.js';

vi.mock('electron', async () => await import('./fake-electron.js'));

// A fresh fake (and main.ts) even when another file of this fork already loaded them: the suite's
// forks keep modules between files (vitest.config.ts), and the fake records one app's state.
vi.resetModules();
const fake = await import('./fake-electron.js');

beforeAll(async () => {
  const main = await import('../../../electron/main/main.js');
  await main.started;
});
afterAll(() => {
  fake.app.emit('will-quit');
  fs.rmSync(fake.state.userData, { recursive: true, force: true });
});

function theWindow() {
  expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  return fake.FakeBrowserWindow.instances[0]!;
}

describe('main.ts wiring', () => {
  test('registers app:// as a privileged standard, secure scheme', () => {
    expect(fake.state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  test('creates one window with locked-down webPreferences and loads app://', () => {
    const win = theWindow();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.options.webPreferences.preload).toBe(path.join(process.cwd(), 'dist', 'electron', 'preload.cjs'));
    expect(win.loadedUrl).toBe('app://study-shelf/index.html');
  });

  test('denies navigation away from the app origin, allows in-app navigation', () => {
    const wc = theWindow().webContents;
    const nav = (url: string) => {
      const event = { preventDefault: vi.fn() };
      wc.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(nav('https://evil.example/')).toBe(true);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(nav('javascript:alert(1)')).toBe(true);
    expect(nav('app://study-shelf/library')).toBe(false);
    // A denied http(s) navigation is offered to the system browser instead; file: is not.
    expect(fake.state.openedExternal).toEqual(['https://evil.example/']);
  });

  test('denies every window.open and opens only http(s) externally', () => {
    const wc = theWindow().webContents;
    fake.state.openedExternal.length = 0;
    expect(wc.windowOpenHandler?.({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'app://study-shelf/index.html' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'data:text/html,hi' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternal).toEqual(['https://www.gov.cn/']);
  });

  test('registers the API channel, which answers app-origin calls and refuses others', async () => {
    const handler = fake.state.handlers.get(CALL_CHANNEL);
    expect([...fake.state.handlers.keys()].sort()).toEqual([CALL_CHANNEL, PRINT_CHANNEL].sort());
    const ok = (await handler!({ senderFrame: { url: 'app://study-shelf/index.html' } }, 'info', {})) as {
      ok: boolean;
      value: { dataDir: string };
    };
    expect(ok.ok).toBe(true);
    expect(ok.value.dataDir).toBe(fake.state.userData);
    expect(await handler!({ senderFrame: { url: 'https://evil.example/' } }, 'info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test('installs the Chinese menu; 导入文件 sends a menu command to the window', () => {
    const template = fake.state.menuTemplate as { label: string; submenu: { label?: string; click?: () => void }[] }[];
    expect(template.map((m) => m.label)).toContain('文件');
    const importItem = template.find((m) => m.label === '文件')!.submenu.find((i) => i.label === '导入文件…');
    importItem!.click!();
    expect(theWindow().webContents.sent).toEqual([[MENU_CHANNEL, 'import-files']]);
  });

  test('denies web permissions except clipboard writes from the app', () => {
    const ask = (permission: string, url: string) => {
      let granted: boolean | null = null;
      fake.session.defaultSession.permissionRequestHandler!(null, permission, (g) => (granted = g), {
        requestingUrl: url,
      });
      return granted;
    };
    expect(ask('media', 'app://study-shelf/index.html')).toBe(false);
    expect(ask('geolocation', 'app://study-shelf/index.html')).toBe(false);
    expect(ask('clipboard-sanitized-write', 'app://study-shelf/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(fake.session.defaultSession.permissionCheckHandler!(null, 'notifications', 'app://study-shelf')).toBe(false);
  });

  test('a second instance focuses the existing window', () => {
    const before = theWindow().focused;
    fake.app.emit('second-instance');
    expect(theWindow().focused).toBe(before + 1);
  });

  test('saves the window size/position to userData on close', () => {
    theWindow().emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(fake.state.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
