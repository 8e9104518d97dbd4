// Page shapes of the p17 round (tests/fixtures/import/real/p17-*): article markup held in an <iframe
// srcdoc>, a hidden <textarea> or a <noscript>; a two-digit year the page's address or copyright line
// confirms; 微博's create_at meta; the printed 发布时间 over a meta's other day; a meta title shorter than
// the printed headline; bilingual titles and labels; `发布：` naming a unit; a site named only in
// <title> and the banner; a speech's speaker named in a photo caption; a column page of abstracts.
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../electron/core/content/formats/html-headline.js';
import { closeSpacedLabels } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { bodyOf, doc, paras, PROSE } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (body: string, title = HEAD, head = '') =>
  `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const info = '<div class="info">发布时间：2026-03-05　来源：南岭县水利局</div>';

describe('p17 article markup held as text', () => {
  it('reads the text of an <iframe srcdoc>', async () => {
    const d = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1>${info}<iframe srcdoc="${esc(`<html><body>${paras}</body></html>`)}"></iframe>`),
    );
    expect(bodyOf(d)).toContain(PROSE[0]);
    expect(d.title).toBe(HEAD);
  });

  it('reads the markup of a hidden <textarea> a script copies into the page', async () => {
    const d = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1>${info}<textarea style="display:none">${esc(paras)}</textarea><div id="show"></div>`),
    );
    expect(bodyOf(d)).toContain(PROSE[1]);
  });

  it('reads a <noscript> article, but not a short notice or a form textarea', async () => {
    const d = await doc(
      'a.html',
      page(`<div id="app"></div><noscript><div><h1>${HEAD}</h1>${info}${paras}</div></noscript>`),
    );
    expect(bodyOf(d)).toContain(PROSE[0]);
    const n = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1>${info}<div>${paras}</div><noscript><div>您的浏览器不支持脚本，请开启后浏览本站。</div></noscript><textarea>请输入留言内容</textarea>`,
      ),
    );
    expect(bodyOf(n)).not.toContain('不支持脚本');
    expect(bodyOf(n)).not.toContain('请输入留言');
  });
});

describe('p17 dates', () => {
  const short = (foot: string, head = '') =>
    doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="info">日期：26-03-07　来源：南岭县水利局</div><div>${paras}</div><div class="foot">${foot}</div>`,
        HEAD,
        head,
      ),
    );

  it('reads a two-digit year without its time when the copyright line names that year', async () => {
    expect((await short('Copyright © 2026 南岭县水利局')).date).toBe('2026-03-07');
    expect((await short('版权所有 © 2019-2026 南岭县水利局')).date).toBe('2026-03-07');
    expect((await short('Copyright © 2025 南岭县水利局')).date).toBeNull();
    expect((await short('南岭县水利局主办')).date).toBeNull();
  });

  it('reads it when the page address has that year (and month) as a folder', async () => {
    const url = (u: string) => `<link rel="canonical" href="${u}">`;
    expect((await short('', url('http://x.gov.cn/xwdt/202603/a1.shtml'))).date).toBe('2026-03-07');
    expect((await short('', url('http://x.gov.cn/xwdt/2026/0307/1.html'))).date).toBe('2026-03-07');
    expect((await short('', url('http://x.gov.cn/xwdt/202604/a1.shtml'))).date).toBeNull();
  });

  it('reads 微博 create_at, and prefers the printed 发布时间 to a meta of another day', async () => {
    const w = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div>${paras}</div>`,
        HEAD,
        '<meta name="weibo: article:create_at" content="2026-03-07 16:05:12">',
      ),
    );
    expect(w.date).toBe('2026-03-07');
    const v = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><p class="i">发布时间：2026-03-11 18:40　来源：市政府办公室</p><div>${paras}</div>`,
        HEAD,
        '<meta name="publishdate" content="2026-03-12">',
      ),
    );
    expect(v.date).toBe('2026-03-11');
  });
});

describe('p17 titles and sources', () => {
  it('takes the printed headline a shorter meta title is drawn from', async () => {
    const full = '南岭县水利局关于做好2026年农村供水保障工作的通知';
    const d = await doc(
      'a.html',
      page(
        `<div class="zw"><h1>${full}</h1><div>${paras}</div></div>`,
        '关于做好农村供水保障工作的通知',
        '<meta name="ArticleTitle" content="关于做好农村供水保障工作的通知">',
      ),
    );
    expect(d.title).toBe(full);
    // An unrelated heading is not taken for it.
    const o = await doc(
      'a.html',
      page(
        `<div class="zw"><h1>县委常委会召开会议</h1><div>${paras}</div></div>`,
        '关于做好农村供水保障工作的通知',
        '<meta name="ArticleTitle" content="关于做好农村供水保障工作的通知">',
      ),
    );
    expect(o.title).toBe('关于做好农村供水保障工作的通知');
  });

  it('reads a bilingual page in Chinese: title part, heading and labels', async () => {
    expect(splitTitle('第六届茶文化节开幕 The 6th Tea Culture Festival Opens - 云溪县人民政府').head).toBe(
      '第六届茶文化节开幕',
    );
    expect(splitTitle('学习贯彻APEC会议精神').head).toBe('学习贯彻APEC会议精神');
    expect(splitTitle('临江市举办春季招聘会 | Linjiang Holds Spring Job Fair').head).toBe('临江市举办春季招聘会');
    expect(closeSpacedLabels('发布时间 Date：2026-03-07　来源 Source：云溪县外事办')).toBe(
      '发布时间：2026-03-07　来源：云溪县外事办',
    );
    const d = await doc(
      'a.html',
      page(
        `<h1>第六届茶文化节开幕</h1><h2>The 6th Tea Culture Festival Opens</h2><div class="info">来源 Source：云溪县外事办</div><div>${paras}</div>`,
        '第六届茶文化节开幕 The 6th Tea Culture Festival Opens - 云溪县人民政府',
      ),
    );
    expect(d.title).toBe('第六届茶文化节开幕');
    expect(d.source).toBe('云溪县外事办');
  });

  it('reads `发布：` naming a unit, and a <title> part the banner opens with as the site', async () => {
    const p = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1><div class="m">发布：县委宣传部　时间：2026-03-12</div><div>${paras}</div>`),
    );
    expect(p.source).toBe('县委宣传部');
    const b = await doc(
      'a.html',
      `<html><head><meta charset="utf-8"><title>${HEAD}_清风南岭</title></head><body><div class="top">清风南岭　南岭县纪委监委主办</div><h1>${HEAD}</h1><div class="i">发布时间：2026-03-02</div><div>${paras}</div></body></html>`,
    );
    expect(b.source).toBe('清风南岭');
  });
});

describe('p17 speakers and list pages', () => {
  const speech = (caption: string, title = '在全县乡村振兴工作会议上的讲话') =>
    doc(
      'a.html',
      page(
        `<h1>${title}</h1><div class="info">发布日期：2026-02-26　来源：县委办公室</div><div class="c"><p><img src="a.jpg"></p><p>${caption}</p><p>同志们：今天召开全县乡村振兴工作会议，主要任务是总结去年工作，安排部署今年重点任务。</p>${paras}</div>`,
        title,
      ),
    );

  it('takes a speech’s speaker from the caption under its photo, only as a speech’s caption', async () => {
    const d = await speech('县委书记王建国在会上讲话。');
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
    expect((await speech('县长李红梅主持会议。')).speakers).toEqual([]);
  });

  it('refuses a column page of abstracts with no article', async () => {
    const item = (t: string, d: string) =>
      `<div class="item"><h3><a href="/a.html">${t}</a></h3><p>${PROSE[0]}</p><p><span>${d}</span> <a>【阅读全文】</a></p></div>`;
    const list = `<div class="list">${item('县委常委会召开会议', '2026-03-09')}${item('全县重点项目集中开工', '2026-03-06')}${item('县政府召开常务会议', '2026-03-05')}</div>`;
    const r = await importBytes('a.html', Buffer.from(page(list, '要闻动态-南岭县人民政府')));
    expect(r.documents).toHaveLength(0);
  });

  it('refuses a list of <dl> items, each a linked headline with its day over an abstract', async () => {
    const item = (t: string, d: string) =>
      `<dl><dt><a href="/a.html">${t}</a><span>${d}</span></dt><dd>${PROSE[1]}</dd></dl>`;
    const list = `<div class="list">${item('白沙镇召开春耕生产动员会', '2026-03-08')}${item('白沙镇开展妇女节系列活动', '2026-03-07')}${item('白沙镇召开安全生产工作会议', '2026-03-05')}</div>`;
    const r = await importBytes('a.html', Buffer.from(page(list, '乡镇动态-白沙镇人民政府')));
    expect(r.documents).toHaveLength(0);
  });
});
