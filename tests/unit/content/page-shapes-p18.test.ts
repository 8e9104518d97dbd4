// Page shapes of the p18 round (tests/fixtures/import/real/p18-*): an article held in a
// `<script type="text/html">` template; lists of search results and of picture cards; a 来源 run
// into the next label; a 转自 notice as the only source; an <h1> with an undashed <h2> subtitle; a
// save's `saved from url` comment as the page's address.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { bodyOf, doc, paras, PROSE } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (body: string, title = HEAD, head = '') =>
  `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;
const info = '<div class="info">发布时间：2026-03-05　来源：南岭县水利局</div>';

describe('p18 article markup in a template script', () => {
  it('reads a <script type="text/html"> template the page renders into an empty box', async () => {
    const d = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1>${info}<div id="c"></div><script type="text/html" id="tpl">${paras}</script>`),
    );
    expect(bodyOf(d)).toContain(PROSE[0]);
    expect(d.date).toBe('2026-03-05');
  });

  it('leaves code scripts and short templates out', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1>${info}<div>${paras}</div><script type="text/javascript">var s = "<p>这是一段脚本里的字符串，不是文章的正文内容，不应当被读成正文。</p>";</script><script type="text/html"><li>{{title}}</li></script>`,
      ),
    );
    expect(bodyOf(d)).not.toContain('脚本里的字符串');
    expect(bodyOf(d)).not.toContain('{{title}}');
  });
});

describe('p18 pages that are lists', () => {
  const items = [
    [
      '全县基层党建重点任务推进会召开',
      '会议强调，各级党组织要聚焦主责主业，推动基层党建工作提质增效，为全县发展提供坚强组织保证。',
    ],
    [
      '县委组织部开展党纪学习教育专题党课',
      '党课围绕严守党的纪律规矩展开，引导党员干部知敬畏、存戒惧、守底线，筑牢拒腐防变思想防线。',
    ],
    [
      '南岭县举办村党组织书记培训班',
      '培训班采取专题讲座、现场教学、交流研讨等方式，帮助村党组织书记提升抓党建促乡村振兴能力。',
    ],
  ];
  const refused = async (html: string) => (await importBytes('a.html', Buffer.from(html, 'utf8'))).documents.length;

  it('refuses a page of search results (linked title, abstract, address and day)', async () => {
    const list = items
      .map(
        ([t, a], i) =>
          `<div class="result"><a class="r-title" href="/x/${i}.html">${t}</a><p>${a}</p><p>www.nl.gov.cn/x/${i}.html　2026-03-0${i + 1}</p></div>`,
      )
      .join('');
    expect(await refused(page(`<p>找到相关结果约 23 条</p><div class="results">${list}</div>`, '搜索结果'))).toBe(0);
  });

  it('refuses a page of picture cards, each wrapped in its link, dated by month and day', async () => {
    const list = items
      .map(
        ([t, a], i) =>
          `<div class="card"><a href="/t/${i}.html"><img src="/i/${i}.jpg"><p class="card-t">${t}</p><p>${a}</p><span>03-0${i + 1}</span></a></div>`,
      )
      .join('');
    expect(await refused(page(`<div class="cards">${list}</div>`, '图片新闻'))).toBe(0);
  });

  it('refuses a list whose items print their day under a label (`发布时间：2026-03-05`)', async () => {
    const list = items
      .map(
        ([t, a], i) =>
          `<li><h3><a href="/d/${i}.html">${t}</a></h3><p>${a}</p><span>发布时间：2026-03-0${i + 1}</span></li>`,
      )
      .join('');
    expect(await refused(page(`<ul class="so-list">${list}</ul>`, '站内搜索'))).toBe(0);
  });

  it('keeps an article whose paragraphs open on a linked phrase', async () => {
    const body = PROSE.concat(PROSE[0]!.replace('今年', '去年'))
      .map((p) => `<div class="para"><a href="/k">${p.slice(0, 8)}</a>${p.slice(8)}</div>`)
      .join('');
    expect(await refused(page(`<h1>${HEAD}</h1>${info}<div class="text">${body}</div>`))).toBe(1);
  });
});

describe('p18 sources', () => {
  it('cuts a 来源 value where the next label runs on (`南岭新闻网责任编辑：张华`)', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="m"><span>作者：李明</span><span>来源：南岭新闻网</span><span>责任编辑：张华</span><span>发布时间：2026年03月09日</span></div><div>${paras}</div>`,
      ),
    );
    expect(d.source).toBe('南岭新闻网');
  });

  it('reads a quoted account after 转自 as the source, without a colon', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="date">2026-03-10</div><div class="tip">本文转自“临江发布”微信公众号</div><div>${paras}</div>`,
      ),
    );
    expect(d.source).toBe('临江发布');
    expect(bodyOf(d)).not.toContain('微信公众号');
  });
});

describe('p18 titles and dates', () => {
  it('takes the <h1> of a title block whose undashed <h2> subtitle <title> runs on', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="titles"><h1>小茶叶做成大产业</h1><h2>白沙镇茶产业发展调查</h2></div>${info}<div>${paras}</div>`,
        '小茶叶做成大产业 白沙镇茶产业发展调查_南岭新闻网',
      ),
    );
    expect(d.title).toBe('小茶叶做成大产业');
  });

  it('keeps a title block holding empty 引题/副题 headings and its info line whole (人民网 old template)', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="text_title"><h3 class="pre"></h3><h1>${HEAD}</h1><h4 class="sub"></h4><div class="box01"><div class="fl">2019年09月22日08:14　来源：<a href="/">人民网－人民日报</a></div></div></div><div>${paras}</div>`,
        `${HEAD}--观点--人民网`,
      ),
    );
    expect([d.title, d.source]).toEqual([HEAD, '人民网－人民日报']);
  });

  it('reads the info line under a table cell styled inline as the headline', async () => {
    const d = await doc(
      'a.html',
      page(
        `<table><tr><td style="font-size:20px;font-weight:bold">${HEAD}</td></tr><tr><td>发表日期：2026年3月4日　文章来源：县水利局　点击数：56</td></tr><tr><td>${paras}</td></tr></table><p>南岭县人民政府　版权所有</p>`,
      ),
    );
    expect([d.date, d.source]).toEqual(['2026-03-04', '县水利局']);
  });

  it('dates a page by a WebPlus address in the save note (`/2026/0311/c1234a5678/page.htm`)', async () => {
    const html = `<!-- saved from url=(0066)http://www.yxdj.gov.cn/djdt/2026/0311/c1234a5678/page.htm -->${page(
      `<h1>${HEAD}</h1><div class="sj">03-11　来源：县委组织部</div><div>${paras}</div>`,
    )}`;
    expect((await doc('a.html', html)).date).toBe('2026-03-11');
  });
});

describe('p18 why a page gave no article', () => {
  const reason = async (html: string) =>
    (await importBytes('a.html', Buffer.from(html, 'utf8'))).report.skipped[0]?.reason ?? '';

  it('says a page only frames a PDF and asks for the PDF', async () => {
    const viewer = `<iframe src="/pdfjs/web/viewer.html?file=/up/2026/bg.pdf"></iframe><p>附件：<a href="/up/2026/bg.pdf">报告.pdf</a></p>`;
    expect(await reason(page(`<h1>${HEAD}</h1>${info}${viewer}`))).toMatch(/PDF 阅读框.*下载该 PDF/);
    const object = `<object data="/up/2026/bg.pdf" type="application/pdf"><embed src="/up/2026/bg.pdf"></object>`;
    expect(await reason(page(`<h1>${HEAD}</h1>${info}${object}`))).toMatch(/PDF 阅读框/);
  });

  it('says a list of abstracts is no article', async () => {
    const list = PROSE.concat(PROSE[0]!)
      .map(
        (p, i) =>
          `<li><h3><a href="/d/${i}.html">南岭县召开第${i + 1}次工作会议</a></h3><p>${p}</p><span>2026-03-0${i + 1}</span></li>`,
      )
      .join('');
    expect(await reason(page(`<ul>${list}</ul>`, '工作动态'))).toMatch(/文章列表.*不是一篇文章/);
  });
});
