// Round p23: a page printing several whole articles (每日要闻, 专题, a 数字报 版面) gives one document per
// article; a 百家号 IP-location item and an app share's reporter are no publisher; an editor's credit after
// the site's name is chrome, even in a block classed as a 副题.
import { describe, expect, it } from 'vitest';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const enc = (s: string) => new TextEncoder().encode(s);
const html = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const para = (...ts: string[]) => ts.map((t) => `<p>${t}</p>`).join('');

const A = [
  '某某镇组织干部开展入户走访，收集群众意见建议四十余条。',
  '镇党委要求对收集到的问题逐项建立台账，限期办结。',
];
const B = [
  '某某村新建的文化广场近日投入使用，成为村民休闲健身的好去处。',
  '广场配备了健身器材和宣传栏，每天吸引不少村民前来活动。',
];
const C = ['某某县举办农技培训班，邀请专家讲解果树修剪技术。', '参训农户表示，学到的技术马上就能用到自家果园里。'];

async function docs(page: string) {
  const res = await importBytes('page.html', enc(page));
  return res.documents.map((d) => ({ title: d.title, date: d.date, source: d.source }));
}

describe('a page of several whole articles', () => {
  it('gives one document per article, each with the source under its heading and the page day', async () => {
    const page = html(
      '每日要闻_某某县人民政府',
      `<h1>每日要闻</h1><div class="info">发布时间：2025-04-02　来源：县融媒体中心</div><div class="content">` +
        `<h3>某某镇开展入户走访活动</h3><p>来源：某某镇</p>${para(...A)}` +
        `<h3>某某村文化广场投入使用</h3><p>来源：县文旅局</p>${para(...B)}` +
        `<h3>某某县举办果树修剪技术培训</h3><p>来源：县农业农村局</p>${para(...C)}</div>`,
    );
    expect(await docs(page)).toEqual([
      { title: '某某镇开展入户走访活动', date: '2025-04-02', source: '某某镇' },
      { title: '某某村文化广场投入使用', date: '2025-04-02', source: '县文旅局' },
      { title: '某某县举办果树修剪技术培训', date: '2025-04-02', source: '县农业农村局' },
    ]);
  });

  it('reads each article own day under its heading on a page not named a collection', async () => {
    const page = html(
      '乡村振兴_某某网',
      `<div class="item"><h3>某某镇开展入户走访活动</h3><div class="info">2025-03-05　来源：某某镇</div>${para(...A)}</div>` +
        `<div class="item"><h3>某某村文化广场投入使用</h3><div class="info">2025-03-09　来源：县文旅局</div>${para(...B)}</div>`,
    );
    expect(await docs(page)).toEqual([
      { title: '某某镇开展入户走访活动', date: '2025-03-05', source: '某某镇' },
      { title: '某某村文化广场投入使用', date: '2025-03-09', source: '县文旅局' },
    ]);
  });

  it('names the paper of a 版面 page when no article names a source', async () => {
    const page = html(
      '某某日报-第02版：综合',
      `<div class="date">2025年04月03日</div><div class="a"><h2>某某镇开展入户走访活动</h2>${para(...A)}</div>` +
        `<div class="a"><h2>某某村文化广场投入使用</h2>${para(...B)}</div>`,
    );
    const got = await docs(page);
    expect(got.map((d) => [d.title, d.source])).toEqual([
      ['某某镇开展入户走访活动', '某某日报'],
      ['某某村文化广场投入使用', '某某日报'],
    ]);
  });

  it('splits a digest of numbered bold heads, the number left off the title', async () => {
    const page = html(
      '每日要闻｜4月2日',
      `<h1>每日要闻｜4月2日</h1><div id="c"><p><strong>1.某某镇开展入户走访活动</strong></p>${para(...A)}` +
        `<p><strong>2.某某村文化广场投入使用</strong></p>${para(...B)}</div>`,
    );
    expect((await docs(page)).map((d) => d.title)).toEqual(['某某镇开展入户走访活动', '某某村文化广场投入使用']);
  });

  it('keeps numbered heads of a page not named a collection whole', async () => {
    const page = html(
      '某某县入户走访工作综述_某某网',
      `<h1>某某县入户走访工作综述</h1><div id="c"><p><strong>1.走访到户听民声</strong></p>${para(...A)}` +
        `<p><strong>2.建好阵地惠民生</strong></p>${para(...B)}</div>`,
    );
    expect(await docs(page)).toHaveLength(1);
  });

  it('gives each 版面 article the 引题 set over its heading, not the article before it', async () => {
    const page = html(
      '某某日报-第02版：综合',
      `<div class="a"><p class="yt">走访一线</p><h2>某某镇开展入户走访活动</h2>${para(...A)}</div>` +
        `<div class="a"><p class="yt">文化惠民</p><h2>某某村文化广场投入使用</h2>${para(...B)}</div>`,
    );
    const res = await importBytes('page.html', enc(page));
    const bodies = res.documents.map((d) => d.paragraphs.map((p) => p.text).join('\n'));
    expect(res.documents.map((d) => d.title)).toEqual(['某某镇开展入户走访活动', '某某村文化广场投入使用']);
    expect(bodies[0]).not.toContain('文化惠民');
  });

  it('dates each 版面 article by the masthead strip that names the paper', async () => {
    const page = html(
      '某某日报-第03版：要闻',
      `<div class="head"><span>某某日报</span> <span>2025年04月03日</span> <a>往期回顾</a></div>` +
        `<div class="a"><h2>某某镇开展入户走访活动</h2>${para(...A)}</div><div class="a"><h2>某某村文化广场投入使用</h2>${para(...B)}</div>`,
    );
    expect((await docs(page)).map((d) => d.date)).toEqual(['2025-04-03', '2025-04-03']);
  });

  it('reads a collection from the page headline, not the column a lone article sits in', async () => {
    const page = html(
      '某某县入户走访听民声_某某要闻_某某县人民政府',
      `<h1>某某县入户走访听民声</h1><div class="info">发布时间：2025-04-02　来源：县委办</div><div class="content">` +
        `<h3>走访到户听民声</h3>${para(...A)}<h3>建好阵地惠民生</h3>${para(...B)}</div>`,
    );
    expect((await docs(page)).map((d) => d.title)).toEqual(['某某县入户走访听民声']);
  });

  it('takes a one-paragraph item of a digest, however short (round p24)', async () => {
    const item = '某某县启动为期一个月的安全生产大检查，重点检查危险化学品、建筑施工和道路交通等领域。';
    const digest = (last: string) =>
      html(
        '每日要闻（4月2日）_某某县人民政府',
        `<h1>每日要闻（4月2日）</h1><div class="c"><h3>某某镇开展入户走访活动</h3>${para(...A)}` +
          `<h3>某某县开展安全生产大检查</h3>${para(last)}</div>`,
      );
    expect((await docs(digest(item))).map((d) => d.title)).toEqual([
      '某某镇开展入户走访活动',
      '某某县开展安全生产大检查',
    ]);
    expect((await docs(digest('某某县开展安全生产大检查。'))).map((d) => d.title)).toEqual([
      '某某镇开展入户走访活动',
      '某某县开展安全生产大检查',
    ]);
  });

  it('keeps one article with plain subheads whole', async () => {
    const page = html(
      '某某县：入户走访听民声_某某县人民政府',
      `<h1>某某县：入户走访听民声</h1><div class="info">发布时间：2025-04-02　来源：县委办</div><div class="content">` +
        `<p>今年以来，某某县组织干部开展入户走访，倾听群众呼声。</p>` +
        `<h3>走访到户</h3>${para(...A)}<h3>建好阵地</h3>${para(...B)}<h3>送技上门</h3>${para(...C)}</div>`,
    );
    expect((await docs(page)).map((d) => d.title)).toEqual(['某某县：入户走访听民声']);
  });

  it('keeps a collection-named page whole when its text opens before the first heading', async () => {
    const page = html(
      '某某专题_某某网',
      `<h1>入户走访听民声</h1><div class="content"><p>今年以来，某某县组织干部开展入户走访，倾听群众呼声。</p>` +
        `<h3>走访到户</h3>${para(...A)}<h3>建好阵地</h3>${para(...B)}</div>`,
    );
    expect(await docs(page)).toHaveLength(1);
  });
});

describe('the publisher beside the day', () => {
  it('takes no IP-location item for a name, and reads the account a wrapper holds', async () => {
    const page = html(
      '某某县召开春耕生产会议',
      `<div class="t"><h2>某某县召开春耕生产会议</h2></div><div class="src">` +
        `<div class="authorTxt"><p class="authorName">某某融媒</p></div>` +
        `<div class="desc"><span class="date">2025-04-02 10:12</span><span class="bjh-ip">临川</span></div></div>` +
        `<div class="content">${para(...A, ...B)}</div>`,
    );
    expect((await docs(page))[0]!.source).toBe('某某融媒');
  });

  it('takes the outlet, not the reporter, from an unlabelled app-share line', async () => {
    const page = html(
      '某某县：果树修剪忙',
      `<div class="title">某某县：果树修剪忙</div><div class="info"><span>某某客户端某某频道</span> <span>王晓燕</span> ` +
        `<span>2025-04-02 10:05</span></div><div class="text">${para(...C, ...A)}</div>`,
    );
    expect((await docs(page))[0]!.source).toBe('某某客户端某某频道');
  });
});

describe('an editor credit after a name', () => {
  it('is chrome', () => {
    expect(chromeReason('某某新闻网　责编：王晓燕')).toBe('编辑署名');
    expect(chromeReason('某某新闻网责任编辑：王晓燕')).toBe('编辑署名');
    expect(chromeReason('某某镇开展入户走访活动')).toBeNull();
    expect(chromeReason('签发：王晓燕')).toBe('编辑署名');
  });

  it('is no 副题 when a block classed `sub` holds it under the headline', async () => {
    const page = html(
      '某某县举办果树修剪技术培训-某某新闻网',
      `<h1>某某县举办果树修剪技术培训</h1><div class="article-sub"><span>某某新闻网</span><span>责编：王晓燕</span></div>` +
        `<div class="text">${para(...C, ...A)}</div>`,
    );
    const res = await importBytes('page.html', enc(page));
    expect(res.documents[0]!.paragraphs.map((p) => p.text).join('\n')).not.toContain('责编');
  });
});
