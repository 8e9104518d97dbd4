// Page shapes of the p9 round (tests/fixtures/import/real/p9-*): a publisher named with its day on an
// unlabelled line, a column set before the headline in <title> or in 【】, other words for an info
// table's labels and cells (成文时间, 印发日期, 发布单位, `<div>` cells), 来源 values run into the next
// label, an info line inside the headline's block, and a video player's fallback text.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';
import { splitTitle, withoutBadge } from '../../../electron/core/content/formats/html-headline.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { labelledSource } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '3月11日，我市2024年“万名党员进党校”培训首期班在市委党校开班，来自基层的120名党员参加培训。',
  '本次培训围绕党章党规党纪、基层治理实务等内容设置课程，采取专题讲授、现场教学相结合的方式进行。',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('');
const page = async (html: string) => (await importBytes('a.html', Buffer.from(html, 'utf8'))).documents[0]!;

describe('p9 page shapes', () => {
  it('reads an unlabelled `新华网　2024年3月5日` line under the headline as publisher and day', async () => {
    const d = await page(
      `<html><head><title>党员培训启动-南岭新闻网</title></head><body><h1>党员培训启动</h1>` +
        `<div class="from">新华网　2024年3月5日</div><div class="txt">${paras}</div>` +
        `<div class="foot">南岭团委　版权所有</div></body></html>`,
    );
    expect(d.source).toBe('新华网');
    expect(d.date).toBe('2024-03-05');
  });

  it('takes the publisher of such a line before the footer’s organ', async () => {
    const d = await page(
      `<html><head><title>党员培训启动_南岭团委</title></head><body><h2 class="art-title">党员培训启动</h2>` +
        `<div class="laiyuan">中国青年报　2024-04-10 08:15</div><div class="art-text">${paras}</div>` +
        `<div class="foot">共青团南岭县委员会　版权所有</div></body></html>`,
    );
    expect(d.source).toBe('中国青年报');
  });

  it('keeps the headline when <title> sets a column before it (`全国两会｜标题-站名`)', async () => {
    const d = await page(
      `<html><head><title>全国两会｜政府工作报告提出今年发展主要预期目标-南岭新闻网</title></head><body>` +
        `<h1>政府工作报告提出今年发展主要预期目标</h1><div class="txt">${paras}</div></body></html>`,
    );
    expect(d.title).toBe('政府工作报告提出今年发展主要预期目标');
    // Guards: the site part of a short title still goes; a column after the headline too.
    expect(splitTitle('国务院 - 中国政府网')).toEqual({ head: '国务院', site: '中国政府网' });
    expect(splitTitle('党员培训启动_要闻_南岭新闻网').head).toBe('党员培训启动');
  });

  it('drops a 【栏目】 tag before a headline, not a headline in 【】 alone', () => {
    expect(withoutBadge('【党员教育】小岗村：改革的“第一声春雷”')).toBe('小岗村：改革的“第一声春雷”');
    expect(withoutBadge('【学思践悟】以学铸魂 以学增智')).toBe('以学铸魂 以学增智');
    expect(withoutBadge('【2019年11月学习材料】')).toBe('【2019年11月学习材料】');
  });

  it('reads 成文时间, 印发日期 and `<div>` cells of an info table, and joint issuers under 发布单位', async () => {
    const d = await page(
      `<html><head><title>关于下达补助资金的通知</title></head><body><div class="gk">` +
        `<div class="c"><div class="k">索引号</div><div class="v">MB1/2024-00112</div></div>` +
        `<div class="c"><div class="k">发布单位</div><div class="v">南岭市财政局　南岭市农业农村局</div></div>` +
        `<div class="c"><div class="k">印发日期</div><div class="v">2024年01月18日</div></div>` +
        `<div class="c"><div class="k">发布日期</div><div class="v">2024年01月22日</div></div></div>` +
        `<div class="t">关于下达补助资金的通知</div><div class="con">${paras}</div></body></html>`,
    );
    expect(d.date).toBe('2024-01-18');
    expect(d.source).toBe('南岭市财政局、南岭市农业农村局');
    const b = await page(
      `<html><head><title>若干措施</title></head><body><div class="zwgk-head">` +
        `<div class="line"><b>标　　题：</b>南岭市人民政府关于进一步优化营商环境的若干措施</div>` +
        `<div class="line"><b>发文机关：</b>南岭市人民政府　　<b>文　　号：</b>南政发〔2024〕3号</div>` +
        `<div class="line"><b>成文时间：</b>2024年02月20日　　<b>发布时间：</b>2024年02月26日</div></div>` +
        `<div class="zwgk-title">南岭市人民政府关于进一步优化营商环境的若干措施</div><div class="zwgk-body">${paras}</div></body></html>`,
    );
    expect(b.date).toBe('2024-02-20');
    expect(b.paragraphs.map((p) => p.text).join('\n')).not.toContain('南政发〔2024〕3号');
  });

  it('reads 成文日期 from a `<p>` line of labels and values, not its 发布日期', async () => {
    const d = await page(
      `<html><head><title>关于开展养老机构安全检查的通知_南岭县民政局</title></head><body><div class="article">` +
        `<h3 class="atitle">关于开展养老机构安全检查的通知</h3>` +
        `<p class="ainfo">成文日期：2024-01-10　　发布日期：2024-01-15　　浏览次数：96</p>` +
        `<div class="acontent">${paras}</div></div></body></html>`,
    );
    expect(d.date).toBe('2024-01-10');
  });

  it('cuts a 来源 value at a bracket or a run-in 发稿/录入 label, and reads 供稿 as one', () => {
    expect(labelledSource('【来源：南岭日报】【作者：周某某】【时间：2024-03-22 09:15】')).toBe('南岭日报');
    expect(labelledSource('稿源：南岭日报发稿时间：2024/01/09 08:40')).toBe('南岭日报');
    expect(labelledSource('供稿：镇党建办　录入时间：2024年04月02日　点击：87')).toBe('镇党建办');
    expect(chromeReason('供稿：镇党建办　录入时间：2024年04月02日　点击：87')).toBe('来源信息');
    // Guard: a person who sent the text in is no publisher.
    expect(labelledSource('供稿：张小明　录入时间：2024年04月02日')).toBeNull();
    expect(chromeReason('发文机关：南岭市人民政府　文　号：南政发〔2024〕3号')).toBe('来源信息');
  });

  it('reads an info line set inside the headline’s block', async () => {
    const d = await page(
      `<html><head><title>国资委召开推进会-国务院国有资产监督管理委员会</title></head><body>` +
        `<div class="zsy_cotitle">国资委召开中央企业深化改革推进会<p>文章来源：国资委新闻中心　发布时间：2024-03-20</p></div>` +
        `<div class="zsy_comain">${paras}</div></body></html>`,
    );
    expect(d.title).toBe('国资委召开中央企业深化改革推进会');
    expect(d.source).toBe('国资委新闻中心');
  });

  it('drops a line of WeChat topic tags, not a sentence that opens on one', () => {
    expect(chromeReason('#党建引领 #乡村振兴')).toBe('标签');
    expect(chromeReason('#党建引领#乡村振兴')).toBe('标签');
    expect(chromeReason('#党建引领 南岭县把支部建在产业链上，带动群众增收。')).not.toBe('标签');
  });

  it('drops a video player’s fallback text', async () => {
    expect(chromeReason('您的浏览器不支持播放视频')).toBe('播放器');
    expect(chromeReason('浏览器不支持视频播放是常见问题，请读者升级软件。')).not.toBe('播放器');
    const src = readHtml(
      'v.html',
      `<html><head><title>春耕</title></head><body><h1>春耕备耕有序推进</h1><div class="player">您的浏览器不支持播放视频</div>` +
        `<div id="content_area">${paras}</div></body></html>`,
    )[0]!;
    expect(src.text).not.toContain('您的浏览器不支持');
  });
});
