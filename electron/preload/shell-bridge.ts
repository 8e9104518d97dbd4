// The small non-API part of the bridge: menu commands pushed from main to the renderer. Kept off
// `window.studyShelf` so that object stays exactly the API contract.
import { isMenuCommand, type MenuCommand } from '../shared/ipc-channels.js';

export interface ShellBridge {
  /** Calls `cb` for each menu command; returns an unsubscribe function. */
  onMenuCommand(cb: (command: MenuCommand) => void): () => void;
}

export interface IpcRendererLike {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createShellBridge(ipc: IpcRendererLike, channel: string): ShellBridge {
  return Object.freeze({
    onMenuCommand(cb: (command: MenuCommand) => void) {
      if (typeof cb !== 'function') throw new TypeError('onMenuCommand 需要一个回调函数。');
      // Never hand the IpcRendererEvent to the page: it carries `sender` (the raw ipcRenderer).
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) cb(command);
      };
      ipc.on(channel, listener);
      return () => {
        ipc.removeListener(channel, listener);
      };
    },
  });
}
