// Page shapes of the p15 round (tests/fixtures/import/real/p15-*): dates only in the page's address
// (中国日报, 人民日报's new 数字报, 国际在线) or in a MIP page's 熊掌号 block, a calendar badge, a photo
// credit after its caption, `标题-某某党委组织部` titles, a banner <h1>, an empty 成文日期 cell, an
// 索引号 row under the text, and speeches named by a note closing the text or an 编者按 reporting the meeting.
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../electron/core/content/formats/html-headline.js';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { speechNote } from '../../../electron/core/knowledge/speech-note.js';
import { bodyOf, doc, paras } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (body: string, head = `<title>${HEAD}</title>`) =>
  `<html><head><meta charset="utf-8">${head}</head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;

describe('p15 dates outside the info line', () => {
  it('reads the day from a month folder and a day folder, and from a 国际在线 address', () => {
    expect(urlDate('https://cn.chinadaily.com.cn/a/202603/09/WS65ec1a2ba31082fc043bb7d2.html')).toBe('2026-03-09');
    expect(urlDate('http://paper.people.com.cn/rmrb/pc/content/202603/16/content_30187654.html')).toBe('2026-03-16');
    expect(urlDate('https://news.cri.cn/20260221/7c2e9a41-5b3d-4f0a-a6d2-3e8b1c9f0d27.html')).toBe('2026-02-21');
    // (An id folder is no month: `/202699/05/` is no date.)
    expect(urlDate('https://example.cn/a/202699/05/content_123.html')).toBeNull();
  });

  it('dates a MIP page by its 熊掌号 block’s pubDate', async () => {
    const ld = `<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","title":"${HEAD}","pubDate":"2026-03-10T17:25:00"}</script>`;
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="info">来源：南岭县水利局</div><div class="c">${paras}</div>`,
        `<title>${HEAD}</title>${ld}`,
      ),
    );
    expect(d.date).toBe('2026-03-10');
  });

  it('reads a calendar badge of day and month by the headline, not a related list’s', async () => {
    const badge = '<div class="news-date"><p class="day">12</p><p class="ym">2026-03</p></div>';
    const d = await doc(
      'a.html',
      page(
        `<div class="head">${badge}<h3 class="news-title">${HEAD}</h3><div>来源：南岭县水利局</div></div><div class="c">${paras}</div>`,
      ),
    );
    expect(d.date).toBe('2026-03-12');
    const list =
      '<ul><li><div class="d"><span>12</span><span>2026-03</span></div><a href="/1">县水利局召开会议</a></li></ul>';
    const g = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1><div>来源：南岭县水利局</div><div class="c">${paras}</div>${list}`),
    );
    expect(g.date).toBeNull();
  });
});

describe('p15 headlines', () => {
  it('reads an organ’s name after the title’s separator as the site', () => {
    expect(splitTitle('关于拟确定发展对象的公示-南岭职业技术学院党委组织部')).toEqual({
      head: '关于拟确定发展对象的公示',
      site: '南岭职业技术学院党委组织部',
    });
  });

  it('takes the heading over the info line, not the banner’s <h1> that <title> repeats', async () => {
    const body = `<div class="zt-banner"><h1>学习贯彻全会精神</h1></div><div class="a"><h2>${HEAD}</h2><div class="info">2026-03-16　来源：南岭县委宣传部</div><div class="c">${paras}</div></div>`;
    expect((await doc('a.html', page(body, '<title>学习贯彻全会精神</title>'))).title).toBe(HEAD);
    const logo = `<div class="header"><h1 class="site-name">云溪县教育局</h1></div><div class="article-title">${HEAD}</div><div class="article-info">发布日期：2026-03-19　信息来源：云溪县教育局</div><div class="c">${paras}</div>`;
    expect((await doc('a.html', page(logo, '<title>云溪县教育局</title>'))).title).toBe(HEAD);
  });

  it('keeps an article’s own <header> headline (guard)', async () => {
    const body = `<article><header><h1>${HEAD}</h1></header><div><h2>一、总体要求</h2><div>2026-03-16　来源：南岭县水利局</div></div><div class="c">${paras}</div></article>`;
    expect((await doc('a.html', page(body))).title).toBe(HEAD);
  });
});

describe('p15 body furniture', () => {
  it('drops a photo credit set after its caption, keeping the caption', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div>2026-03-21　来源：南岭县融媒体中心</div><div class="c">${paras}<p>开幕式现场。（记者　欧阳勇　摄）</p></div>`,
      ),
    );
    expect(bodyOf(d)).toContain('开幕式现场。');
    expect(bodyOf(d)).not.toContain('欧阳勇');
  });

  it('drops an 索引号 row set without colons', () => {
    expect(chromeReason('索引号 431222000/2026-00188 信息分类 农业、畜牧业、渔业')).toBe('来源信息');
    // (A sentence naming an 索引号 stays.)
    expect(chromeReason('索引号 是政府信息公开目录中每条信息的唯一编码。')).toBeNull();
  });

  it('dates a notice by its 落款 when the 成文日期 cell is empty, not by the 发布日期 the row reads on to', async () => {
    const table =
      '<table><tr><td>索 引 号：</td><td>431222001/2026-00312</td><td>发布机构：</td><td>南岭县人民政府办公室</td></tr>' +
      '<tr><td>成文日期：</td><td></td><td>发布日期：</td><td>2026-03-04</td></tr></table>';
    const notice = `<div class="t">南岭县人民政府办公室关于加强农村饮水安全工作的通知</div><div class="c"><p>各乡镇人民政府：</p>${paras}<p>南岭县人民政府办公室</p><p>2026年3月2日</p></div>`;
    const d = await doc(
      'a.html',
      page(table + notice, '<title>南岭县人民政府办公室关于加强农村饮水安全工作的通知</title>'),
    );
    expect(d.date).toBe('2026-03-02');
  });
});

describe('p15 speeches named by a note', () => {
  it('reads a note closing the text (`本文系……的讲话`)', async () => {
    expect(speechNote('（本文系县委书记赵志刚2026年2月20日在全县作风建设大会上的讲话，有删节）')).toEqual({
      name: '赵志刚',
      role: '县委书记',
      day: '2026年2月20日',
    });
    const d = await doc(
      'a.html',
      page(
        `<h1>以优良作风凝心聚力干事创业</h1><div>2026-02-24　来源：云溪日报</div><div class="c">${paras}<p>（本文系县委书记赵志刚2026年2月20日在全县作风建设大会上的讲话，有删节）</p></div>`,
      ),
    );
    expect(d.speakers).toEqual([{ name: '赵志刚', role: '县委书记' }]);
  });

  it('reads an 编者按 reporting the meeting and printing the speech, its day dated by the page’s', async () => {
    const note =
      '<p>编者按：3月6日，全县项目建设推进大会召开，县委书记王建国出席会议并讲话。现将讲话全文刊发，供学习参考。</p>';
    const d = await doc(
      'a.html',
      page(
        `<h1>在全县项目建设推进大会上的讲话</h1><div>发布时间：2026-03-08　来源：南岭日报</div><div class="c">${note}<p>同志们：</p>${paras}</div>`,
      ),
    );
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
    expect(d.date).toBe('2026-03-06');
  });

  it('names nobody from a report that prints no speech, and dates no day far from the page’s (guards)', async () => {
    expect(speechNote('编者按：3月6日，全县项目建设推进大会召开，县委书记王建国出席会议并讲话。')).toBeNull();
    const note = '<p>编者按：5月6日，全县项目建设推进大会召开，县委书记王建国出席会议并讲话。现将讲话全文刊发。</p>';
    const d = await doc(
      'a.html',
      page(
        `<h1>在全县项目建设推进大会上的讲话</h1><div>发布时间：2026-03-08　来源：南岭日报</div><div class="c">${note}<p>同志们：</p>${paras}</div>`,
      ),
    );
    expect(d.date).toBe('2026-03-08');
  });
});

describe('p15 held-out shapes', () => {
  it('drops a photo credit written `名/摄`', () => {
    expect(chromeReason('（云溪县融媒体中心记者 王敏/摄）')).toBe('图片署名');
  });

  it('reads the name beside a relative time as the publisher', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1 class="m-t">${HEAD}</h1><div class="m-i"><span>南岭新闻网</span><span>2天前</span></div><div class="c">${paras}</div>`,
      ),
    );
    expect(d.source).toBe('南岭新闻网');
  });
});
