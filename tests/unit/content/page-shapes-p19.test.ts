// Page shapes of the p19 round (tests/fixtures/import/real/p19-*): an office's reply to a 提案 dated
// by its 落款; a TV site's `[栏目]` before the headline; a 数字报 edition line naming the paper; a
// closing `（主讲：姓名　职务）`; site maps and 版面 pages refused in their own words; an article's
// pager said in the import's note.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { doc, paras, PROSE } from './page-shape-kit.js';

const HEAD = '南岭县召开农村供水工作推进会';
const page = (body: string, title = HEAD) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a><a href="/x/">政务动态</a></div>${body}</body></html>`;
const info = '<div class="info">发布时间：2026-03-05　来源：南岭县水利局</div>';

describe('p19 dates, titles and sources', () => {
  it('dates a reply to a 提案 by its 落款, not by the table’s 发布日期', async () => {
    const title = '关于县政协十届五次会议第0123号提案的答复';
    const d = await doc(
      'a.html',
      page(
        `<table><tr><td>索引号：</td><td>11530000MB0012345/2026-00045</td><td>发布机构：</td><td>南岭县民政局</td></tr><tr><td>发布日期：</td><td>2026-03-10</td></tr></table><h1>${title}</h1><div><p>刘文委员：</p>${paras}<p>南岭县民政局</p><p>2026年3月5日</p></div>`,
        title,
      ),
    );
    expect(d.date).toBe('2026-03-05');
  });

  it('drops a column set in square brackets before a TV page’s headline (`[临江新闻]`)', async () => {
    const t = '[临江新闻]临江市重大项目集中签约 总投资185亿元';
    const d = await doc('a.html', page(`<h1>${t}</h1>${info}<div>${paras}</div>`, `${t}_临江网络广播电视台`));
    expect(d.title).toBe('临江市重大项目集中签约 总投资185亿元');
  });

  it('keeps a channel name’s hyphen (`CCTV-1`) inside the <title> part it cuts off', async () => {
    const t = '[焦点访谈]云溪：小网格撬动大治理';
    const d = await doc(
      'a.html',
      page(`<h1>${t}</h1>${info}<div>${paras}</div>`, `${t}_CCTV节目官网-CCTV-1_央视网(cctv.com)`),
    );
    expect(d.title).toBe('云溪：小网格撬动大治理');
  });

  it('takes the paper an edition line names over the footer’s 报社', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="bm">临江日报　2026年03月06日　第A03版：县域</div><h2>${HEAD}</h2><p>记者　李想</p><div>${paras}</div><div class="foot">临江日报社　版权所有</div>`,
      ),
    );
    expect([d.date, d.source]).toEqual(['2026-03-06', '临江日报']);
  });

  it('reads a closing `（主讲：姓名　职务）` as the lecturer', async () => {
    const d = await doc(
      'a.html',
      page(
        `<div class="title">严守纪律规矩　永葆清廉本色</div><div class="sub">2026-03-06　来源：县纪委监委宣传部</div><div>${paras}<p>（主讲：刘建华　县纪委常委）</p></div>`,
        '严守纪律规矩　永葆清廉本色',
      ),
    );
    expect(d.speakers).toEqual([{ name: '刘建华', role: '县纪委常委' }]);
  });
});

describe('p19 pages that are not one article', () => {
  const links = ['政务公开', '政策文件', '政策解读', '新闻中心', '通知公告', '图片新闻', '县长信箱', '在线访谈']
    .map((x) => `<dd><a href="/${x}/">${x}</a></dd>`)
    .join('');
  const reason = async (html: string) => {
    const res = await importBytes('a.html', Buffer.from(html, 'utf8'));
    expect(res.documents).toHaveLength(0);
    return res.report.skipped[0]?.reason ?? '';
  };

  it('says a site map is one', async () => {
    expect(await reason(page(`<h2>站点地图</h2><dl>${links}</dl>`, '站点地图 - 临江市人民政府'))).toContain('网站地图');
  });

  it('says a 数字报 版面 page lists the edition’s titles', async () => {
    const titles = PROSE.map((_, i) => `<li><a href="content_${i}.htm">本版新闻标题第${i}篇</a></li>`).join('');
    expect(await reason(page(`<ul>${titles}</ul>`, '临江日报-2026年03月10日-第02版：综合新闻'))).toContain('版面');
  });
});

describe('p19 an article split over pages', () => {
  const notes = async (pager: string) =>
    (await importBytes('a.html', Buffer.from(page(`<h1>${HEAD}</h1>${info}<div>${paras}</div>${pager}`), 'utf8')))
      .report.notes ?? [];

  it('imports the saved page and says the article has more', async () => {
    const n = await notes(
      '<div class="pages">共3页　第1页　<a href="p_1.html">下一页</a>　<a href="p_2.html">尾页</a></div>',
    );
    expect(n.join('')).toContain('共3页');
  });

  it('reads page numbers as a pager, and a next-article link as none', async () => {
    expect(await notes('<div class="pg"><a>上一页</a> <a>1</a> <b>2</b> <a>3</a> <a>下一页</a></div>')).toHaveLength(1);
    expect(await notes('<div class="fenye"><a>[1]</a> <a>[2]</a> <a>[3]</a> <a>下一页</a></div>')).toHaveLength(1);
    expect(await notes('<div class="next">下一篇：<a href="/n.html">全县春耕生产现场会召开</a></div>')).toHaveLength(0);
  });
});

describe('p19 second batch: frames, tabs and titles', () => {
  it('reads an article a Chrome .mhtml saved as the part of an <iframe src="cid:…">', async () => {
    const qp = (s: string) =>
      [...Buffer.from(s, 'utf8')]
        .map((b) => (b > 126 || b === 61 ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b)))
        .join('');
    const shell = `<html><head><meta charset="utf-8"><title>${HEAD}_南岭县人民政府</title></head><body><div>南岭县人民政府</div><iframe src="cid:frame-2@mhtml.blink"></iframe></body></html>`;
    const frame = `<html><body><h1>${HEAD}</h1>${info}<div>${paras}</div></body></html>`;
    const part = (id: string, html: string) =>
      `--B\r\nContent-Type: text/html\r\nContent-ID: <${id}>\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(html)}\r\n`;
    const mht = `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n${part('frame-1@mhtml.blink', shell)}${part('frame-2@mhtml.blink', frame)}--B--\r\n`;
    const d = await doc('a.mhtml', mht);
    expect([d.title, d.date, d.source]).toEqual([HEAD, '2026-03-05', '南岭县水利局']);
    expect(d.paragraphs.map((p) => p.text).join('')).toContain(PROSE[0]);
  });

  it('shows a 文字稿 tab panel hidden until its tab is clicked, without the tab strip', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1>${info}<div class="tabs"><span>视频简介</span><span>文字稿</span></div><div id="p1">简介。</div><div id="p2" style="display:none">${paras}</div>`,
      ),
    );
    const body = d.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain(PROSE[1]);
    expect(body).not.toContain('视频简介');
  });

  it('keeps a hidden panel hidden on a page with no 文字稿 tab', async () => {
    const other =
      '<div style="display:none"><p>这是另一条隐藏的新闻，讲的是别的事情，与本文无关，不应被读入。</p><p>隐藏的第二段也是另一条新闻的内容，不属于本文。</p></div>';
    const d = await doc('a.html', page(`<h1>${HEAD}</h1>${info}<div>${paras}</div>${other}`));
    expect(d.paragraphs.map((p) => p.text).join('')).not.toContain('另一条隐藏的新闻');
  });

  it('takes the Chinese headline from an English-first <title>', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>Nanling holds a water supply meeting</h1><h2>${HEAD}</h2>${info}<div>${paras}</div>`,
        `Nanling holds water supply meeting ${HEAD}_南岭县人民政府`,
      ),
    );
    expect(d.title).toBe(HEAD);
  });

  it('reads `某某日报数字报-标题` as the paper and the headline', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>${HEAD}</h1><p>■本报记者　周敏</p><div class="d">2026年03月12日</div><div>${paras}</div><div>临江日报社版权所有</div>`,
        `临江日报数字报-${HEAD}`,
      ),
    );
    expect([d.title, d.source]).toEqual([HEAD, '临江日报']);
  });

  it('says a 网站导航 page is a site map and a video page without text is a video', async () => {
    const reason = async (html: string) =>
      (await importBytes('a.html', Buffer.from(html, 'utf8'))).report.skipped[0]?.reason ?? '';
    expect(
      await reason(page('<ul><li><a>政策文件</a></li><li><a>通知公告</a></li></ul>', '网站导航-南岭县人民政府')),
    ).toContain('网站地图');
    expect(
      await reason(page(`<h1>${HEAD}</h1>${info}<video src="/v/1.mp4" controls></video><p>油菜花开。</p>`)),
    ).toContain('视频');
  });
});

describe('p19 third batch', () => {
  it('reads a 信箱 reply’s `答复单位` as its source', async () => {
    const d = await doc(
      'a.html',
      page(
        `<h1>关于小区停车难问题的答复</h1><table><tr><th>来信时间：</th><td>2026-03-05</td></tr><tr><th>答复单位：</th><td>临江市住房和城乡建设局</td><th>回复时间：</th><td>2026-03-12</td></tr></table><div>${paras}</div>`,
        '关于小区停车难问题的答复-市长信箱-临江市人民政府',
      ),
    );
    expect(d.source).toBe('临江市住房和城乡建设局');
  });

  it('leaves a hidden block hidden beside a `全文` link (no 文字稿 tab)', async () => {
    const hidden =
      '<div style="display:none"><p>这是另一条隐藏的新闻，讲的是别的事情，与本文无关，不应被读入。</p><p>隐藏的第二段也是另一条新闻的内容，不属于本文。</p></div>';
    const d = await doc(
      'a.html',
      page(`<h1>${HEAD}</h1>${info}<div class="t"><a>全文</a><a>打印</a></div><div>${paras}</div>${hidden}`),
    );
    expect(d.paragraphs.map((p) => p.text).join('')).not.toContain('另一条隐藏的新闻');
  });
});
