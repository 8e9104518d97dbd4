// Every keyboard shortcut of the app, in one list: the shortcut sheet (F1 or ?, 帮助, 设置) shows it.
// Keep it in step with the handlers (use-global-shortcuts, the reader, quiz, projector, record).

export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; what: string }[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: '全局',
    items: [
      { keys: ['Ctrl+K'], what: '跳到顶部搜索框' },
      { keys: ['Ctrl+O'], what: '导入文件' },
      { keys: ['Ctrl+,'], what: '打开设置' },
      { keys: ['F1', '?'], what: '显示本快捷键表' },
    ],
  },
  {
    title: '阅读',
    items: [
      { keys: ['Ctrl+F'], what: '在本文中查找' },
      { keys: ['F3', 'Shift+F3'], what: '下一处 / 上一处匹配' },
      { keys: ['1 – 9'], what: '给选中的标注（或本文）加上 / 去掉对应的彩色标签' },
      { keys: ['Ctrl+Z'], what: '撤销刚删除的标注' },
      { keys: ['Esc'], what: '关闭查找框' },
    ],
  },
  {
    title: '测验',
    items: [
      { keys: ['1 – 8', 'A – H'], what: '选择选项（判断题为 1 – 2）' },
      { keys: ['Enter'], what: '提交答案；答完后进入下一题' },
    ],
  },
  {
    title: '学习专题',
    items: [
      { keys: ['Alt+↑', 'Alt+↓'], what: '在议程中上移 / 下移选中的一项' },
      { keys: ['Enter'], what: '会议记录中添加临时参加人员' },
    ],
  },
  {
    title: '放映',
    items: [
      { keys: ['→', '↓', 'PageDown', '空格'], what: '下一页' },
      { keys: ['←', '↑', 'PageUp'], what: '上一页' },
      { keys: ['Home', 'End'], what: '第一页 / 最后一页' },
      { keys: ['B'], what: '黑屏 / 恢复' },
      { keys: ['Esc'], what: '退出放映' },
    ],
  },
];

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** "Ctrl+K" as this keyboard labels it (⌘ on macOS). */
export function keyLabel(key: string): string {
  return isMac ? key.replace(/^Ctrl\+/, '⌘') : key;
}
