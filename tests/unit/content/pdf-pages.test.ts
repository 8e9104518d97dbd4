// Page numbers at the edge of a PDF page go; numbers inside a page (figures, table cells) stay.
import { describe, expect, it } from 'vitest';
import { stripPageNumber, stripRunningLines } from '../../../electron/core/content/formats/pdf-pages.js';

describe('PDF page numbers', () => {
  it('drops a bare, marked or n/m number on the first or last line of a page', () => {
    for (const n of ['2', '— 2 —', '- 2 -', '第 2 页 共 5 页', '2/5']) {
      const removed: { reason: string; text: string }[] = [];
      expect(stripPageNumber(`把抓好党建作为最大的\n政绩。\n${n}\n`, removed)).toBe('把抓好党建作为最大的\n政绩。');
      expect(removed).toEqual([{ reason: '页码', text: n }]);
      expect(stripPageNumber(`${n}\n政绩，切实增强责任感。`, [])).toBe('政绩，切实增强责任感。');
    }
  });

  it('keeps numbers inside the page and a page that is only a number', () => {
    const page = '全年开展宣讲活动\n85\n覆盖各村的文化广场85处';
    expect(stripPageNumber(page, [])).toBe(page);
    expect(stripPageNumber('2019', [])).toBe('2019');
  });
});

describe('PDF running heads and feet', () => {
  it('drops a line that heads most pages, keeps one that recurs on too few', () => {
    const removed: { reason: string; text: string }[] = [];
    const pages = [
      '内部资料　注意保存\n第一页的正文。',
      '内部资料　注意保存\n第二页的正文。',
      '内部资料　注意保存\n第三页的正文。',
    ];
    expect(stripRunningLines(pages, removed)).toEqual(['第一页的正文。', '第二页的正文。', '第三页的正文。']);
    expect(removed).toEqual([{ reason: '页眉', text: '内部资料　注意保存' }]);
    const few = [
      '一、总体要求\n正文。',
      '一、总体要求\n正文二。',
      '其他\n正文三。',
      '其他四\n正文四。',
      '其他五\n正文五。',
      '六\n正文六。',
      '七\n正文七。',
    ];
    expect(stripRunningLines(few, [])).toEqual(few);
  });
});
