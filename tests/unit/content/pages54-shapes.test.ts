// Round sites54: a paper's page head on a PDF of the page names the paper and the day; a layout
// designer's credit is an editor's line; a page that frames another page, or whose inline script
// writes its text in, is refused with what to do.
import { describe, expect, it } from 'vitest';
import { paperPage, outletLine } from '../../../electron/core/content/header-outlet.js';
import { LINE_RULES } from '../../../electron/core/content/clean-line-rules.js';
import { emptyPageReason } from '../../../electron/core/content/formats/html-empty-reason.js';

const dropped = (line: string) => LINE_RULES.some((r) => r.re.test(line));

describe('a paper’s page head', () => {
  it('gives the paper and the day', () => {
    expect(paperPage('临澄日报　2021年3月15日　星期一　第3版　理论')).toEqual({
      source: '临澄日报',
      date: '2021-03-15',
    });
    expect(paperPage('临澄日报2021年3月15日 星期一 第3版')).toEqual({ source: '临澄日报', date: '2021-03-15' });
    expect(outletLine('梧岗日报 2017年10月30日 第4版 理论周刊')).toEqual({ source: '梧岗日报', date: '2017-10-30' });
  });
  it('needs the page number: a title with a day is none', () => {
    expect(paperPage('临澄日报　2021年3月15日　星期一')).toBeNull();
    expect(paperPage('情况通报　2021年3月15日　第3版')).toBeNull();
  });
});

describe('credits', () => {
  it('drops a layout designer’s credit beside the editor’s', () => {
    expect(dropped('责任编辑：王芳　版式设计：赵磊')).toBe(true);
    expect(dropped('版式：赵磊')).toBe(true);
    expect(dropped('版式设计要简洁大方，便于阅读。')).toBe(false);
  });
});

describe('pages with no text of their own', () => {
  it('says the text is in a frame', () => {
    const html = '<html><body><h1>学习资料</h1><iframe src="./content_1.html"></iframe></body></html>';
    expect(emptyPageReason(html, ['学习资料'], [])).toMatch(/内嵌框架.*在新标签页中打开框架/);
  });
  it('says an inline script writes the text in', () => {
    const html =
      '<html><body><div id="content"></div><script>var d = {"content":"<p>x</p>"}; document.getElementById("content").innerHTML = d.content;</script></body></html>';
    expect(emptyPageReason(html, [], [])).toMatch(/脚本加载/);
    // A page with text and an ordinary script is not refused for it (short text only reaches here).
    expect(
      emptyPageReason('<html><body><p>短</p><script>var a = 1;</script></body></html>', ['短'], []),
    ).toBeUndefined();
  });
});
