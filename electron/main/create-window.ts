// Creates the one main window with locked-down webPreferences and navigation guards: the page
// may not navigate away from app://, open windows, or attach webviews; http(s) links go to the
// system browser instead.
import { BrowserWindow, shell } from 'electron';
import { APP_START_URL, isAppUrl } from './app-origin.js';
import { openExternalSafely } from './external-links.js';
import { MIN_SIZE, type WindowState } from './window-state.js';

export interface CreateWindowOptions {
  preloadPath: string;
  state: WindowState;
  onStateChange(state: WindowState): void;
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export function createMainWindow(opts: CreateWindowOptions): BrowserWindow {
  const { state } = opts;
  const win = new BrowserWindow({
    title: '学习书架',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preloadPath },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const wc = win.webContents;
  wc.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalSafely(shell, url);
  });
  wc.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });

  // Save size/position when the user stops moving or resizing, and on close.
  const save = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const maximized = win.isMaximized() || win.isFullScreen();
    const b = maximized ? win.getNormalBounds() : win.getBounds();
    opts.onStateChange({ x: b.x, y: b.y, width: b.width, height: b.height, maximized });
  };
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });

  void win.loadURL(APP_START_URL);
  return win;
}
