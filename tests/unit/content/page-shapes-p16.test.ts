// Page shapes of the p16 round (tests/fixtures/import/real/p16-*): a two-digit year after a date label,
// 新华网's date split over spans, a date archive's breadcrumb, a month-day piece beside an unlabelled
// publisher, `发布单位：`, a column's <h1> over a speech's <h2>, 专题/党校/群团 names in <title>, the next
// article loaded under the main one, and a report where two leaders spoke.
import { describe, expect, it } from 'vitest';
import { findLabelledDate } from '../../../electron/core/content/dates.js';
import { splitTitle } from '../../../electron/core/content/formats/html-headline.js';
import { leadSpeakers } from '../../../electron/core/content/meeting-speakers.js';
import { bodyOf, doc, paras } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (body: string, title = HEAD) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;

describe('p16 dates', () => {
  it('reads a two-digit year after a date label, year first, with its time', () => {
    expect(findLabelledDate('时间：26-03-07 10:15　来源：南岭县水利局')).toBe('2026-03-07');
    expect(findLabelledDate('发布时间：26-3-12 8:40')).toBe('2026-03-12');
    // Without the time the order is not certain.
    expect(findLabelledDate('日期：26-03-07')).toBeNull();
    expect(findLabelledDate('时间：26-13-07 10:15')).toBeNull();
    expect(findLabelledDate('时间：03-07 10:15')).toBeNull();
  });

  it('keeps the year, day and time of a date split over spans apart', async () => {
    const info =
      '<div class="info"><span class="year"><em>2026</em></span><span class="day"><em>03</em>/<em>09</em></span><span class="time">10:26:41</span></div>';
    const d = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1>${info}<div class="source">来源：新华社</div><div>${paras}</div>`),
    );
    expect(d.date).toBe('2026-03-09');
  });

  it('reads a date archive breadcrumb, and no other trail', async () => {
    const crumb = (c: string) =>
      `<nav class="breadcrumbs"><a href="/">首页</a> &raquo; ${c} &raquo; <span>${HEAD}</span></nav><h1>${HEAD}</h1><div class="c">${paras}</div>`;
    const d = await doc(
      'a.html',
      page(
        crumb(
          '<a href="/2026/">2026年</a> &raquo; <a href="/2026/03/">3月</a> &raquo; <a href="/2026/03/10/">10日</a>',
        ),
      ),
    );
    expect(d.date).toBe('2026-03-10');
    const g = await doc('a.html', page(crumb('<a href="/x/">工作动态</a> &raquo; <a href="/y/">2026</a>')));
    expect(g.date).toBeNull();
  });
});

describe('p16 sources', () => {
  it('takes an unlabelled publisher beside a month-day and time', async () => {
    const d = await doc(
      'a.html',
      page(
        `<article><h1>${HEAD}</h1><div class="byline"><span class="source">南岭县水利局</span> · <time datetime="2026-03-12T20:10:00+08:00">3月12日 20:10</time></div><div>${paras}</div></article>`,
      ),
    );
    expect(d.source).toBe('南岭县水利局');
  });

  it('takes the unit a 发布单位 label names', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h2 class="news-tit">${HEAD}</h2><div class="news-info"><span>发布单位：党委组织部</span><span>发布时间：2026年03月12日 15:20</span></div><div>${paras}</div>`,
        `${HEAD}-临江师范学院`,
      ),
    );
    expect(d.source).toBe('党委组织部');
  });
});

describe('p16 headlines', () => {
  it('splits a 党校, 群团 or 专题 name off <title>', () => {
    expect(splitTitle('县委党校春季学期主体班开班-中共南岭县委党校')).toEqual({
      head: '县委党校春季学期主体班开班',
      site: '中共南岭县委党校',
    });
    expect(splitTitle('巾帼建功新时代_专题_桐溪县妇联').head).toBe('巾帼建功新时代');
  });

  it('passes over a column name <h1> to the speech heading over its byline and day', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>领导讲话</h1><div class="article"><h2>在全县农村供水工作会议上的讲话</h2><p>县委书记　王建国</p><p>（2026年3月2日）</p><div class="info">发布时间：2026-03-05　来源：县委办公室</div><div class="text">${paras}</div></div>`,
        '领导讲话-南岭县人民政府',
      ),
    );
    expect(d.title).toBe('在全县农村供水工作会议上的讲话');
    expect(d.date).toBe('2026-03-02');
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
  });
});

describe('p16 bodies and speakers', () => {
  it('ends the article at a 下一篇 marker over the next article, and at 往期报道', async () => {
    const next =
      '<div class="next-tip">下一篇</div><div class="article next"><h2>县水利局召开党风廉政建设会议</h2><p>会议要求，全局干部职工要严守纪律规矩，持续改进工作作风，推动全面从严治党向纵深发展。</p></div>';
    const d = await doc(
      'a.html',
      page(`<div class="list"><div class="article"><h1>${HEAD}</h1><div>${paras}</div></div>${next}</div>`),
    );
    expect(bodyOf(d)).not.toContain('严守纪律规矩');
    const past =
      '<div class="zt-list"><h3>往期报道</h3><div class="item"><h4><a href="/3.html">县水利局开展节水宣传</a></h4><p>宣传活动为期三天，共发放资料两千余份。</p></div></div>';
    const g = await doc('a.html', page(`<div class="m"><h1>${HEAD}</h1><div>${paras}</div>${past}</div>`));
    expect(bodyOf(g)).not.toContain('两千余份');
  });

  it('names nobody when the post read reaches back over another leader', () => {
    const lead = '3月6日，全县三级干部大会召开。县委书记王建国、县长李红梅出席会议并讲话。';
    expect(leadSpeakers(lead, lead, true)).toEqual([]);
    // A joint post is one leader's.
    const one = '3月6日，全县三级干部大会召开。县委副书记、县长李红梅出席会议并讲话。';
    expect(leadSpeakers(one, one, true)).toEqual([{ name: '李红梅', role: '县委副书记、县长' }]);
  });

  it('names nobody when the post read reaches back over another leader joined by 和', () => {
    const lead = '3月13日，全县春耕现场会召开。县委书记王建国和县长李红梅出席会议并讲话。';
    expect(leadSpeakers(lead, lead, true)).toEqual([]);
  });

  it('ends the article at a 阅读下一篇 marker over the next story', async () => {
    const next =
      '<div class="divider">阅读下一篇</div><div class="story"><h2>县水利局开展安全隐患排查</h2><p>排查共发现并整改安全隐患四十六处，全部建立台账、限期销号。</p></div>';
    const d = await doc(
      'a.html',
      page(`<div class="feed"><div class="story"><h1>${HEAD}</h1><div>${paras}</div></div>${next}</div>`),
    );
    expect(bodyOf(d)).not.toContain('四十六处');
  });

  it('reads a speech heading under a column <h1> with the speaker named alone under it', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="box"><h1>领导讲话</h1><div class="content"><h3>在全县农村供水工作会议上的讲话</h3><p align="center">赵志刚</p><p align="center">（2026年3月4日）</p><div class="info">发布时间：2026-03-06　来源：县委办</div>${paras}</div></div>`,
        '领导讲话_云溪县人民政府',
      ),
    );
    expect(d.title).toBe('在全县农村供水工作会议上的讲话');
    expect(d.speakers).toEqual([{ name: '赵志刚', role: null }]);
    expect(d.date).toBe('2026-03-04');
  });
});
