// Page shapes of the p14 round (tests/fixtures/import/real/p14-*): 博达/WebPlus `发布者：` lines, 方正's
// `enpproperty` record, labels spaced out (`来　　源：`), a 来源 link the CMS cut short, 澎湃号's channel
// beside the account, comment blocks under a heading row, print buttons and NetEase's English notice,
// a 落款 day Readability drops, and speeches named in a 副题 or an 编者按.
import { describe, expect, it } from 'vitest';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { closeSpacedLabels } from '../../../electron/core/content/formats/html-source.js';
import { speechNote } from '../../../electron/core/knowledge/speech-note.js';
import { bodyOf, doc, paras } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (info: string, opts: { title?: string; after?: string; foot?: string; headline?: string } = {}) =>
  `<html><head><meta charset="utf-8"><title>${opts.title ?? `${HEAD}_南岭县人民政府`}</title></head><body>` +
  `<div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a></div><div class="article">` +
  `${opts.headline ?? `<h1>${HEAD}</h1>`}<div class="info">${info}</div><div class="content">${paras}</div>${opts.after ?? ''}</div>` +
  `<div class="footer">${opts.foot ?? ''}</div></body></html>`;

describe('p14 who posted the page', () => {
  it('reads a unit under a CMS’s 发布者 label as the source', async () => {
    const d = await doc('a.html', page('<span>发布者：党委宣传部</span><span>发布时间：2026-02-27</span>'));
    expect(d.source).toBe('党委宣传部');
  });

  it('prefers the 来源 to the 发布者 beside it, and names no person as source (guard)', async () => {
    const both = await doc(
      'a.html',
      page('<span>发布者：党委宣传部</span><span>来源：新华社</span><span>2026-03-12</span>'),
    );
    expect(both.source).toBe('新华社');
    const person = await doc(
      'a.html',
      page('<span>发布者：刘思远</span><span>发布时间：2026-03-03</span>', { title: HEAD }),
    );
    expect(person.source).not.toBe('刘思远');
  });

  it('takes the site from a footer’s 主办 line when nothing else names it', async () => {
    const d = await doc(
      'a.html',
      page('<span>发布者：刘思远</span><span>发布时间：2026-03-03</span>', {
        title: HEAD,
        foot: '主办：南岭县交通运输局　地址：南岭县人民路12号',
      }),
    );
    expect(d.source).toBe('南岭县交通运输局');
  });

  it('reads labels spaced out to a longer one’s width', async () => {
    expect(closeSpacedLabels('时　间：2026-03-20　　来　　源：县教育局')).toBe('时间：2026-03-20　　来源：县教育局');
    const d = await doc(
      'a.html',
      page('<span>发布时间　：　2026年03月10日</span>　<span>来　　源：南岭县市场监督管理局</span>'),
    );
    expect(d.source).toBe('南岭县市场监督管理局');
  });

  it('finds a title-classed headline over a spaced-out info line under a <title> naming the site', async () => {
    const d = await doc(
      'a.html',
      page('时　间：2026-03-20　　来　源：云溪县教育局安全股', {
        title: '云溪县教育局',
        headline: `<div class="ntitle">${HEAD}</div>`,
      }),
    );
    expect(d.title).toBe(HEAD);
  });

  it('reads the whole name a cut 来源 link holds in its title attribute', async () => {
    const d = await doc(
      'a.html',
      page(
        '<span>发布时间：2026-03-13</span><span>来源：<a href="#" title="南岭县乡村振兴局（南岭县农业农村局）">南岭县乡村振兴局（南岭县...</a></span>',
      ),
    );
    expect(d.source).toBe('南岭县乡村振兴局（南岭县农业农村局）');
  });

  it('takes the account, not 澎湃号’s channel, as the source', async () => {
    const d = await doc(
      'a.html',
      page(
        '<div class="ant-space"><div class="ant-space-item"><a href="/list_1"><div class="index_author">南岭发布</div></a></div></div>' +
          '<div class="ant-space"><div class="ant-space-item"><span>2026-03-05 10:21</span></div><div class="ant-space-item"><span>来源：澎湃新闻·澎湃号·政务</span></div></div>',
        { title: `${HEAD}_澎湃号·政务_澎湃新闻-The Paper` },
      ),
    );
    expect(d.source).toBe('南岭发布');
  });
  it('reads an account whose name ends in an outlet word as no person (`云溪观察`)', async () => {
    const d = await doc(
      'a.html',
      page(
        '<div class="ant-space"><div class="ant-space-item"><a href="/list_2"><div class="index_author">云溪观察</div></a></div></div>' +
          '<div class="ant-space"><div class="ant-space-item"><span>2026-03-21 09:30</span></div><div class="ant-space-item"><span>来源：澎湃新闻·澎湃号·湃客</span></div></div>',
        { title: `${HEAD}_湃客_澎湃新闻-The Paper` },
      ),
    );
    expect(d.source).toBe('云溪观察');
  });
});

describe('p14 dates', () => {
  it('reads the date of 方正’s enpproperty record', async () => {
    const html = page('<span>来源：南岭日报</span>').replace(
      '<body>',
      '<body><!--enpproperty <articleid>2210376</articleid><date>2026-02-24 16:40:12.0</date><author></author><title>x</title>/enpproperty-->',
    );
    expect((await doc('a.html', html)).date).toBe('2026-02-24');
  });

  it('keeps a notice’s closing day that Readability drops (the 落款 dates it)', async () => {
    const html =
      `<html><head><meta charset="utf-8"><title>南岭县人民政府 关于做好春季森林防火工作的通知</title></head><body><table>` +
      `<tr><td class="title"><b>关于做好春季森林防火工作的通知</b></td></tr>` +
      `<tr><td>发布日期：2026-03-09　信息来源：南岭县应急管理局</td></tr>` +
      `<tr><td id="zoom" class="bt_content"><p>各乡镇人民政府，县直有关单位：</p><p>当前已进入春季森林防火关键期，为切实做好森林火灾防控工作，现就有关事项通知如下。</p>` +
      `<p>一、各地要严格落实森林防火责任制，层层压实属地管理责任和部门监管责任。</p>` +
      `<p style="text-align:right">南岭县应急管理局</p><p style="text-align:right">2026年3月6日</p></td></tr></table></body></html>`;
    expect((await doc('a.html', html)).date).toBe('2026-03-06');
  });
});

describe('p14 chrome', () => {
  it('drops print and close buttons in their other words', () => {
    for (const t of ['【打印此文】', '[打印正文]　[关闭页面]', '【打印此页】 【关闭窗口】'])
      expect(chromeReason(t)).toBe('打印与关闭');
    expect(chromeReason('打印机采购情况说明')).toBeNull();
  });

  it('drops NetEase’s notice in English', () => {
    expect(
      chromeReason(
        'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.',
      ),
    ).toBe('转载声明');
  });

  it('drops a comment block headed by a row with its count', async () => {
    const comment = '希望走访不要走过场，问题收集上来以后要有回音。';
    const d = await doc(
      'a.html',
      page('<span>2026-03-06</span><span>来源：南岭新闻网</span>', {
        after:
          `<div id="comments"><div class="comment-hd"><h3>网友评论</h3><span>已有2条评论</span></div><ul>` +
          `<li><span>清风徐来</span><span>2026-03-07 10:31</span><p>${comment}</p></li>` +
          `<li><span>老党员</span><span>2026-03-08 15:45</span><p>这个活动好，我们村上周就来了两位干部，帮忙解决了问题。</p></li></ul></div>`,
      }),
    );
    expect(bodyOf(d)).not.toContain(comment);
    expect(bodyOf(d)).toContain('农村供水保障工程');
  });
});

describe('p14 speeches', () => {
  const speech = '<p>同志们：</p><p>这次会议的主要任务是，全面总结去年全县经济工作，部署今年经济工作。</p>';

  it('reads the speaker a 副题 names with his post', async () => {
    const d = await doc(
      'a.html',
      page('发布时间：2026-01-12　来源：南岭日报', {
        headline: `<h1>${HEAD}</h1><h2 class="subtitle">——县委书记王建国在全县经济工作会议上的讲话</h2>`,
        after: speech,
      }),
    );
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
  });

  it('reads speaker, post and day from an 编者按 over the text', async () => {
    const note = '编者按：这是县委书记王建国2026年1月30日在中共南岭县委十五届九次全体会议上的讲话，现予刊发。';
    expect(speechNote(note)).toEqual({ name: '王建国', role: '县委书记', day: '2026年1月30日' });
    expect(speechNote('这是吴国栋同志在全市调查研究工作推进会上讲话的主要部分。')).toEqual({
      name: '吴国栋',
      role: null,
      day: null,
    });
    const html = page('<span>2026-02-05</span><span>来源：南岭日报</span>').replace(
      '<div class="content">',
      `<div class="content"><p>${note}</p><p>同志们：</p>`,
    );
    const d = await doc('a.html', html);
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
    expect(d.date).toBe('2026-01-30');
  });
});
