// Electron entry point (bundled to dist/electron/main.cjs). Thin: wires the plain-Node core, the
// IPC channel, the app:// protocol, the menu and the one window together.
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import path from 'node:path';
import { createCore, type Core } from '../core/app-core.js';
import { MENU_CHANNEL } from '../shared/ipc-channels.js';
import { buildMenuTemplate } from './app-menu.js';
import { APP_SCHEME } from './app-origin.js';
import { createAppProtocolHandler } from './app-protocol.js';
import { checkBundle, contentBundlePath } from './content-path.js';
import { createMainWindow } from './create-window.js';
import { isPermissionAllowed } from './permissions.js';
import { registerHandlers, registerPrintToPdf } from './register-handlers.js';
import { loadWindowState, saveWindowState } from './window-state.js';

// Must happen before 'ready': a standard, secure scheme gets a real origin, so CSP 'self' and
// ES module scripts work as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);

let win: BrowserWindow | null = null;
let core: Core | null = null;

function start(): void {
  const userData = app.getPath('userData');
  const appPath = app.getAppPath();
  const bundlePath = contentBundlePath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath });
  checkBundle(bundlePath);
  core = createCore({
    dataDir: userData,
    bundlePath,
    electronVersion: process.versions.electron ?? null,
    autoSnapshot: true,
    backgroundCheck: true,
    backgroundQuotes: true,
  });
  registerHandlers(ipcMain, core.handlers);
  registerPrintToPdf(ipcMain);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appPath, 'dist', 'renderer')));
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? wc?.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );

  const menu = buildMenuTemplate({
    sendCommand: (command) => win?.webContents.send(MENU_CHANNEL, command),
    print: () => win?.webContents.print(),
    showAbout: () => {
      const options = {
        type: 'info' as const,
        title: '关于学习书架',
        message: `学习书架 ${app.getVersion()}`,
        detail: `离线的学习资料知识库。\nElectron ${process.versions.electron ?? '-'} · Node ${process.versions.node}\n数据文件夹：${userData}`,
        buttons: ['确定'],
      };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  win = createMainWindow({
    preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    state: loadWindowState(userData, workAreas),
    onStateChange: (state) => saveWindowState(userData, state),
  });
  win.on('closed', () => {
    win = null;
  });
}

/** Resolves once the window exists (or the app gave way to an already running instance). */
export const started: Promise<void> = app.requestSingleInstanceLock()
  ? (() => {
      app.on('second-instance', () => {
        if (!win) return;
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
      });
      app.on('window-all-closed', () => app.quit());
      app.on('will-quit', () => {
        core?.close();
        core = null;
      });
      return app
        .whenReady()
        .then(start)
        .catch((err: unknown) => {
          console.error('[study-shelf] startup failed:', err);
          dialog.showErrorBox('学习书架无法启动', err instanceof Error ? err.message : String(err));
          app.quit();
        });
    })()
  : (app.quit(), Promise.resolve());
