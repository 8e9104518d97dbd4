// The screens of the first-run guide: what the library is, importing, searching, reading and the
// study-session flow of a group leader. Short on purpose: each screen is read in seconds.

export interface TourStep {
  title: string;
  lines: string[];
}

export const TOUR_STEPS: TourStep[] = [
  {
    title: '欢迎使用学习书架',
    lines: [
      '学习书架是离线的学习资料库：讲话、会议报道、文件和金句都在本机，不联网也能用。',
      '左侧是各个栏目：书库、搜索、金句、标注、标签、测验、学习专题、设置和帮助。',
    ],
  },
  {
    title: '书库与导入',
    lines: [
      '“书库”里已经收录了一批文献，打开即可阅读。',
      '把 txt、Word、PDF、网页文件拖到书库页上方（或按 Ctrl+O）即可导入自己的材料。',
      '书库中已有的文件不会重复导入，结果会告诉您它与哪篇文档相同，并可直接打开。',
    ],
  },
  {
    title: '搜索',
    lines: [
      '顶部搜索框（Ctrl+K）边输入边提示标题、金句、提法；回车查看全文结果。',
      '繁体、简体互通；可以用拼音或拼音首字母查找，例如 dangjian、djyl。',
      '结果可按相关度或日期排序，并按类型、年份、来源筛选。',
    ],
  },
  {
    title: '阅读、标注与测验',
    lines: [
      '在阅读页选中文字即可用五种颜色标注、写批注、加标签，或收藏为金句。',
      '“测验”每天从书库出题，按记忆规律安排复习；答错的题进入错题本，可一键查看原文。',
    ],
  },
  {
    title: '组织一次学习',
    lines: [
      '在“学习专题”新建一次学习（如党小组会、主题党日）。',
      '在搜索结果、阅读页、金句旁点“加入学习专题”收集材料，再加研讨题和随堂测验。',
      '然后打印学习材料汇编、全屏放映，会后填写签到与会议记录，参学率自动计算。',
      '随时可以在“帮助”里重新查看本引导，按 F1 查看全部快捷键。',
    ],
  },
];
