// Page furniture in a PDF found by position: page numbers and running heads and feet at a page's
// edge go, numbers and lines inside the page stay; footnotes in small type under the text go; a
// 目录 page goes.
import { describe, expect, it } from 'vitest';
import { dropFootnotes, dropRunning, dropToc } from '../../../electron/core/content/formats/pdf-furniture.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';

const line = (page: number, y: number, text: string, size = 16): PdfLine => ({
  text,
  x: 100,
  xEnd: 100 + text.length * size,
  y,
  size,
  page,
});
const H = [842, 842, 842];
const texts = (pages: PdfLine[][]) => pages.map((p) => p.map((l) => l.text));

describe('PDF page numbers', () => {
  it('drops a bare, marked or n/m number at the top or bottom of a page', () => {
    for (const n of ['2', '— 2 —', '- 2 -', '第 2 页 共 5 页', '2/5', '共 5 页 第 2 页', 'Page 2 of 5', '（2）']) {
      const removed: { reason: string; text: string }[] = [];
      const page = [line(0, 700, '把抓好党建作为最大的'), line(0, 672, '政绩。'), line(0, 40, n)];
      expect(texts(dropRunning([page], H, removed))).toEqual([['把抓好党建作为最大的', '政绩。']]);
      expect(removed).toEqual([{ reason: '页码', text: n }]);
      const head = [line(0, 800, n), line(0, 700, '政绩，切实增强责任感。')];
      expect(texts(dropRunning([head], H, []))).toEqual([['政绩，切实增强责任感。']]);
    }
  });

  it('keeps numbers inside the page and a page that is only a number', () => {
    const page = [line(0, 700, '全年开展宣讲活动'), line(0, 400, '85'), line(0, 372, '覆盖各村的文化广场85处')];
    expect(texts(dropRunning([page], H, []))).toEqual([page.map((l) => l.text)]);
    expect(texts(dropRunning([[line(0, 800, '2019')]], H, []))).toEqual([['2019']]);
  });
});

describe('PDF running heads and feet', () => {
  it('drops a line at the same height in the head or foot band of two pages, its number aside', () => {
    const removed: { reason: string; text: string }[] = [];
    const pages = [0, 1].map((p) => [
      line(p, 810, '某某市人民政府办公室', 10.5),
      line(p, 700, `第${p + 1}页的正文。`),
      line(p, 40, `内部资料　注意保存　— ${p + 1} —`, 10.5),
    ]);
    expect(texts(dropRunning(pages, H, removed))).toEqual([['第1页的正文。'], ['第2页的正文。']]);
    expect(removed.map((r) => r.reason)).toEqual(['页眉', '页脚']);
  });

  it('drops a browser head and foot (date and time, address and 1/1) on a one-page print', () => {
    const removed: { reason: string; text: string }[] = [];
    const page = [
      line(0, 820, '2024/4/2 09:15\t关于开展宣传活动的通知_某某县人民政府', 8),
      line(0, 700, '为深入学习宣传贯彻总体国家安全观，现就有关事项通知如下。'),
      line(0, 20, 'https://www.mmx.gov.cn/art/2024/4/2/art_2345_6789.html\t1/1', 8),
    ];
    expect(texts(dropRunning([page], H, removed))).toEqual([
      ['为深入学习宣传贯彻总体国家安全观，现就有关事项通知如下。'],
    ]);
    expect(removed.map((r) => r.reason)).toEqual(['页眉', '页脚']);
    // A dated line at the head of a page that no browser printed stays (a 题注 line).
    const dated = [line(0, 800, '（2024年3月5日）'), line(0, 700, '同志们：')];
    expect(texts(dropRunning([dated], H, []))).toEqual(texts([dated]));
  });

  it('drops a 公报’s name and issue at the head of a one-page clip, not a 简报 issue line in its text', () => {
    const removed: { reason: string; text: string }[] = [];
    const page = [
      line(0, 790, '南岭市人民政府公报\t2023年第6期', 10.5),
      line(0, 700, '各县（市、区）人民政府，市政府各部门：'),
    ];
    expect(texts(dropRunning([page], H, removed))).toEqual([['各县（市、区）人民政府，市政府各部门：']]);
    expect(removed).toEqual([{ reason: '页眉', text: '南岭市人民政府公报\t2023年第6期' }]);
    const issue = [line(0, 790, '第15期'), line(0, 700, '全县作风建设大会召开')];
    expect(texts(dropRunning([issue], H, []))).toEqual(texts([issue]));
  });

  it('drops the title repeated small over a later page (a running head from page 2 on), once', () => {
    const removed: { reason: string; text: string }[] = [];
    const pages = [
      [
        line(0, 760, '某某县人民政府关于做好秋冬季', 22),
        line(0, 726, '农业生产工作的通知', 22),
        line(0, 680, '各乡镇人民政府：'),
        line(0, 400, '现将有关事项通知如下。'),
      ],
      [line(1, 790, '某某县人民政府关于做好秋冬季农业生产工作的通知', 10.5), line(1, 740, '请认真贯彻执行。')],
    ];
    expect(texts(dropRunning(pages, H, removed))).toEqual([texts(pages)[0], ['请认真贯彻执行。']]);
    expect(removed.map((r) => r.reason)).toEqual(['页眉']);
    // In body type, or a line the first page does not print, it stays (a heading over page 2).
    const kept = [pages[0]!, [line(1, 790, '二、农业生产工作的通知'), line(1, 740, '请认真贯彻执行。')]];
    expect(texts(dropRunning(kept, H, []))).toEqual(texts(kept));
    const body = [pages[0]!, [line(1, 790, '农业生产工作的通知'), line(1, 740, '请认真贯彻执行。')]];
    expect(texts(dropRunning(body, H, []))).toEqual(texts(body));
  });

  it('drops a unit’s name or a short title set small over page 2 only, which page 1 does not print', () => {
    const first = [line(0, 760, '关于做好秋冬季农业生产工作的通知', 22), line(0, 680, '各乡镇农业综合服务站：')];
    for (const head of ['某某县农业农村局办公室', '秋冬季农业生产工作通知']) {
      const removed: { reason: string; text: string }[] = [];
      const pages = [first, [line(1, 790, head, 10.5), line(1, 740, '请认真贯彻执行。')]];
      expect(texts(dropRunning(pages, H, removed))).toEqual([texts(pages)[0], ['请认真贯彻执行。']]);
      expect(removed).toEqual([{ reason: '页眉', text: head }]);
    }
    // A table's row carried over (figures, cell gaps) or small type mid-sentence stays.
    for (const top of ['粮食作物　120　35', '合计（万亩）', '各乡镇要抓紧组织，']) {
      const pages = [first, [line(1, 790, top, 10.5), line(1, 740, '请认真贯彻执行。')]];
      expect(texts(dropRunning(pages, H, []))).toEqual(texts(pages));
    }
  });

  it('keeps a repeated line inside the page, and an edge line at another height', () => {
    const pages = [
      [line(0, 810, '一、总体要求'), line(0, 500, '要坚持问题导向。')],
      [line(1, 790, '一、总体要求'), line(1, 500, '要坚持问题导向。')],
    ];
    expect(texts(dropRunning(pages, H, []))).toEqual(texts(pages));
  });
});

describe('PDF footnotes and 目录', () => {
  it('drops small type under the last body line when it opens with a note mark', () => {
    const removed: { reason: string; text: string }[] = [];
    const page = [
      line(0, 700, '要坚持以人民为中心的发展思想，办好民生实事。'),
      line(0, 90, '①参见民生实事项目清单。', 10.5),
    ];
    expect(texts(dropFootnotes([page], 16, removed))).toEqual([['要坚持以人民为中心的发展思想，办好民生实事。']]);
    expect(removed).toEqual([{ reason: '脚注', text: '①参见民生实事项目清单。' }]);
    // Small type without a mark (a web page's print buttons) is not a footnote.
    const buttons = [line(0, 700, '正文。'), line(0, 600, '【打印本页】', 10.5)];
    expect(texts(dropFootnotes([buttons], 16, []))).toEqual([['正文。', '【打印本页】']]);
  });

  it('drops a note in body type after a gap when it opens with a mark raised in the page', () => {
    const removed: { reason: string; text: string }[] = [];
    const noted = { ...line(0, 700, '要坚持以人民为中心的发展思想，办好民生实事。', 10.5), marks: ['1'] };
    const page = [
      noted,
      line(0, 685, '我们坚持把项目建设作为稳增长的关键抓手。', 10.5),
      line(0, 100, '1参见民生实事项目清单。', 11),
    ];
    expect(texts(dropFootnotes([page], 10.5, removed))).toEqual([
      [noted.text, '我们坚持把项目建设作为稳增长的关键抓手。'],
    ]);
    expect(removed.map((r) => r.reason)).toEqual(['脚注']);
    // The same line without a raised mark in the text is kept (a figure, a list).
    const plain = [line(0, 700, '正文。', 10.5), line(0, 100, '1参见民生实事项目清单。', 11)];
    expect(texts(dropFootnotes([plain], 10.5, []))).toEqual(texts([plain]));
    // A paragraph that opens with a date after a gap is text, though `1` is a mark on the page.
    const dated = [noted, line(0, 600, '1月5日，全县召开安全生产工作会议。', 10.5)];
    expect(texts(dropFootnotes([dated], 10.5, []))).toEqual(texts([dated]));
  });

  it('drops a 目录 under the title of the report on the same page', () => {
    const page = [
      line(0, 760, '关于全县乡村振兴工作情况的报告'),
      line(0, 740, '目 录'),
      line(0, 720, '一、统一思想，提高认识\t2'),
      line(0, 700, '县人大常委会：'),
    ];
    expect(texts(dropToc([page], []))).toEqual([['关于全县乡村振兴工作情况的报告', '县人大常委会：']]);
  });

  it('drops a page headed 目录 with its entries, keeps what follows them', () => {
    const removed: { reason: string; text: string }[] = [];
    const toc = [line(0, 760, '目　录', 22), line(0, 700, '一、统一思想认识\t2'), line(0, 672, '二、突出工作重点\t3')];
    const next = [line(1, 760, '在全市生态环境保护大会上的讲话', 22)];
    expect(texts(dropToc([toc, next], removed))).toEqual([[], ['在全市生态环境保护大会上的讲话']]);
    expect(removed.map((r) => r.reason)).toEqual(['目录', '目录', '目录']);
  });
});
