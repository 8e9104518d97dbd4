// Page shapes of the p20 round (tests/fixtures/import/real/p20-*): pages saved by SingleFile and Save
// Page WE (no <head>/<body> tags, the address in the saver's note), a 数字报 <title> that carries the
// edition's day, a notice's 公告單位, unlabelled publishers beside the day (新浪, 今日头条, 澳門), lists of
// titles and days (信息公开目录, 公众号合集) refused in their own words, a site named first in <title>, and
// a printed headline edited after the <title> was written.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { bodyOf, doc, paras } from './page-shape-kit.js';

const HEAD = '南岭县召开城乡环境综合整治推进会';
const page = (body: string, title = HEAD, head = '') =>
  `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;

describe('p20 saved pages: savers and addresses', () => {
  it('reads a page whose <head> and <body> tags were left out (SingleFile)', async () => {
    const html = `<!DOCTYPE html> <html lang=zh-CN><meta charset=utf-8><title>${HEAD}</title><style>.t{}</style><div class=t>${HEAD}</div><div class=info><span>信息来源：县住房和城乡建设局</span></div><div class=text>${paras}</div>`;
    const d = await doc('a.html', html);
    expect([d.title, d.source]).toEqual([HEAD, '县住房和城乡建设局']);
  });

  it('dates a page by the address in SingleFile’s note, not by the day it was saved', async () => {
    const html = `<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://www.nanling.gov.cn/art/2026/3/12/art_1229_773301.html \n saved date: Fri Mar 13 2026 21:04:55 GMT+0800\n--><head><meta charset=utf-8><title>${HEAD}</title></head><body><h1>${HEAD}</h1><div>${paras}</div></body></html>`;
    expect((await doc('a.html', html)).date).toBe('2026-03-12');
  });

  it('dates a page by Save Page WE’s savepage-url meta', async () => {
    const meta =
      '<meta name="savepage-url" content="http://www.baisha.gov.cn/xwdt/202603/t20260311_1520.html"><meta name="savepage-date" content="Sat Mar 14 2026 10:21:07 GMT+0800">';
    expect((await doc('a.html', page(`<h1>${HEAD}</h1><div>${paras}</div>`, HEAD, meta))).date).toBe('2026-03-11');
  });

  it('reads a day’s folder in the address (`/2026-03-09/1773041234567.html`)', async () => {
    const html = `<!-- saved from url=(0063)http://www.tongxi.gov.cn/zwdt/bmdt/2026-03-09/1773041234567.html -->${page(`<h1>${HEAD}</h1><div>${paras}</div>`)}`;
    expect((await doc('a.html', html)).date).toBe('2026-03-09');
  });
});

describe('p20 dates, sources and titles', () => {
  it('takes a 数字报 <title>’s edition day and paper, and drops the edition switch', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="bmnr"><span>第03版：县域经济</span> <a>上一版</a> <a>下一版</a></div><h1>${HEAD}</h1><div id="ozoom">${paras}</div><div>南岭日报社版权所有</div>`,
        `南岭日报-2026年03月12日-${HEAD}`,
      ),
    );
    expect([d.date, d.source, bodyOf(d).includes('上一版')]).toEqual(['2026-03-12', '南岭日报', false]);
  });

  it('reads 人民网’s `小字号` button and a 数字报’s edition switch as page chrome', () => {
    expect([chromeReason('小字号'), chromeReason('第03版：县域经济 上一版 下一版')]).toEqual(['字号切换', '分页导航']);
    expect(chromeReason('小字号的设置让老年读者看得更清楚。')).toBeNull();
  });

  it('reads a notice’s `公告單位` cell as its source', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h2>${HEAD}</h2><table><tr><th>公告日期</th><td>中華民國115年3月5日</td><th>公告單位</th><td>衛生保健課</td></tr></table><div>${paras}</div>`,
      ),
    );
    expect([d.date, d.source]).toEqual(['2026-03-05', '衛生保健課']);
  });

  it('reads an item classed as the source alone in its block (新浪’s `a.source`)', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="top-bar"><div class="date-source"><a class="source">临江日报</a></div></div><div>${paras}</div>`,
        `${HEAD}_新浪新闻`,
        '<meta name="weibo: article:create_at" content="2026-03-09 16:42:10">',
      ),
    );
    expect(d.source).toBe('临江日报');
  });

  it('reads the account among five items (`原创`, day, account, dot, province)', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="article-meta"><span>原创</span><span>2026-03-11 17:26</span><span class="name"><a href="/c/user/1/">临江发布</a></span><span>·</span><span>浙江</span></div><div>${paras}</div>`,
      ),
    );
    expect(d.source).toBe('临江发布');
  });

  it('reads the one organ’s name in a line over the headline beside a channel word', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="news-meta"><span>新聞</span> <time>2026-03-11 18:20</time> <span>新聞局</span></div><h2>${HEAD}</h2><div>${paras}</div>`,
        `${HEAD} - 澳門特別行政區政府入口網站`,
      ),
    );
    expect(d.source).toBe('新聞局');
  });

  it('takes a site named first in <title> when its last part is the headline', async () => {
    const t = '署長探訪地區長者中心';
    const d = await doc(
      'a.html',
      page(`<h2>${t}</h2><p>2026年3月12日（星期四）</p><div>${paras}</div>`, `民政事務總署 - 新聞稿 - ${t}`),
    );
    expect(d.source).toBe('民政事務總署');
  });

  it('takes the printed headline that differs from <title> by a few words inside it', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h2>南嶺區圖書館推出春季親子共讀活動</h2><div>發布日期：2026-03-10</div><div>${paras}</div>`,
        '南嶺區圖書館推出寒假親子共讀活動 - 南嶺區公所',
      ),
    );
    expect(d.title).toBe('南嶺區圖書館推出春季親子共讀活動');
  });
});

describe('p20 lists of titles and days', () => {
  const rows = (n: number, cell: (i: number) => string) => Array.from({ length: n }, (_, i) => cell(i)).join('');
  const names = [
    '关于做好春耕备耕工作的通知',
    '关于调整县政府领导工作分工的通知',
    '关于加强春节期间安全生产工作的通知',
    '关于公布县级行政许可事项清单的通知',
  ];

  it('refuses a 信息公开目录 table in its own words', async () => {
    const table = `<table><tr><th>索引号</th><th>名称</th><th>成文日期</th></tr>${rows(4, (i) => `<tr><td>11331024002954/2026-0003${i}</td><td><a href="/a${i}.html">云溪县人民政府办公室${names[i]}</a></td><td>2026-03-0${i + 1}</td></tr>`)}</table>`;
    const r = await importBytes(
      'a.html',
      Buffer.from(
        page(
          `<div class="right">${table}</div><div class="foot">主办：云溪县人民政府办公室</div>`,
          '政策文件_云溪县人民政府',
        ),
      ),
    );
    expect(r.documents).toHaveLength(0);
    expect(r.report.skipped[0]?.reason).toMatch(/标题列表/);
  });

  it('refuses a 合集 whose rows carry no links when its class says list', async () => {
    const list = `<ul class="album__list">${rows(4, (i) => `<li><div class="t"><span>南岭县${names[i]}学习会召开</span></div><div><span>2026-03-0${i + 1}</span><span>1.2万</span></div></li>`)}</ul>`;
    const r = await importBytes(
      'a.html',
      Buffer.from(page(`<div class="album__head">#基层党建</div>${list}`, '基层党建')),
    );
    expect(r.documents).toHaveLength(0);
    expect(r.report.skipped[0]?.reason).toMatch(/标题列表/);
  });

  it('keeps an article whose text holds a table of days without links', async () => {
    const table = `<table>${rows(4, (i) => `<tr><td>2026-03-1${i}</td><td>第${i + 1}阶段孳生源清除工作集中开展</td></tr>`)}</table>`;
    const d = await doc('a.html', page(`<h1>${HEAD}</h1><div class="text">${paras}${table}</div>`));
    expect(bodyOf(d)).toContain('第1阶段孳生源清除工作集中开展');
  });

  it('keeps a table of documents the notice introduces (`废止以下3件`), and its header row names no title', async () => {
    const title = '云溪县人民政府关于废止部分县政府规范性文件的决定';
    const table = `<table border="1"><tr><td>序号</td><td>文件名称</td><td>印发日期</td></tr>${rows(3, (i) => `<tr><td>${i + 1}</td><td><a href="/a${i}.html">云溪县${names[i]}暂行办法</a></td><td>2019-0${i + 1}-12</td></tr>`)}</table>`;
    const d = await doc(
      'a.html',
      page(
        `<h1>${title}</h1><div id="zoom"><p>各乡镇人民政府，县政府各部门：</p><p>县政府对现行规范性文件进行了全面清理，决定废止以下3件规范性文件。</p>${table}<p>云溪县人民政府</p><p>2026年3月4日</p></div>`,
        title,
      ),
    );
    expect([d.title, bodyOf(d).includes(`云溪县${names[0]}暂行办法`)]).toEqual([title, true]);
  });
});

describe('p20b sources and edition days', () => {
  it('reads `标题 - 某某日报 - 2026年03月12日` as headline, paper and edition day', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><div class="content">${paras}</div><div>临江日报社　版权所有</div>`,
        `${HEAD} - 临江日报 - 2026年03月12日`,
      ),
    );
    expect([d.title, d.date, d.source]).toEqual([HEAD, '2026-03-12', '临江日报']);
  });

  it('reads an office’s name alone in a source-classed block under the text', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h3 class="title">${HEAD}</h3><div class="date">2026/03/09</div><div class="body">${paras}</div><div class="source">新聞局</div>`,
        `${HEAD} - 澳門教育及青年發展局`,
      ),
    );
    expect(d.source).toBe('新聞局');
  });

  it('takes a WeChat article’s closing 来源 over its own account on the meta line', async () => {
    const past = ['组织', '政法', '统战']
      .map(
        (w, i) =>
          `<section><p><a href="/s/${i}">南岭县召开2026年全县${w}工作会议</a></p><p><span>2026-03-0${i + 3}</span></p></section>`,
      )
      .join('');
    const html = `<html><head><meta charset="utf-8"><title>${HEAD}</title><meta property="og:site_name" content="微信公众平台"></head><body id="activity-detail"><div class="rich_media_area_primary_inner"><h1 class="rich_media_title" id="activity-name">${HEAD}</h1><div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">南岭发布</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-03-12 19:40</em></div><div class="rich_media_content" id="js_content"><section>${paras}<p>会议要求，要扎实推进文化惠民工程，不断丰富群众精神文化生活。</p></section><section><p><strong>往期回顾</strong></p>${past}</section><p>来源：南岭县委宣传部</p></div></div></body></html>`;
    expect((await doc('a.html', html)).source).toBe('南岭县委宣传部');
  });
});
