// Page shapes from portal reposts and newspapers' 数字报 pages: the headline of a page whose
// <title> is only the paper's name (under it a 副题 and an `作者：` line), the paper as the source
// rather than its footer's owner, and 搜狐's `返回搜狐，查看更多` link inside the last paragraph.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';

const page = (title: string, body: string) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const prose =
  '<p>各地各部门要认真贯彻落实，推动经济社会持续健康发展，为开好局起好步打下坚实基础，确保各项任务落到实处。</p>'.repeat(
    3,
  );

describe('数字报 article page', () => {
  const epaper = page(
    '学习时报',
    `<div class="l_t">第03版：理论周刊</div><div class="text_c"><h3>深入学习贯彻党的二十大精神</h3><h1>以高质量党建引领基层治理</h1><h2>——从近年来的基层实践看</h2><h4>作者：某某大学 陈某</h4><div id="ozoom">${prose}</div></div><div class="footer">学习时报社版权所有</div>`,
  );

  it('takes the <h1> over its 副题 and 作者 line as the headline, not the 副题 or the paper', () => {
    const [src] = readHtml('e.html', epaper);
    expect(src!.hints.title).toBe('以高质量党建引领基层治理');
    expect(src!.text.split('\n')).toContain('——从近年来的基层实践看');
  });

  it('takes the one <h1> of a page titled by the paper alone, its byline unlabelled', () => {
    const paper = (heads: string) =>
      readHtml(
        'p.html',
        page(
          '中国组织人事报',
          `<div class="text_c">${heads}<h4>本报记者 王某</h4><div id="ozoom">${prose}</div></div>`,
        ),
      )[0]!;
    expect(paper('<h3>引题文字示例</h3><h1>以高质量党建引领基层治理</h1>').hints.title).toBe(
      '以高质量党建引领基层治理',
    );
    // Two <h1>s: neither is surely the headline.
    expect(paper('<h1>以高质量党建引领基层治理</h1><h1>在实践中锤炼过硬本领</h1>').hints.title).not.toBe(
      '以高质量党建引领基层治理',
    );
  });

  it('names the paper of a <title> that is only its name, not the footer owner', () => {
    const [src] = readHtml('e.html', epaper);
    expect(src!.hints.site).toBe('学习时报');
  });

  it('still prefers the heading right over a dated info line to one over a lesser heading', () => {
    const [src] = readHtml(
      'c.html',
      page(
        '新闻动态--中国地理学会官网',
        `<h3>首页 - 新闻动态</h3><h5>学术年会在重庆成功举行</h5><div class="ly">发布时间：2019-05-18 来源：中国地理学会</div><div>${prose}</div>`,
      ),
    );
    expect(src!.hints.title).toBe('学术年会在重庆成功举行');
  });

  it('leaves a column-only <title> that is no publication name out of the site', () => {
    const [src] = readHtml(
      'd.html',
      page('新闻动态', `<h1>学术年会在重庆成功举行</h1><div>发布时间：2019-05-18</div>${prose}<p>某某学会版权所有</p>`),
    );
    expect(src!.hints.site).toBe('某某学会');
  });
});

describe('学习时报 article page', () => {
  it("takes the <h1> over its author-and-length line, and the edition line's date", () => {
    const [src] = readHtml(
      'x.html',
      page(
        '学习时报',
        `<div class="top"><span>2023年04月12日</span> <span>第05版：理论周刊</span></div><h1>以高质量党建引领基层治理</h1><p>王某某　字数：3,456</p>${prose}<p>学习时报社版权所有</p>`,
      ),
    );
    expect(src!.hints.title).toBe('以高质量党建引领基层治理');
    expect(src!.hints.pageDate).toBe('2023-04-12');
  });

  it('reads no edition date from a related list citing another edition', () => {
    const [src] = readHtml(
      'z.html',
      page(
        '学习时报',
        `<h1>以高质量党建引领基层治理</h1>${prose}<ul><li><a>另一篇文章</a>（2023年04月12日 第05版）</li></ul>`,
      ),
    );
    expect(src!.hints.pageDate).toBeUndefined();
  });

  it('reads no edition date from a line that names no 版', () => {
    const [src] = readHtml(
      'y.html',
      page(
        '学习时报',
        `<div class="top"><span>2023年04月12日</span> <span>理论周刊</span></div><h1>以高质量党建引领基层治理</h1>${prose}`,
      ),
    );
    expect(src!.hints.pageDate).toBeUndefined();
  });
});

describe('speech page', () => {
  it("keeps a 副题 that names the meeting's year as the subtitle", () => {
    const speech = (under: string) =>
      readHtml(
        's.html',
        page(
          '统筹发展和安全 - 某某部',
          `<div id="box"><h1>统筹发展和安全</h1><h2>${under}</h2><div class="shuxing">来源：某某部 2020-12-04</div><div>${prose}</div></div>`,
        ),
      )[0]!;
    expect(speech('——在2020年全国某某工作会议上的讲话').headings).toEqual(['——在2020年全国某某工作会议上的讲话']);
  });
});

describe('portal repost', () => {
  it('drops the back-to-portal link at the end of the last paragraph and reports it', () => {
    const [src] = readHtml(
      's.html',
      page(
        '标题_搜狐新闻',
        `<h1>标题示例文字</h1><article>${prose}<p>要把各项任务落到实处。<a href="//www.sohu.com/"><span>返回搜狐，查看更多</span></a></p></article>`,
      ),
    );
    expect(src!.text).toContain('要把各项任务落到实处。');
    expect(src!.text).not.toContain('返回搜狐');
    expect(src!.removed).toContainEqual({ reason: '门户链接', text: '返回搜狐，查看更多' });
  });
});
