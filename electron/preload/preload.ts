// Sandboxed preload (bundled to CJS): exposes named API functions and menu events, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, MENU_CHANNEL } from './channels.js';
import { createApi } from './create-api.js';
import { createShellBridge } from './shell-bridge.js';

contextBridge.exposeInMainWorld(
  'studyShelf',
  createApi((method, arg) => ipcRenderer.invoke(CALL_CHANNEL, method, arg)),
);
contextBridge.exposeInMainWorld('studyShelfShell', createShellBridge(ipcRenderer, MENU_CHANNEL));
