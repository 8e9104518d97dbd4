// The Chinese application menu: labels, roles, accelerators and click actions, checked through
// a fake Menu that records the template as main.ts would pass it.
import { describe, expect, test, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/app-menu.js';

function fakeMenu(template: MenuItemConstructorOptions[]) {
  const find = (label: string) => {
    const top = template.find((m) => m.label === label);
    if (!top || !Array.isArray(top.submenu)) throw new Error(`no menu ${label}`);
    return top.submenu.filter((i) => i.type !== 'separator');
  };
  return { labels: () => template.map((m) => m.label), items: find };
}

const actions = () => ({ sendCommand: vi.fn(), print: vi.fn(), showAbout: vi.fn() });

describe('buildMenuTemplate', () => {
  test('top-level menus are in Chinese, in order', () => {
    expect(fakeMenu(buildMenuTemplate(actions(), 'win32')).labels()).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(fakeMenu(buildMenuTemplate(actions(), 'darwin')).labels()).toEqual([
      '学习书架',
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
  });

  test('文件 menu: import, settings and print send their actions, quit uses the role', () => {
    const a = actions();
    const items = fakeMenu(buildMenuTemplate(a, 'linux')).items('文件');
    expect(items.map((i) => [i.label, i.accelerator])).toEqual([
      ['导入文件…', 'CmdOrCtrl+O'],
      ['设置…', 'CmdOrCtrl+,'],
      ['打印…', 'CmdOrCtrl+P'],
      ['退出', 'Ctrl+Q'],
    ]);
    expect(items[3]?.role).toBe('quit');
    (items[0]?.click as () => void)();
    (items[1]?.click as () => void)();
    (items[2]?.click as () => void)();
    expect(a.sendCommand).toHaveBeenCalledWith('import-files');
    expect(a.sendCommand).toHaveBeenCalledWith('open-settings');
    expect(a.print).toHaveBeenCalledTimes(1);
  });

  test('编辑 menu uses the standard roles', () => {
    const items = fakeMenu(buildMenuTemplate(actions(), 'win32')).items('编辑');
    expect(items.map((i) => [i.label, i.role, i.accelerator])).toEqual([
      ['撤销', 'undo', 'CmdOrCtrl+Z'],
      ['重做', 'redo', 'Ctrl+Y'],
      ['剪切', 'cut', 'CmdOrCtrl+X'],
      ['复制', 'copy', 'CmdOrCtrl+C'],
      ['粘贴', 'paste', 'CmdOrCtrl+V'],
      ['全选', 'selectAll', 'CmdOrCtrl+A'],
    ]);
  });

  test('视图 menu has zoom, full screen and developer tools', () => {
    const items = fakeMenu(buildMenuTemplate(actions(), 'win32')).items('视图');
    expect(items.map((i) => [i.label, i.role, i.accelerator])).toEqual([
      ['放大', 'zoomIn', 'CmdOrCtrl+='],
      ['缩小', 'zoomOut', 'CmdOrCtrl+-'],
      ['实际大小', 'resetZoom', 'CmdOrCtrl+0'],
      ['全屏', 'togglefullscreen', 'F11'],
      ['开发者工具', 'toggleDevTools', 'Ctrl+Shift+I'],
    ]);
  });

  test('帮助: the shortcut sheet (F1), the first-run guide and the about box', () => {
    const a = actions();
    const [keys, tour, about] = fakeMenu(buildMenuTemplate(a, 'win32')).items('帮助');
    expect([keys?.label, keys?.accelerator, tour?.label, about?.label]).toEqual([
      '快捷键',
      'F1',
      '新手引导',
      '关于学习书架',
    ]);
    (keys?.click as () => void)();
    (tour?.click as () => void)();
    (about?.click as () => void)();
    expect(a.sendCommand.mock.calls).toEqual([['show-shortcuts'], ['show-tour']]);
    expect(a.showAbout).toHaveBeenCalledTimes(1);
  });

  test('macOS uses Cmd shortcuts where the platform expects them', () => {
    const m = fakeMenu(buildMenuTemplate(actions(), 'darwin'));
    expect(m.items('文件').find((i) => i.label === '退出')?.accelerator).toBe('Cmd+Q');
    expect(m.items('编辑').find((i) => i.label === '重做')?.accelerator).toBe('Shift+Cmd+Z');
  });
});
