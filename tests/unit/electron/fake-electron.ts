// A stand-in for the `electron` module so main.ts can run in plain Node under vitest
// (the Electron binary is not available here). Records what main does for the assertions.
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fakes many Electron listener types
type Listener = (...args: any[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: unknown[][] = [];
  printed = 0;
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  print() {
    this.printed++;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  focused = 0;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- options are read back loosely
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  getBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  getNormalBounds() {
    return this.getBounds();
  }
  maximize() {}
  restore() {}
  show() {}
  focus() {
    this.focused++;
  }
}

export const state = {
  userData: fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-electron-')),
  handlers: new Map<string, Listener>(),
  protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  menuTemplate: null as unknown[] | null,
  openedExternal: [] as string[],
  gotLock: true,
  quitCalls: 0,
};

const appEmitter = new EventEmitter();
export const app = Object.assign(appEmitter, {
  isPackaged: false,
  getPath: (name: string) => (name === 'userData' ? state.userData : os.tmpdir()),
  getAppPath: () => process.cwd(),
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => state.gotLock,
  whenReady: () => Promise.resolve(),
  quit: () => {
    state.quitCalls++;
  },
});

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    if (state.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    state.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    state.handlers.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (req: Request) => Promise<Response>) {
    state.protocolHandlers.set(scheme, handler);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] } | null) {
    state.menuTemplate = menu?.template ?? null;
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
};

export const dialog = {
  showMessageBox: () => Promise.resolve({ response: 0 }),
  showErrorBox: (title: string, content: string) => {
    throw new Error(`showErrorBox: ${title}: ${content}`);
  },
};

export const shell = {
  openExternal(url: string) {
    state.openedExternal.push(url);
    return Promise.resolve();
  },
};

type PermissionHandler = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type PermissionCheck = (wc: unknown, permission: string, requestingOrigin: string) => boolean;
export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionHandler | null,
    permissionCheckHandler: null as PermissionCheck | null,
    setPermissionRequestHandler(h: PermissionHandler) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: PermissionCheck) {
      this.permissionCheckHandler = h;
    },
  },
};

export const BrowserWindow = FakeBrowserWindow;

export default { app, ipcMain, protocol, Menu, screen, dialog, shell, session, BrowserWindow };
