// Who published a page when no header line says 来源: the account printed beside the date under
// the headline, a WeChat account, and a 来源 line inside the article, which names the source of a
// repost before the account that reposted it. A person's name beside the date is an author, not
// a publisher, and must not become the source.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';

const prose =
  '<p>各地各部门要认真贯彻落实，推动经济社会持续健康发展，为开好局起好步打下坚实基础，确保各项任务落到实处。</p>'.repeat(
    3,
  );
const byline = (name: string) =>
  `<html><head><title>海螺沟寻子一个月</title></head><body><h1>海螺沟寻子一个月</h1>` +
  `<div class="article-sub"><span>原创</span> <span>${name}</span> <span>2019-09-09 16:01:46</span></div>` +
  `<div class="article-content">${prose}</div></body></html>`;

describe('html publisher', () => {
  it('takes the account printed beside the date under the headline', () => {
    const [src] = readHtml('a.html', byline('南方都市报'));
    expect(src!.hints.source).toBe('南方都市报');
    expect(src!.hints.pageDate).toBe('2019-09-09');
  });

  it('never takes a person’s name beside the date as the publisher', () => {
    const [src] = readHtml('b.html', byline('王建国'));
    expect(src!.hints.source).toBeUndefined();
  });

  it('takes the account linked beside the date and a dot (今日头条), but never a linked person', () => {
    const toutiao = (name: string) =>
      `<html><head><title>标题示例文字 - 今日头条</title></head><body><div class="article-content"><h1>标题示例文字</h1>` +
      `<div class="article-meta"><span>2024-11-24 15:47</span><span class="dot">·</span><span class="name"><a href="/c/user/1/">${name}</a></span></div>` +
      `<article class="syl-article-base">${prose}</article></div></body></html>`;
    expect(readHtml('t.html', toutiao('新华社'))[0]!.hints.source).toBe('新华社');
    expect(readHtml('u.html', toutiao('王建国'))[0]!.hints.source).toBeUndefined();
    expect(readHtml('v.html', toutiao('举报'))[0]!.hints.source).toBeUndefined();
  });

  it('prefers a 来源 line inside a reposted WeChat article to the account, and drops its name card', () => {
    const html =
      `<html><head><title>叙利亚，别哭！活下去！</title></head><body><h2 id="activity-name">叙利亚，别哭！活下去！</h2>` +
      `<div id="js_content"><section><strong>共青团中央</strong><p>有态度 有温度 全网青年都在关注</p></section>` +
      `<p>来源：微信公众号“新华网”（ID：newsxinhua），作者：徐倩</p>${prose}</div>` +
      `<script>var nickname = "共青团中央"; var ct = "1524005529";</script></body></html>`;
    const [src] = readHtml('c.html', html);
    expect(src!.hints.source).toBe('新华网');
    expect(src!.hints.pageDate).toBe('2018-04-18');
    expect(src!.text).not.toContain('全网青年都在关注');
  });

  it('cuts counters printed beside the source name', () => {
    const html =
      `<html><head><title>某标题文章</title></head><body><h1>某标题文章</h1><div class="info"><p class="time">` +
      `<span>2019年09月09日 18:13:22</span><span>来源：</span><span><a>新华网</a></span><span><a>57人参与</a><a>11评论</a></span></p></div>` +
      `<div>${prose}</div></body></html>`;
    const [src] = readHtml('d.html', html);
    expect(src!.hints.source).toBe('新华网');
  });

  it('reads the 来源 of a header block without the share box beside it', () => {
    const html =
      `<html><head><title>推动基层治理能力现代化--观点--人民网</title></head><body><div class="text_title"><h1>推动基层治理能力现代化</h1>` +
      `<div class="box01"><div class="fl">2019年09月09日05:15&nbsp;&nbsp;来源：<a href="#">人民网－人民日报</a></div>` +
      `<div class="fr"><div class="fx">分享到：</div></div></div></div><div id="rwb_zw">${prose}</div></body></html>`;
    const [src] = readHtml('d.html', html);
    expect(src!.hints.source).toBe('人民网－人民日报');
    expect(src!.hints.pageDate).toBe('2019-09-09');
  });

  it('takes the bracketed 来源 line that ends a reposted text as its source, out of the body', () => {
    const html =
      `<html><head><title>每周一学-某某中学</title></head><body><h2 class="title">每周一学</h2>` +
      `<div class="property"><span>文章来源：</span> <span>发布时间：2023年05月15日</span></div>` +
      `<div class="conTxt">${prose}<p style="text-align:right">（来源：共产党员网）</p></div>` +
      `<div class="footer">版权所有：某某市第一中学</div></body></html>`;
    const [src] = readHtml('e.html', html);
    expect(src!.hints.source).toBe('共产党员网');
    expect(src!.text).not.toContain('来源：共产党员网');
  });

  it('takes the unlabelled source beside the date inside the header’s wrappers (新浪), never a person', () => {
    const sina = (name: string) =>
      `<html><head><title>标题示例文字|新浪新闻</title></head><body><h1 class="main-title">标题示例文字</h1>` +
      `<div class="top-bar-wrap"><div class="top-bar"><div class="top-bar-inner">` +
      `<div class="date-source"><span class="date">2019年03月05日 08:21</span><a class="source" href="#">${name}</a></div>` +
      `<div class="article-tools"><a>评论</a><a>新浪新闻客户端扫码</a></div></div></div></div>` +
      `<div class="article" id="article">${prose}</div></body></html>`;
    expect(readHtml('s.html', sina('新华网'))[0]!.hints.source).toBe('新华网');
    expect(readHtml('p.html', sina('王建国'))[0]!.hints.source).toBeUndefined();
  });

  it('takes the publisher nested in spans beside a date, or after the date as the line’s own text (older 凤凰, 新浪)', () => {
    const ifeng =
      `<html><head><title>标题示例文字_资讯频道_凤凰网</title></head><body><div id="artical"><h1 id="artical_topic">标题示例文字</h1>` +
      `<div id="artical_sth"><p class="p_time"><span class="ss01">2016年03月05日 08:21:30</span> <span class="ss02"></span>` +
      `<span class="ss03" itemprop="publisher"><span itemprop="name"><a href="#">新华网</a></span></span></p></div>` +
      `<div id="main_content">${prose}</div></div></body></html>`;
    expect(readHtml('i.html', ifeng)[0]!.hints.source).toBe('新华网');
    const sinaOld = (name: string) =>
      `<html><head><title>标题示例文字_新闻_新浪网</title></head><body><h1 id="artibodyTitle">标题示例文字</h1>` +
      `<div class="page-info"><span id="navtimeSource">2017年03月27日09:03\t\t<span><span data-sudaclick="media_name"><a href="#">${name}</a></span></span></span></div>` +
      `<div id="artibody">${prose}</div></body></html>`;
    expect(readHtml('o.html', sinaOld('人民网'))[0]!.hints.source).toBe('人民网');
    expect(readHtml('w.html', sinaOld('王建国'))[0]!.hints.source).toBeUndefined();
  });

  it('takes the item whose class says source beside a channel name (older 腾讯), and neither of two unmarked names', () => {
    const qqOld = (cls: string) =>
      `<html><head><title>标题示例文字_新闻_腾讯网</title></head><body><div class="qq_article"><div class="hd"><h1>标题示例文字</h1>` +
      `<div class="a_Info"><span class="a_catalog"><a href="#">国内</a></span><span class="${cls}"><a href="#">新华网</a></span>` +
      `<span class="a_time">2017-12-05 07:33</span></div></div><div id="Cnt-Main-Article-QQ">${prose}</div></div></body></html>`;
    expect(readHtml('k.html', qqOld('a_source'))[0]!.hints.source).toBe('新华网');
    expect(readHtml('m.html', qqOld('a_other'))[0]!.hints.source).toBeUndefined();
  });

  it('never takes a related headline listed with its date under the headline as the publisher', () => {
    const html =
      `<html><head><title>标题示例文字</title></head><body><h1>标题示例文字</h1><div class="main">` +
      `<ul class="related"><li><a href="/a/1.html">全国春耕生产梯次展开</a><span>2024-03-10</span></li></ul>` +
      `<div class="text">${prose}</div><p><span>2024-03-11</span><a href="/b/2.html">多地促进消费恢复</a></p></div></body></html>`;
    expect(readHtml('l.html', html)[0]!.hints.source).toBeUndefined();
  });

  it('reads date and publisher from the script object that describes this article (腾讯新闻), not another', () => {
    const qq = (title: string) =>
      `<html><head><title>标题示例文字_腾讯新闻</title><script>window.DATA = {"title":"${title}","media":"新华社","pubtime":"2020-05-22 10:03:00"};</script></head>` +
      `<body><div class="LEFT"><h1>标题示例文字</h1><div class="content"><div class="left-stick-wp"><div class="year"><span>2020</span></div>` +
      `<div class="md">05/22</div><div class="time">10:03</div><a class="author"><img src="a.png"><div>新华社</div></a></div>` +
      `<div class="content-article">${prose}${prose}</div></div></div></body></html>`;
    const [src] = readHtml('q.html', qq('标题示例文字'));
    expect(src!.hints.source).toBe('新华社');
    expect(src!.hints.pageDate).toBe('2020-05-22');
    // An object about another article (a related item) says nothing about this page.
    const [other] = readHtml('r.html', qq('另一篇文章的标题'));
    expect(other!.hints.source).toBeUndefined();
    expect(other!.hints.pageDate).toBeUndefined();
  });
});
