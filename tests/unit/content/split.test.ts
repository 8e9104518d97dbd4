import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../electron/core/content/split.js';

const P1 = '近日,浦东召开换届工作动员部署会,拉开全年换届序幕。区委副书记单少军出席会议并讲话。';
const P2 = '日前,各区党委书记抓基层党建工作述职评议会举行。市委书记李强主持会议并强调,要抓好落实。';

describe('splitArticles', () => {
  const cases: { name: string; lines: string[]; titles: string[]; sources: (string | null)[]; dropped: number }[] = [
    {
      name: 'newsletter: masthead, section label and two source markers',
      lines: [
        '重温金句',
        '【基层"两会"】',
        '浦东启动换届工作',
        P1 + ' (浦东观察)',
        '把服务群众的好事交给基层来办',
        P2 + ' (浦东党建)',
      ],
      titles: ['浦东启动换届工作', '把服务群众的好事交给基层来办'],
      sources: ['浦东观察', '浦东党建'],
      dropped: 1,
    },
    {
      name: 'single article: a remark in brackets inside running text does not split',
      lines: ['标题', P1 + '（讲话全文见第三版）', P2],
      titles: ['标题'],
      sources: [null],
      dropped: 0,
    },
    {
      name: 'single article ending with its source',
      lines: ['标题', P1, P2 + '（浦东观察）'],
      titles: ['标题'],
      sources: ['浦东观察'],
      dropped: 0,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const report = { removed: [] as { reason: string; text: string }[] };
      const arts = splitArticles(c.lines, report);
      expect(arts.map((a) => a.lines[0])).toEqual(c.titles);
      expect(arts.map((a) => a.source)).toEqual(c.sources);
      expect(report.removed).toHaveLength(c.dropped);
      for (const a of arts) for (const l of a.lines) expect(l).not.toMatch(/[（(](浦东观察|浦东党建)[)）]/);
    });
  }
});
