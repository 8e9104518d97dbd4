// Sandboxed preload (bundled to CJS): exposes named API functions and menu events, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, MENU_CHANNEL, PRINT_CHANNEL } from './channels.js';
import { createApi } from './create-api.js';
import { createShellBridge } from './shell-bridge.js';

contextBridge.exposeInMainWorld(
  'studyShelf',
  createApi((method, arg) => ipcRenderer.invoke(CALL_CHANNEL, method, arg)),
);
contextBridge.exposeInMainWorld('studyShelfShell', createShellBridge(ipcRenderer, MENU_CHANNEL));
// Desktop PDF export of the current page (学习材料汇编); web mode prints through the browser.
contextBridge.exposeInMainWorld('studyShelfPrint', {
  printToPDF: (): Promise<string> => ipcRenderer.invoke(PRINT_CHANNEL) as Promise<string>,
});
