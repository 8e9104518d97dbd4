// Sandboxed preload (bundled to CJS): exposes the contract's invoke bridge and menu events, never
// ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, MENU_CHANNEL, PRINT_CHANNEL } from '../shared/ipc-channels.js';
import { createInvokeBridge } from './invoke-bridge.js';
import { createShellBridge } from './shell-bridge.js';

contextBridge.exposeInMainWorld(
  'studyShelfBridge',
  createInvokeBridge((method, arg) => ipcRenderer.invoke(CALL_CHANNEL, method, arg)),
);
contextBridge.exposeInMainWorld('studyShelfShell', createShellBridge(ipcRenderer, MENU_CHANNEL));
// Desktop PDF export of the current page (学习材料汇编); web mode prints through the browser.
contextBridge.exposeInMainWorld('studyShelfPrint', {
  printToPDF: (): Promise<string> => ipcRenderer.invoke(PRINT_CHANNEL) as Promise<string>,
});
