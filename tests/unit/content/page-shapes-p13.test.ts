// Page shapes of the p13 round (tests/fixtures/import/real/p13-*): a date and 来源 that a template's
// inline script writes (`document.write`, an empty `<span id="pubtime">` filled from a variable),
// a JSON-LD `@graph` listing the WebPage before the article, WeChat's `var create_time`, 百家号's
// account over a date block with the place it posted from, and credit and platform lines.
import { describe, expect, it } from 'vitest';
import { renderScriptWrites } from '../../../electron/core/content/formats/html-script-writes.js';
import { bodyOf, doc, paras } from './page-shape-kit.js';

const page = (head: string, info: string, inner = '') =>
  `<html><head><meta charset="utf-8"><title>全县宣传思想文化工作会议召开_南岭县人民政府</title>${head}</head><body>` +
  `<div class="logo">南岭县人民政府</div><div class="detail"><div class="detail-title">全县宣传思想文化工作会议召开</div>` +
  `<div class="detail-info">${info}</div><div class="TRS_Editor">${paras}${inner}</div></div></body></html>`;

describe('p13 what inline scripts write', () => {
  it('reads the date and 来源 a TRS template writes with document.write', async () => {
    const d = await doc(
      'a.html',
      page(
        '',
        `<span>发布时间：<script>var pubDate = "2026-02-12 09:15:00"; document.write(pubDate.substr(0,10));</script></span>` +
          `<span><script>var laiyuan = "县委宣传部"; if (laiyuan == "") { document.write("来源：本站"); } else { document.write("来源：" + laiyuan); }</script></span>`,
      ),
    );
    expect(d.date).toBe('2026-02-12');
    expect(d.source).toBe('县委宣传部');
  });

  it('takes the branch an empty variable leads to', () => {
    const html = `<span><script>var ly = ""; if (ly == "") { document.write("来源：本站"); } else { document.write("来源：" + ly); }</script></span>`;
    expect(renderScriptWrites(html)).toBe('<span>来源：本站</span>');
  });

  it('fills an empty element a script fills from a variable', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭县今年将新建高标准农田五万亩</title></head><body>` +
        `<h1>南岭县今年将新建高标准农田五万亩</h1><div class="info"><span id="pubtime"></span></div><div>${paras}</div>` +
        `<script>var pubtime = "2026-01-18 10:21:34"; document.getElementById("pubtime").innerHTML = pubtime;</script></body></html>`,
    );
    expect(d.date).toBe('2026-01-18');
  });

  it('fills the elements jQuery fills from variables', () => {
    const html =
      `<p><span id="time"></span><span id="media"></span></p><script>var time = '2026-03-05 08:40'; var media = '南岭县融媒体中心';` +
      `$(function () { $('#time').html(time); $('#media').text('来源：' + media); });</script>`;
    expect(renderScriptWrites(html)).toContain(
      '<span id="time">2026-03-05 08:40</span><span id="media">来源：南岭县融媒体中心</span>',
    );
  });

  it('leaves a script it does not understand as it was (guard)', () => {
    const html = `<span><script>var d = new Date(); document.write(d.getFullYear());</script></span>`;
    expect(renderScriptWrites(html)).toBe(html);
    const unknownTest = `<script>var a = "x"; if (window.top) { document.write(a); }</script>`;
    expect(renderScriptWrites(unknownTest)).toBe(unknownTest);
  });
});

describe('p13 script data', () => {
  it('reads the article of a JSON-LD @graph that lists the WebPage first', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', headline: '南岭新闻网 - 县域新闻' },
        {
          '@type': 'NewsArticle',
          headline: '全县宣传思想文化工作会议召开',
          datePublished: '2026-01-11T08:30:00+08:00',
          publisher: { '@type': 'Organization', name: '南岭县融媒体中心' },
        },
      ],
    });
    const d = await doc('a.html', page(`<script type="application/ld+json">${ld}</script>`, '<span>阅读 1,208</span>'));
    expect(d.date).toBe('2026-01-11');
  });

  it('dates a raw WeChat save by `var create_time` when `var ct` is missing', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>全县组织工作会议召开</title><script>var nickname = htmlDecode("南岭组工");` +
        `var create_time = "1768012200" * 1;</script></head><body><h1 class="rich_media_title" id="activity-name">全县组织工作会议召开</h1>` +
        `<a id="js_name">南岭组工</a><em id="publish_time"></em><div id="js_content">${paras}</div></body></html>`,
    );
    expect(d.date).toBe('2026-01-10');
  });
});

describe('p13 百家号 and credit lines', () => {
  it('takes the account over a date block, not the place it posted from', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭：流动图书车开进偏远山村</title></head><body><div class="articleTitle"><h2>南岭：流动图书车开进偏远山村</h2></div>` +
        `<div class="articleSource"><div class="authorTxt"><a class="authorName">南岭融媒</a>` +
        `<div class="authorSub"><span class="date">2026-01-09 10:21</span><span class="date">湖南</span></div></div>` +
        `<div class="follow">关注</div></div><div data-testid="article">${paras}</div></body></html>`,
    );
    expect(d.source).toBe('南岭融媒');
  });

  it('reads the account under a headline alone in its wrapper, beside a date without its year', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭：今年改造提升农村公路一百公里</title></head><body><div class="article-title"><h2>南岭：今年改造提升农村公路一百公里</h2></div>` +
        `<div class="article-desc"><div class="author-icon"><img src="a.jpg"></div><div class="author-txt"><p class="author-name">云溪发布</p>` +
        `<div class="article-source"><span class="date">发布时间：03-15</span><span class="time">10:21</span></div></div></div>` +
        `<div class="article-content">${paras}</div><div class="article-footer">本文由百家号作者上传并发布，百家号仅提供信息发布平台。</div></body></html>`,
    );
    expect(d.source).toBe('云溪发布');
    expect(d.date).toBeNull();
    expect(bodyOf(d)).not.toContain('仅提供信息发布平台');
  });

  it('reads the account beside a relative time, which dates nothing', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭县今春新造林三万亩</title></head><body><div class="article-title"><h2>南岭县今春新造林三万亩</h2></div>` +
        `<div class="article-desc"><div class="author-txt"><p class="author-name">南岭发布</p>` +
        `<div class="article-source"><span class="date">发布时间：昨天</span><span class="time">10:21</span></div></div></div>` +
        `<div class="article-content">${paras}</div></body></html>`,
    );
    expect(d.source).toBe('南岭发布');
    expect(d.date).toBeNull();
  });

  it('drops a words-and-pictures credit on a line of its own', async () => {
    const d = await doc('a.html', page('', '<span>发布时间：2026-01-12</span>', '<p>图文：县委社会工作部</p>'));
    expect(bodyOf(d)).not.toContain('图文：');
  });
});

describe('p13 old table layouts, source logos and lecturers', () => {
  it('takes a bold headline in a table cell over its info row, and the date of that row', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭县第二小学</title></head><body><table><tr><td class="nav"><a>首页</a> | <a>党建工作</a></td></tr>` +
        `<tr><td align="center"><font size="4"><b>“红领巾心向党”主题队日活动</b></font></td></tr>` +
        `<tr><td align="center">作者：佚名　来源：本站原创　更新时间：2026-3-28</td></tr><tr><td>${paras}</td></tr></table></body></html>`,
    );
    expect(d.title).toBe('“红领巾心向党”主题队日活动');
    expect(d.date).toBe('2026-03-28');
  });

  it('reads a 来源 printed as the outlet’s logo by its alt text', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>有关部门部署做好春季农业生产工作_南岭新闻网</title></head><body><h1>有关部门部署做好春季农业生产工作</h1>` +
        `<div class="art-info"><span class="time">2026-03-29 18:02</span> <span class="source">来源：<img src="/s/x.png" alt="新华网"></span></div>` +
        `<div>${paras}</div></body></html>`,
    );
    expect(d.source).toBe('新华网');
  });

  it('reads the lecturer a 党课 page names in a block under its info line', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>微党课：作风建设永远在路上_共产党员网</title></head><body><h1 class="m_title">微党课：作风建设永远在路上</h1>` +
        `<div class="m_info"><span>2026-03-26 10:00</span><span>来源：共产党员网</span></div>` +
        `<div class="m_jj"><p>主讲人：李晓燕（南岭县纪委副书记）</p><p>时长：12分30秒</p></div><div class="m_text">${paras}</div></body></html>`,
    );
    expect(d.speakers).toEqual([{ name: '李晓燕', role: '南岭县纪委副书记' }]);
  });
});
