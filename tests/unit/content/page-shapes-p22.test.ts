// Page shapes of the p22 round (tests/fixtures/import/real/p22-*): days only in a CMS's address
// (`/html/2026/0312/5678.html`, `/system/2026/03/08/…`, a 数字报 reader's `paperDate=`), headlines found
// by their pinyin class, under the info line or straight over the text when <title> names only the site,
// `来自` before a portal's publisher, and info lines set in English.
import { describe, expect, it } from 'vitest';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { englishInfo } from '../../../electron/core/content/formats/english-info.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { doc, paras } from './page-shape-kit.js';

const HEAD = '南岭县召开农村人居环境整治提升推进会';
const page = (body: string, title = HEAD) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;

describe('p22 days in the address', () => {
  it('reads a year folder then the month and day as one (`/2026/0312/5678.html`)', () => {
    expect(urlDate('http://www.nanling.gov.cn/html/2026/0312/5678.html')).toBe('2026-03-12');
    expect(urlDate('http://www.nanling.gov.cn/html/2026/1234/5678.html')).toBeNull();
  });

  it('reads a news site’s `/system/YYYY/MM/DD/` folder and a 数字报 reader’s `paperDate=`', () => {
    expect(urlDate('http://news.linjiang.com.cn/system/2026/03/08/030456789.shtml')).toBe('2026-03-08');
    expect(urlDate('http://www.81.cn/szb/index.html?paperName=jfjb&paperDate=2026-03-10&paperNumber=02')).toBe(
      '2026-03-10',
    );
    expect(urlDate('http://www.81.cn/search.html?q=x&date=2026-03-10')).toBeNull();
  });
});

describe('p22 headlines when <title> names only the site', () => {
  it('finds a headline classed `biaoti` and reads the info line under it', async () => {
    const d = await doc(
      'a.html',
      page(
        `<table><tr><td><div class="biaoti">${HEAD}</div><div class="riqi">来源：校党委办　日期：2026-03-07　阅读：213</div><div>${paras}</div></td></tr></table>`,
      ),
    );
    expect([d.title, d.date, d.source]).toEqual([HEAD, '2026-03-07', '校党委办']);
  });

  it('lets a 来源 line of its own stand between the headline and its day', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="detail-title">${HEAD}</div><div class="resource">来源：临江日报</div><div class="day">2026-03-10</div><div>${paras}</div>`,
        '学习强国',
      ),
    );
    expect(d.title).toBe(HEAD);
  });

  it('takes the block under the info line when the info line is set over the headline', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="dqwz">当前位置：首页</div><div class="fbsj">发布时间：2026-03-04　来源：县教育局</div><div class="bt">${HEAD}</div><div class="nr">${paras}</div>`,
        '云溪县教育局',
      ),
    );
    expect([d.title, d.date]).toEqual([HEAD, '2026-03-04']);
  });

  it('takes the one heading set straight over the text (a 数字报 reader’s article)', async () => {
    const d = await doc(
      'a.html',
      page(
        `<ul><li><a>${HEAD}</a></li><li><a>春训场上比学赶超</a></li></ul><h2 class="article-title">${HEAD}</h2><div class="article-content">${paras}</div>`,
        '解放军报',
      ),
    );
    expect(d.title).toBe(HEAD);
  });

  it('takes the part of `标题_栏目_站名` before the first separator when the site part names no site', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="art_title">以优良作风凝心聚力</div><div class="art_info">发布时间：2026-03-10</div><div>${paras}</div>`,
        '以优良作风凝心聚力_理论园地_云溪党建',
      ),
    );
    expect(d.title).toBe('以优良作风凝心聚力');
  });
});

describe('p22 publishers and English info lines', () => {
  it('reads 凤凰网’s `来自<a>临江日报</a>` beside the day as 临江日报', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="info"><p class="time"><span>2026年03月10日 08:12:36</span> <span class="index_source">来自<a>临江日报</a></span></p></div><div>${paras}</div>`,
        `${HEAD}_凤凰网`,
      ),
    );
    expect(d.source).toBe('临江日报');
  });

  it('reads `Source:` and English days (`March 3, 2026`, `12 March 2026`) on an info line', async () => {
    expect(englishInfo('Source: Xinhua Editor: Zhou Min')).toBe('来源：Xinhua Editor: Zhou Min');
    expect(englishInfo('Release date: 12 March 2026')).toBe('Release date: 2026-03-12');
    expect(englishInfo('Mar. 10, 2026')).toBe('2026-03-10');
    expect(englishInfo('March of 2026 and 12 of May')).toBe('March of 2026 and 12 of May');
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="news-meta"><span class="news-date">March 3, 2026</span> <span>Source: 市外办</span></div><div>${paras}</div>`,
      ),
    );
    expect([d.date, d.source]).toEqual(['2026-03-03', '市外办']);
  });
});

describe('p22 counters', () => {
  it('reads a counter’s label before its number as chrome, not a sentence that reports a figure', () => {
    expect([chromeReason('浏览次数：326'), chromeReason('点击数：'), chromeReason('本文访问量 88')]).toEqual([
      '浏览计数',
      '浏览计数',
      '浏览计数',
    ]);
    expect(chromeReason('“村务公开二维码”已覆盖全县126个行政村，累计访问量超过5万人次。')).toBeNull();
  });
});
