// Page shapes of the p12 round (tests/fixtures/import/real/p12-*): a <title> joining the headline and
// its 副题, a title block of 引题/主题/副题 headings, a headline set as an image, a share page titled
// only by og:title, 新华网's `/YYYYMMDD/<hash>/c.html` address, and an app's copied byline, counter
// and originality mark.
import { describe, expect, it } from 'vitest';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { bodyOf, doc, paras, PROSE } from './page-shape-kit.js';
import { FURNITURE_RULES } from '../../../electron/core/content/formats/page-chrome.js';

const furniture = (line: string) => FURNITURE_RULES.find((r) => r.re.test(line))?.reason ?? null;

describe('p12 headlines', () => {
  it('takes the printed headline when <title> joins it and its 副题', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>奋力书写高质量发展新答卷——写在2024年3月5日全国两会开幕之际_南岭先锋网</title></head><body>` +
        `<h1>奋力书写高质量发展新答卷</h1><h2>——写在2024年3月5日全国两会开幕之际</h2>` +
        `<div class="info">发布时间：2024-03-06　来源：南岭日报</div><div>${paras}</div></body></html>`,
    );
    expect(d.title).toBe('奋力书写高质量发展新答卷');
  });

  it('takes the <h1> of a title block that sets 引题 and 副题 as headings too', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭新闻网</title></head><body><div class="tit"><h2>聚焦县域经济高质量发展</h2>` +
        `<h1>南岭工业园区一季度产值同比增长</h1><h2>新签约项目十八个</h2></div>` +
        `<div>南岭日报　2024年04月08日</div><div>${paras}</div></body></html>`,
    );
    expect(d.title).toBe('南岭工业园区一季度产值同比增长');
  });

  it('reads a headline set as an image by its alt text, not a logo', async () => {
    const html = (alt: string) =>
      `<html><head><title>南岭党建网</title></head><body><div class="logo"><a href="/"><img alt="南岭党建网"></a></div>` +
      `<div class="art-title"><img src="/t.png" alt="${alt}"></div>` +
      `<div class="art-info">发布时间：2024-03-18　来源：县委组织部</div><div>${paras}</div></body></html>`;
    expect((await doc('a.html', html('南岭县举办新任村党组织书记示范培训班'))).title).toBe(
      '南岭县举办新任村党组织书记示范培训班',
    );
    // Guard: a logo in the page's <h1> (its alt names the site) is no headline.
    const logo = await doc(
      'a.html',
      `<html><head><title>南岭党建网</title></head><body><h1 class="logo"><img alt="南岭党建网"></h1>` +
        `<h2>南岭县举办新任村党组织书记示范培训班</h2><div>发布时间：2024-03-18　来源：县委组织部</div>` +
        `<div>${paras}</div></body></html>`,
    );
    expect(logo.title).toBe('南岭县举办新任村党组织书记示范培训班');
  });
});

describe('p12 publishers and dates', () => {
  it('reads the unlabelled publisher beside the date on a page titled only by og:title', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>南岭融媒</title><meta property="og:title" content="全县春季植树造林活动启动">` +
        `<meta property="og:site_name" content="南岭融媒"></head><body><div id="app"><div class="detail">` +
        `<div class="meta"><span class="src">南岭县融媒体中心</span><span class="time">2024-03-12 17:30</span></div>` +
        `<div class="content">${paras}</div></div></div></body></html>`,
    );
    expect(d.title).toBe('全县春季植树造林活动启动');
    expect(d.source).toBe('南岭县融媒体中心');
    expect(d.date).toBe('2024-03-12');
  });

  it('dates a page by 新华网’s /YYYYMMDD/<hash>/c.html address, and not by a bare number', () => {
    expect(urlDate('https://www.news.cn/local/20240305/8c1f3a2b9d4e4f6a/c.html')).toBe('2024-03-05');
    expect(urlDate('http://www.nanling.gov.cn/xwzx/20240305/123456.html')).toBeNull();
  });

  it('reads an app’s copied byline (outlet and writer, then the day and time)', async () => {
    const d = await doc(
      'a.txt',
      `南岭：让老旧小区焕发新活力\n人民日报客户端　王立新\n2024-03-19 10:15\n浏览量：3.2万\n\n${PROSE.join('\n')}\n` +
        `本文为人民日报新媒体原创作品，未经授权不得转载\n打开人民日报客户端，阅读更多精彩内容\n`,
    );
    expect(d.source).toBe('人民日报客户端');
    expect(d.date).toBe('2024-03-19');
    const body = bodyOf(d);
    for (const s of ['王立新', '浏览量', '原创作品']) expect(body).not.toContain(s);
  });

  it('drops a view counter and an originality mark, not a sentence about them', () => {
    expect(furniture('浏览量：3.2万')).toBe('浏览计数');
    expect(furniture('本文为南岭日报原创稿件')).toBe('转载声明');
    expect(furniture('本文为人民日报新媒体原创作品，未经授权不得转载')).toBe('转载声明');
    expect(furniture('今年全县新闻网站浏览量达到三千万人次。')).toBeNull();
  });
});

describe('p12 held-out', () => {
  it('matches a headline printed with a badge to a <title> that leaves the badge out', async () => {
    const d = await doc(
      'a.html',
      `<html><head><title>【视频】南岭：高标准农田建设提速_视频_中国政府网</title></head><body>` +
        `<h1>【视频】南岭：高标准农田建设提速</h1><div class="pages-date">2024-04-01 18:20 来源： 央视新闻</div>` +
        `<div>${paras}</div></body></html>`,
    );
    expect(d.title).toBe('南岭：高标准农田建设提速');
  });

  it('reads an app’s name alone over the day under a copied title as the source, not a banner', async () => {
    const d = await doc(
      'a.txt',
      `南岭：古村落里的乡村振兴新图景\n央视新闻客户端\n2024-05-06 19:40\n\n${PROSE.join('\n')}\n打开央视新闻客户端，查看更多精彩内容\n`,
    );
    expect(d.source).toBe('央视新闻客户端');
    expect(d.date).toBe('2024-05-06');
    // Guard: the app's name alone with no day under it stays a banner, naming no source.
    const banner = await doc('a.txt', `南岭：古村落里的乡村振兴新图景\n央视新闻客户端\n\n${PROSE.join('\n')}\n`);
    expect(banner.source).toBeNull();
    expect(bodyOf(banner)).not.toContain('央视新闻客户端');
  });
});
