// Round p25: pages of the big sites as a browser saves them. The speaker's line set over a speech's title is
// the speaker's; a `分享：` label alone is the page's share bar.
import { describe, expect, it } from 'vitest';
import { dateOnlyLine } from '../../../electron/core/content/dates.js';
import { outletLine } from '../../../electron/core/content/header-outlet.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const enc = (s: string) => new TextEncoder().encode(s);
const html = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const para = (...ts: string[]) => ts.map((t) => `<p>　　${t}</p>`).join('');
const speech = para(
  '同志们：',
  '今天召开全县秋冬种工作会议，主要任务是安排部署秋冬种各项工作，确保全年粮食生产目标圆满完成。',
  '同志们，让我们一起努力，奋力夺取明年夏粮丰收！',
);

async function first(page: string) {
  const res = await importBytes('page.html', enc(page));
  const d = res.documents[0]!;
  return { title: d.title, speakers: d.speakers, type: d.type, text: d.paragraphs.map((p) => p.text) };
}

describe('a speaker line over a speech title', () => {
  it('reads the role and name above `在……上的讲话` as its speaker', async () => {
    const page = html(
      '在全县秋冬种工作会议上的讲话_某某日报',
      `<div class="a"><p class="speaker">县委书记　王建国</p><h1>在全县秋冬种工作会议上的讲话</h1>` +
        `<p>（2026年10月12日）</p><div class="info">2026-10-13 08:10　来源：某某日报</div><div class="c">${speech}</div></div>`,
    );
    const got = await first(page);
    expect(got.title).toBe('在全县秋冬种工作会议上的讲话');
    expect(got.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
    expect(got.text.join('\n')).not.toContain('王建国');
  });

  it('reads a name alone above a speech title, with no role', async () => {
    const page = html(
      '在全县秋冬种工作会议上的讲话-某某县人民政府',
      `<div class="a"><div class="author">刘志刚</div><div class="title">在全县秋冬种工作会议上的讲话</div>` +
        `<div class="info">发布时间：2026-10-13 08:10　来源：县政府办</div><div class="c">${speech}</div></div>`,
    );
    expect((await first(page)).speakers).toEqual([{ name: '刘志刚', role: null }]);
  });

  it('reads the line over a theme title whose 副题 is `——在……上的讲话`', async () => {
    const page = html(
      '凝心聚力　奋勇争先-某某新闻网',
      `<div class="a"><p class="speaker" style="text-align:center">县委书记　吴国华</p><h1>凝心聚力　奋勇争先</h1>` +
        `<h2 class="subtitle">——在全县秋冬种工作会议上的讲话</h2><div class="meta">2026-10-13 08:10　来源：某某县融媒体中心</div>` +
        `<div class="content"><p style="text-align:center">（2026年10月12日）</p>${speech}</div></div>`,
    );
    expect((await first(page)).speakers).toEqual([{ name: '吴国华', role: '县委书记' }]);
  });

  it('takes no name over a headline that is no speech', async () => {
    const page = html(
      '全县秋冬种工作会议召开-某某县人民政府',
      `<div class="a"><div class="author">刘志刚</div><h1>全县秋冬种工作会议召开</h1>` +
        `<div class="info">发布时间：2026-10-13 08:10　来源：县政府办</div><div class="c">${para(
          '10月12日，全县秋冬种工作会议召开，会议安排部署了秋冬种各项工作。',
          '会议要求各乡镇抓好农资供应和技术指导。',
        )}</div></div>`,
    );
    expect((await first(page)).speakers).toEqual([]);
  });
});

describe('a share bar', () => {
  it('drops a bare `分享：` label and keeps a sentence about sharing', () => {
    expect(chromeReason('分享：')).toBe('分享与关注');
    expect(chromeReason('分享')).toBe('分享与关注');
    expect(chromeReason('分享经验做法，推动共同提高。')).toBeNull();
  });
});

describe("a player's placeholder saved before it loaded", () => {
  it('drops `视频加载中...` and `正在加载…` alone, and keeps a sentence that says 加载', () => {
    expect(chromeReason('视频加载中...')).toBe('播放器');
    expect(chromeReason('正在加载…')).toBe('播放器');
    expect(chromeReason('加载中，请稍候...')).toBe('播放器');
    expect(chromeReason('加载设备调试完成。')).toBeNull();
  });
});

describe('a speech date line with its city', () => {
  it('reads `（2026年11月25日，临江）` as the day, and no sentence or unbracketed line', () => {
    expect(dateOnlyLine('（2026年11月25日，临江）')).toBe('2026-11-25');
    expect(dateOnlyLine('(2024年6月25日, 大连)')).toBe('2024-06-25');
    expect(dateOnlyLine('2026年11月25日，临江')).toBeNull();
    expect(dateOnlyLine('（2026年11月25日，临江）补记')).toBeNull();
    expect(dateOnlyLine('（2026年11月25日，在临江市召开的全市大会上）')).toBeNull();
  });

  it('dates a speech page by that line, not by the day it was posted', async () => {
    const page = html(
      '在某某博览会开幕式上的致辞_某某省人民政府',
      `<h1>在某某博览会开幕式上的致辞</h1><div class="pages-date">2026-11-26 11:30 来源：某某日报</div>` +
        `<div class="c"><p>（2026年11月25日，临江）</p><p>某某省省长　韦振东</p>${para(
          '女士们，先生们，朋友们：',
          '很高兴出席某某博览会开幕式。首先，我代表某某省人民政府，对各位嘉宾表示热烈欢迎！',
        )}</div>`,
    );
    const res = await importBytes('page.html', enc(page));
    expect(res.documents[0]!.date).toBe('2026-11-25');
    expect(res.documents[0]!.paragraphs.map((p) => p.text).join('\n')).not.toContain('临江）');
  });
});

describe('a county notice under its 信息公开 table', () => {
  const notice = (day: string) =>
    html(
      '某某县人民政府办公室关于做好冬季安全工作的通知-某某县人民政府',
      `<h1>某某县人民政府办公室关于做好冬季安全工作的通知</h1><table><tr><td>发布机构：</td><td>某某县人民政府办公室</td>` +
        `<td>生成日期：</td><td>${day}</td></tr><tr><td>文号：</td><td>某政办发〔2026〕32号</td></tr></table><div class="c">${para(
          '各乡镇人民政府，县直各单位：',
          '为切实做好冬季安全工作，经县人民政府同意，现就有关事项通知如下。',
          '一、全面排查隐患。各乡镇要对辖区内各类安全隐患开展一次全面排查。',
        )}<p>某某县人民政府办公室</p><p>2026年11月25日</p></div>`,
    );

  it('is dated by its 落款 when the table gives a later day', async () => {
    expect((await importBytes('page.html', enc(notice('2026-11-27')))).documents[0]!.date).toBe('2026-11-25');
  });

  it('keeps the table day when the 落款 is not before it', async () => {
    expect((await importBytes('page.html', enc(notice('2026-11-25')))).documents[0]!.date).toBe('2026-11-25');
  });
});

describe('a speech titled with its speaker’s post', () => {
  it('gives the name under the title the post the title names', async () => {
    const page = html(
      '县委书记吴国华在全县经济工作会议上的讲话-某某县人民政府',
      `<h1>县委书记吴国华在全县经济工作会议上的讲话</h1><div class="info">发布时间：2026-11-28　来源：县委办公室</div>` +
        `<div class="c"><p><strong>在全县经济工作会议上的讲话</strong></p><p>吴国华</p><p>（2026年11月27日）</p>${speech}</div>`,
    );
    expect((await first(page)).speakers).toEqual([{ name: '吴国华', role: '县委书记' }]);
  });
});

describe('an info line of the day, a bar and the outlet', () => {
  it('reads `2026-11-28 21:05 | 南岭日报` as the outlet and its day', () => {
    expect(outletLine('2026-11-28 21:05 | 南岭日报 【字体：大 中 小】', true)).toEqual({
      source: '南岭日报',
      date: '2026-11-28',
    });
    expect(outletLine('2026年11月28日 ｜ 临江新闻网')).toEqual({ source: '临江新闻网', date: '2026-11-28' });
  });

  it('takes no office or report after the bar', () => {
    expect(outletLine('2026-11-28 | 县委办公室')).toBeNull();
    expect(outletLine('2026-11-28 | 情况通报')).toBeNull();
  });
});

describe('a page saved before it finished loading', () => {
  const start =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>全县冬季安全生产工作会议召开-某某县人民政府</title></head><body>' +
    '<h1>全县冬季安全生产工作会议召开</h1><div class="info">发布时间：2026-11-27　来源：县融媒体中心</div><div class="c">' +
    para(
      '11月27日，全县冬季安全生产工作会议召开，会议分析了当前安全生产形势。',
      '会议要求，各乡镇要深入开展安全隐患排查整治，重点抓好道路交通和消防安全。',
    );

  it('drops the paragraph the file stops inside, keeps the rest and says the save is cut off', async () => {
    const res = await importBytes('page.html', enc(`${start}<p>　　会议强调，要严格落实`));
    const text = res.documents[0]!.paragraphs.map((p) => p.text);
    expect(text.at(-1)).toBe('会议要求，各乡镇要深入开展安全隐患排查整治，重点抓好道路交通和消防安全。');
    expect(res.report.notes?.some((n) => n.includes('没有保存完整'))).toBe(true);
  });

  it('keeps every paragraph when the file stops inside a tag after them', async () => {
    const res = await importBytes('page.html', enc(`${start}</div><div class="sh`));
    expect(res.documents[0]!.paragraphs.at(-1)!.text).toContain('重点抓好道路交通和消防安全。');
    expect(res.report.notes?.some((n) => n.includes('没有保存完整'))).toBe(true);
  });

  it('takes a page that ends on a whole tag without `</html>` (SingleFile) as whole', async () => {
    const res = await importBytes('page.html', enc(`${start}<p>　　会议强调，要严格落实安全责任</p></div>`));
    expect(res.documents[0]!.paragraphs.at(-1)!.text).toBe('会议强调，要严格落实安全责任');
    expect(res.report.notes ?? []).toEqual([]);
  });
});

describe('a page whose address names only its month', () => {
  const page = (url: string, dateline: string) =>
    `<!DOCTYPE html>\n<!-- saved from url=(0056)${url} -->\n<html><head><meta charset="utf-8"><title>全国开展专项整治_中国政府网</title></head><body>` +
    `<h1>全国开展专项整治</h1><div class="pages-date"><span>来源： 新华社</span></div><div class="c">${para(
      `${dateline}　记者从应急管理部获悉，今冬明春全国将开展森林草原防灭火专项整治。`,
      '应急管理部有关负责人表示，各地要加强野外火源管控。',
    )}</div></body></html>`;

  it('takes the day from the wire dateline of that month', async () => {
    const res = await importBytes(
      'page.html',
      enc(page('https://www.gov.cn/lianbo/bumen/202611/content_7013111.htm', '新华社北京11月28日电')),
    );
    expect(res.documents[0]!.date).toBe('2026-11-28');
  });

  it('leaves the date empty when the dateline is of another month', async () => {
    const res = await importBytes(
      'page.html',
      enc(page('https://www.gov.cn/lianbo/bumen/202612/content_7013111.htm', '新华社北京11月30日电')),
    );
    expect(res.documents[0]!.date).toBeNull();
  });
});
