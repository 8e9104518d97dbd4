// Page shapes of the p8 round (tests/fixtures/import/real/p8-*): JSON-LD read from the page's
// source, a ranking list beside a short wire story, headlines in a print view's table cell and over
// an unlabelled byline, badges before a headline, a mobile page's publisher beside a year-less time,
// a 数字报's site name, and a 公众号's sign-off line.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';

const PROSE = [
  '5月6日，南岭高铁站改扩建工程正式开工。项目总投资九亿元，计划两年内建成投用。',
  '改扩建完成后，车站候车面积将扩大一倍，可满足高峰时段每小时八千人次的旅客集散需求。',
  '项目同步建设公交换乘中心和社会停车场，实现高铁与城市交通无缝衔接。',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('');
const read = (html: string) => readHtml('a.html', html)[0]!;

describe('p8 page shapes', () => {
  it('reads JSON-LD (a list, or an @graph) although the parsed page has lost its scripts', () => {
    const ld = (json: string) =>
      read(
        `<html><head><title>南岭高铁站改扩建工程开工</title><script type="application/ld+json">${json}</script></head>` +
          `<body><h1>南岭高铁站改扩建工程开工</h1><div class="content">${paras}</div></body></html>`,
      );
    const article =
      '{"@type":"NewsArticle","datePublished":"2023-05-06T16:40:00+08:00","publisher":{"name":"南岭晚报"}}';
    for (const json of [`[{"@type":"BreadcrumbList"},${article}]`, `{"@graph":[{"@type":"WebSite"},${article}]}`]) {
      const src = ld(json);
      expect(src.hints.pageDate).toBe('2023-05-06');
      expect(src.hints.site).toBe('南岭晚报');
    }
  });

  it('takes no date from a ranking list right under a short wire story', () => {
    const src = read(
      `<html><head><title>我国成功发射遥感卫星_南岭新闻网</title></head><body><div class="main"><h1>我国成功发射遥感卫星</h1>` +
        `<div class="info">来源：新华社　作者：李某</div><div class="text"><p>新华社酒泉5月6日电　我国在酒泉卫星发射中心成功发射一颗遥感卫星，卫星顺利进入预定轨道。</p></div>` +
        `<div class="hot"><h3>热点排行</h3><ol><li><a>全国科技活动周启动</a> 2024-05-18</li><li><a>智能遥感卫星入轨</a> 2024-03-02</li></ol></div></div></body></html>`,
    );
    expect(src.hints.pageDate).toBeUndefined();
    expect(src.hints.date).toBeUndefined();
  });

  it('finds the headline in a print view’s table cell when <title> names only the site', () => {
    const src = read(
      `<html><head><title>南岭市人民政府</title></head><body><table><tr><td><a>【打印】</a></td></tr>` +
        `<tr><td class="biaoti"><b>全市一季度经济运行实现良好开局</b></td></tr>` +
        `<tr><td class="xinxi">发布时间：2023.05.06　信息来源：市统计局</td></tr><tr><td>${paras}</td></tr></table></body></html>`,
    );
    expect(src.hints.title).toBe('全市一季度经济运行实现良好开局');
    expect(src.hints.source).toBe('市统计局');
  });

  it('finds the headline over an unlabelled byline with the time, whose author is no publisher', () => {
    const page = (info: string) =>
      read(
        `<html><head><title>人民日报客户端</title></head><body><div class="article"><div class="title">南岭县首趟中欧班列鸣笛发车</div>` +
          `<div class="info">${info}</div><div class="article-body">${paras}</div></div></body></html>`,
      );
    const src = page(
      '<span class="name">人民日报客户端湖南频道</span>　<span class="author">周敏</span>　<span class="time">2023-05-06 11:32</span>',
    );
    expect(src.hints.title).toBe('南岭县首趟中欧班列鸣笛发车');
    expect(src.hints.source).toBe('人民日报客户端湖南频道');
    // Two names and no class to tell them apart: no publisher.
    expect(
      page('<span>南岭日报</span>　<span>南岭晚报</span>　<span>2023-05-06 11:32</span>').hints.source,
    ).toBeUndefined();
  });

  it('takes a mobile page’s publisher beside a time without the year, past a follow button', () => {
    const src = read(
      `<html><head><title>南岭县推进老旧小区改造</title><meta property="og:site_name" content="南岭头条"></head><body>` +
        `<h1 class="art-title">南岭县推进老旧小区改造</h1><div class="art-info"><span class="src">南岭日报</span><span class="time">05-06 10:20</span><span class="follow">+关注</span></div>` +
        `<div class="art-content">${paras}</div></body></html>`,
    );
    expect(src.hints.source).toBe('南岭日报');
  });

  it('drops a badge before the headline, in <title> and in the heading', () => {
    const src = read(
      `<html><head><title>【原创】南岭县“村BA”火出圈 乡村文化活起来 - 南岭融媒</title></head><body>` +
        `<h1><span class="label">原创</span>南岭县“村BA”火出圈 乡村文化活起来</h1><p class="meta">2023-05-06 20:15:33</p><div>${paras}</div></body></html>`,
    );
    expect(src.hints.title).toBe('南岭县“村BA”火出圈 乡村文化活起来');
  });

  it('names a paper’s online edition by the paper', () => {
    const src = read(
      `<html><head><title>全市经济工作会议召开-南岭日报数字报</title></head><body><h1>全市经济工作会议召开</h1>` +
        `<div class="content">${paras}</div></body></html>`,
    );
    expect(src.hints.site).toBe('南岭日报');
  });

  it('drops a 公众号’s sign-off (`某某发布 · 权威发布`) but not a sentence naming the account', () => {
    const said = '南岭发布 · 权威发布，是全县群众获取政务信息的重要渠道，欢迎大家关注。';
    const src = read(
      `<html><head><meta property="og:site_name" content="微信公众平台"><title>全县会议召开</title></head><body>` +
        `<h1 id="activity-name">全县会议召开</h1><a id="js_name">南岭发布</a><div id="js_content">${paras}<p>${said}</p>` +
        `<p style="text-align:center">南岭发布 · 权威发布</p></div></body></html>`,
    );
    expect(src.text).not.toMatch(/^南岭发布 · 权威发布$/m);
    expect(src.text).toContain(said);
  });
});
