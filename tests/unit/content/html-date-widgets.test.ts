// The widgets a CMS prints beside a page's date line (view counters, 字号 and print/close links,
// share bars, editor and reporter credits, `来源：本站`) are never the publisher and never change
// the date. A count beside the date is no account name; an item run into the 来源 name (inline
// spans, no spaces) is cut off; `本站`/`原创` leave the site's own name to apply. (The 本站 and 作者
// cases were already right before the counter and share-bar rules: they guard them.)
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const prose =
  '<p>各地各部门要认真贯彻落实，推动经济社会持续健康发展，为开好局起好步打下坚实基础，确保各项任务落到实处。</p>'.repeat(
    3,
  );
const page = (head: string, info: string) =>
  `<html><head><title>某某支部开展主题党日活动</title>${head}</head><body><h2 class="arti-title">某某支部开展主题党日活动</h2>` +
  `<div class="arti-meta">${info}</div><div class="arti-body">${prose}</div></body></html>`;
const site = '<meta property="og:site_name" content="某某大学党委宣传部">';

async function imported(html: string) {
  const res = await importBytes('p.html', Buffer.from(html));
  return res.documents[0]!;
}

describe('widgets beside the date line', () => {
  it('never takes a view counter beside the date as the publisher', async () => {
    for (const counter of ['阅读 123', '浏览：1,234', '2,345 阅读', '阅读量 1.2万']) {
      const html = page(site, `<span>2023-04-05 10:12</span><span>${counter}</span>`);
      const [src] = readHtml('a.html', html);
      expect(src!.hints.source, counter).toBeUndefined();
      expect(src!.hints.pageDate, counter).toBe('2023-04-05');
      const doc = await imported(html);
      expect(doc.source, counter).toBe('某某大学党委宣传部');
      expect(doc.date, counter).toBe('2023-04-05');
    }
  });

  it('still takes the account beside the date and a counter', () => {
    const html = page('', `<span>2023-04-05 10:12</span><span>南方都市报</span><span>阅读 123</span>`);
    expect(readHtml('b.html', html)[0]!.hints.source).toBe('南方都市报');
  });

  it('cuts a share bar, print or close link run into the 来源 name', () => {
    for (const after of ['<span>分享到：<a>微信</a><a>微博</a></span>', '<a>打印本页</a>', '<a>关闭窗口</a>']) {
      const html = page('', `<span>来源：新华社</span>${after}<span>2023年04月05日 10:12</span>`);
      const [src] = readHtml('c.html', html);
      expect(src!.hints.source, after).toBe('新华社');
      expect(src!.hints.pageDate, after).toBe('2023-04-05');
    }
  });

  it('takes the site’s own name for 来源：本站 / 本网 / 原创, and none when the page names no site', async () => {
    for (const own of ['本站', '本网', '原创', '本站原创']) {
      const line = `<span>来源：${own}</span><span>浏览次数：1,234</span><span>【字体：大 中 小】</span><span>发布时间：2023-04-05</span>`;
      expect((await imported(page(site, line))).source, own).toBe('某某大学党委宣传部');
      expect((await imported(page('', line))).source, own).toBeNull();
    }
  });

  it('never takes the reporter of a 作者 line as the source', async () => {
    const line = `作者：本报记者 张某某　编辑：李某　发布时间：2023-04-05　字号：大 中 小　打印　关闭`;
    const doc = await imported(page(site, line));
    expect(doc.source).toBe('某某大学党委宣传部');
    expect(doc.speakers).toEqual([]);
    expect(doc.date).toBe('2023-04-05');
  });

  it('never takes a credit or a button beside the date as the publisher', async () => {
    for (const item of [
      '本报记者 张某某',
      '记者 王小明',
      '作者 张三',
      '责任编辑 李四',
      '打印本页',
      '关闭窗口',
      '大字版',
      '收藏本文',
    ]) {
      const html = page(site, `<span>2023-04-05 10:12</span><span>${item}</span>`);
      expect(readHtml('e.html', html)[0]!.hints.source, item).toBeUndefined();
      expect((await imported(html)).source, item).toBe('某某大学党委宣传部');
    }
    // Beside such items, the account still counts.
    const html = page(
      '',
      `<span>2023-04-05 10:12</span><span>新华网</span><span>记者 王小明</span><span>打印本页</span>`,
    );
    expect(readHtml('f.html', html)[0]!.hints.source).toBe('新华网');
  });

  it('takes a paper’s own 本报 / 本刊 as the site, and 网络 / 转载 as no publisher, not even the site', async () => {
    for (const own of ['本报', '本刊', '网络', '转载', '综合']) {
      const line = `来源：${own}　发布时间：2023-04-05`;
      expect(readHtml('g.html', page(site, line))[0]!.hints.source, own).toBeUndefined();
      const unknown = own === '网络' || own === '转载';
      expect((await imported(page(site, line))).source, own).toBe(unknown ? null : '某某大学党委宣传部');
    }
  });
});
