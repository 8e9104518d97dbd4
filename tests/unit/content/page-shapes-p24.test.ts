// Round p24: a digest's one-sentence item is an article of its own; a 大事记 stays one text; an English
// page's outlet is its capitalised words; a print view's button bar is no headline; a nested script object
// dates the page only when it holds one day; a 政务 account named for its sector is no person.
import { describe, expect, it } from 'vitest';
import { labelledSource } from '../../../electron/core/content/formats/html-source.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { scriptData } from '../../../electron/core/content/formats/html-script-data.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const enc = (s: string) => new TextEncoder().encode(s);
const html = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const para = (...ts: string[]) => ts.map((t) => `<p>${t}</p>`).join('');

async function docs(page: string) {
  const res = await importBytes('page.html', enc(page));
  return res.documents.map((d) => ({
    title: d.title,
    date: d.date,
    source: d.source,
    text: d.paragraphs.map((p) => p.text).join('\n'),
  }));
}

describe('a digest with a one-sentence item', () => {
  it('gives the short item a document of its own, its text kept', async () => {
    const page = html(
      '要闻速览（4月2日）_某某县人民政府',
      `<h1>要闻速览（4月2日）</h1><div class="info">发布时间：2025-04-02　来源：县融媒体中心</div><div class="c">` +
        `<h3>某某镇开展入户走访活动</h3>${para('某某镇组织干部开展入户走访，收集群众意见建议四十余条。', '镇党委要求逐项建立台账。')}` +
        `<h3>某某高速公路开工</h3>${para('某某高速公路4月1日正式开工。')}</div>`,
    );
    const got = await docs(page);
    expect(got.map((d) => [d.title, d.date, d.source])).toEqual([
      ['某某镇开展入户走访活动', '2025-04-02', '县融媒体中心'],
      ['某某高速公路开工', '2025-04-02', '县融媒体中心'],
    ]);
    expect(got[1]!.text).toContain('某某高速公路4月1日正式开工。');
  });

  it('keeps whole one article whose headline merely holds a collection word', async () => {
    const page = html(
      '《某某县党内法规制度汇编》印发-某某党建网',
      `<h1>《某某县党内法规制度汇编》印发</h1><div class="info">发布时间：2026-03-19　来源：县委办公室</div><div class="c">` +
        `<h4>收录内容全面系统</h4>${para('《汇编》收录党内法规和规范性文件126件，涵盖党的组织、党的领导、党的自身建设等方面。')}` +
        `<h4>编排科学便于查阅</h4>${para('《汇编》按类别编排，附有索引和目录，便于全县各级党组织和广大党员干部在日常工作中查阅使用。')}</div>`,
    );
    expect((await docs(page)).map((d) => d.title)).toEqual(['《某某县党内法规制度汇编》印发']);
  });

  it('keeps a 大事记 of dated items under month heads one document', async () => {
    const page = html(
      '某某县2025年大事记_某某县人民政府',
      `<h1>某某县2025年大事记</h1><div class="info">发布时间：2026-02-20　来源：县委党史研究室</div>` +
        `<h3>1月</h3>${para('1月6日，县委召开全体会议，总结去年工作，部署今年任务。', '1月18日，县人代会开幕。')}` +
        `<h3>2月</h3>${para('2月10日，全县重大项目集中开工，集中开工项目36个。', '2月26日，县委召开营商环境大会。')}`,
    );
    expect((await docs(page)).map((d) => d.title)).toEqual(['某某县2025年大事记']);
  });
});

describe('a 大事记 whose entries each carry a heading and a day', () => {
  it('stays one document dated by the page, not by its first entry', async () => {
    const entry = (head: string, day: string, text: string) =>
      `<h4>${head}</h4><p class="date">${day}</p>${para(text, '会议对有关工作作出部署安排。')}`;
    const page = html(
      '某某县2025年组织工作大事记_某某党建网',
      `<h1>某某县2025年组织工作大事记</h1><div class="info">发布时间：2026-01-12　来源：某某县委组织部</div><div class="c">` +
        entry(
          '全县组织部长会议召开',
          '2025年1月20日',
          '县委召开全县组织部长会议，总结去年组织工作，部署今年重点任务。',
        ) +
        entry('年轻干部培训班开班', '2025年5月12日', '全县年轻干部培训班在县委党校开班，60名年轻干部参加培训。') +
        '</div>',
    );
    expect((await docs(page)).map((d) => [d.title, d.date])).toEqual([['某某县2025年组织工作大事记', '2026-01-12']]);
  });
});

describe('a page kept whole whose entries close on different 来源 lines', () => {
  it('takes none of them as its source: the account that posted it is', async () => {
    const entry = (head: string, text: string, from: string) =>
      `<p><strong>${head}</strong></p>${para(text, `来源：${from}`)}`;
    const page = html(
      '某某镇2025年度大事记',
      `<h1 id="activity-name">某某镇2025年度大事记</h1><div id="meta_content"><a id="js_name">某某发布</a> <em id="publish_time">2026-01-10 20:00</em></div>` +
        `<div id="js_content">${entry('茶叶交易市场建成投用', '4月16日，某某镇茶叶交易市场建成投用，年交易额预计突破2亿元。', '镇经济发展办')}` +
        `${entry('入选省级乡村振兴示范镇', '10月20日，某某镇入选省级乡村振兴示范镇，人居环境整治获省级通报表扬。', '镇党政办')}</div>`,
    );
    expect((await docs(page)).map((d) => [d.title, d.source])).toEqual([['某某镇2025年度大事记', '某某发布']]);
  });
});

describe('a 百家号 day printed without a year', () => {
  const page = (meta: string) =>
    html(
      '某某镇：茶园春管正当时',
      `<h2>某某镇：茶园春管正当时</h2><div class="authorWrap"><div class="authorTxt"><p class="authorName">云溪融媒</p></div>` +
        `<div><span class="date">03-12</span><span class="time">09:05</span></div></div>` +
        `<div>${para('眼下正是茶园春管的关键时期，某某镇的茶农们忙着施肥、修剪、除草。', '镇农业服务中心派出技术员深入茶园指导。')}</div>`,
      meta,
    );
  it('takes the year from an update time the page declares for that very day', async () => {
    expect((await docs(page('<meta itemprop="dateUpdate" content="2026-03-12 09:05:00">')))[0]!.date).toBe(
      '2026-03-12',
    );
  });
  it('leaves the date empty when the declared day is another', async () => {
    expect((await docs(page('<meta itemprop="dateUpdate" content="2026-03-15 10:00:00">')))[0]!.date).toBeNull();
  });
});

describe('an English page of a Chinese site', () => {
  it('reads an outlet of several words, up to the next label', () => {
    expect(labelledSource('来源：Linjiang Daily | Updated: 2026-03-01')).toBe('Linjiang Daily');
    expect(labelledSource("来源：People's Daily Print")).toBe("People's Daily");
    expect(labelledSource('来源：新华社 记者')).toBe('新华社');
  });

  it('takes the source from spans run together and from a byline naming the outlet in brackets', async () => {
    const text = para(
      'A new bridge linking the old town with the eastern zone opened to traffic on Saturday morning.',
      'The bridge is 1.8 kilometers long and cuts the travel time between the two areas sharply.',
    );
    const spans = html(
      'Linjiang opens new bridge',
      `<h1>Linjiang opens new bridge</h1><div class="info"><span>Updated: 2026-03-08</span><span>Source: Linjiang Daily</span></div><div>${text}</div>`,
    );
    expect((await docs(spans))[0]).toMatchObject({ date: '2026-03-08', source: 'Linjiang Daily' });
    const byline = html(
      'Linjiang opens new bridge - Online',
      `<h1>Linjiang opens new bridge</h1><div class="origin"><span>By Chen Xiao (People's Daily)</span> <span>09:14, March 10, 2026</span></div><div>${text}</div><div>(Web editor: Zhang Wei, Liang Jun)</div>`,
    );
    const got = (await docs(byline))[0]!;
    expect(got).toMatchObject({ date: '2026-03-10', source: "People's Daily" });
    expect(got.text).not.toContain('Web editor');
  });

  it('takes an editor credit for chrome', () => {
    expect(chromeReason('(Web editor: Zhang Wei, Liang Jun)')).toBe('编辑署名');
    expect(chromeReason('The editor said the bridge will open next week.')).toBeNull();
  });
});

describe('a print view', () => {
  it('takes the heading over the info line, not the button bar classed like a title', async () => {
    const page = html(
      '打印页面',
      `<div class="print_btn"><a>【打印】</a>　<a>【关闭】</a></div><div id="c"><div class="print_title">某某县关于做好春季森林防火工作的通知</div>` +
        `<div class="print_info">发布日期：2026-03-02　来源：某某县人民政府办公室</div><div>${para('当前正值春季森林防火关键期，为切实做好森林防火工作，现将有关事项通知如下。', '各乡镇要落实属地管理责任，层层签订防火责任书。')}</div></div>`,
    );
    expect((await docs(page))[0]!.title).toBe('某某县关于做好春季森林防火工作的通知');
  });
});

describe('the page data a script holds', () => {
  const bjh = (items: string) =>
    `<script>window.jsonData = {"bsData":{"header":{"title":"某某县举办乡村文化艺术节"},"list":[${items}]}};</script>`;
  it('dates the page from a nested object holding the headline and one day', () => {
    expect(scriptData(bjh('{"publishTime":"2026-11-28 08:15:32"}'), '某某县举办乡村文化艺术节')).toEqual({
      date: '2026-11-28',
      source: null,
    });
  });
  it('takes no day when the object holds two (another article’s)', () => {
    const two = bjh('{"publishTime":"2026-11-28 08:15:32"},{"publishTime":"2026-11-20 10:00:00"}');
    expect(scriptData(two, '某某县举办乡村文化艺术节')).toBeNull();
  });
  it("reads WeChat's create_time", () => {
    const cgi = `<script>window.cgiData = {"title":"某某镇党员志愿者守护春运","create_time":"2026-02-08 18:22"};</script>`;
    expect(scriptData(cgi, '某某镇党员志愿者守护春运')?.date).toBe('2026-02-08');
  });
});

describe('a 政务 account beside the day', () => {
  it('takes an account named for a place and its sector as the publisher, not a person', async () => {
    const page = html(
      '某某县计划新建农村公路',
      `<h2>某某县计划新建农村公路</h2><div class="authorWrap"><a class="index-module_authorName_7y5nA">云溪交通</a>` +
        `<span class="date">12月02日 17:40</span><span class="index-module_ipLoc_1eRyN">北京</span></div>` +
        `<div>${para('记者从县交通运输局获悉，今年全县计划新建改建农村公路120公里。', '项目建成后，全县将实现所有自然村通硬化路。')}</div>`,
    );
    expect((await docs(page))[0]).toMatchObject({ source: '云溪交通', date: null });
  });
});
