// The Chinese application menu as a pure template builder (testable without Electron); main.ts
// passes in the actions that need a window.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-channels.js';

export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  print(): void;
  showAbout(): void;
}

export function buildMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '导入文件…', accelerator: 'CmdOrCtrl+O', click: () => actions.sendCommand('import-files') },
        { label: '设置…', accelerator: 'CmdOrCtrl+,', click: () => actions.sendCommand('open-settings') },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: isMac ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '重做', role: 'redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
        { label: '开发者工具', role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
      ],
    },
    {
      label: '帮助',
      role: 'help',
      submenu: [
        { label: '快捷键', accelerator: 'F1', click: () => actions.sendCommand('show-shortcuts') },
        { label: '新手引导', click: () => actions.sendCommand('show-tour') },
        { type: 'separator' },
        { label: '关于学习书架', click: () => actions.showAbout() },
      ],
    },
  ];
  // macOS puts the first menu under the app name; give it its own so 文件 stays 文件.
  if (isMac) template.unshift({ label: '学习书架', role: 'appMenu' });
  return template;
}
