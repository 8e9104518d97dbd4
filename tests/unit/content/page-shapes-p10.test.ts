// Page and file shapes of the p10 round (tests/fixtures/import/real/p10-*): a site's copyright and
// repost statements, photo credits, 编审/监制 lines, a `转自：` label, a 副题 between a headline and its
// info line under a <title> naming the column, a <time> element behind a relative time, a 公文's
// `（此页无正文）` and an editor's note closing a speech.
import { describe, expect, it } from 'vitest';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '今年以来，南岭县持续深化“一件事一次办”改革，将多个关联事项整合为一个事项办理，群众办事更加便捷。',
  '目前，全县已推出企业开办、不动产登记等高频“一件事”四十项，平均办理时间压缩百分之六十以上。',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('');
const doc = async (name: string, text: string) => (await importBytes(name, Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
const page = (head: string, inner: string) =>
  doc('a.html', `<html><head><title>${head}</title></head><body>${inner}</body></html>`);

describe('p10 page shapes', () => {
  it('drops a site’s copyright and repost statements, headed or not, however long', async () => {
    const statement =
      '【版权声明】凡注明“来源：南岭新闻网”的作品，版权均属南岭新闻网所有，未经授权不得转载、摘编或利用其它方式使用。' +
      '凡注明“来源：XXX（非南岭新闻网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。';
    expect(statement.length).toBeGreaterThan(120);
    const d = await page(
      '改革见实效 - 南岭新闻网',
      `<h1>改革见实效</h1><div class="msg">2024-03-11 08:30　来源：人民日报</div><div class="txt">${paras}<p>${statement}</p></div>`,
    );
    expect(bodyOf(d)).not.toContain('版权声明');
    expect(bodyOf(d)).toContain(PROSE[1]);
    expect(chromeReason('凡本网注明"来源：南岭党建网"的所有作品，版权均属于南岭党建网，转载时请注明出处。')).toBe(
      '转载声明',
    );
    const t = await doc(
      'a.txt',
      `改革见实效\n\n${PROSE.join('\n')}\n\n版权声明：本文为南岭日报原创稿件，转载请注明出处。\n`,
    );
    expect(bodyOf(t)).not.toContain('转载请注明出处');
    // Guards: a sentence about reposting, and a notice's own `凡标明……的文章` rule, are text.
    expect(chromeReason('凡标明为必读篇目的文章，各党支部须在月底前组织党员完成学习。')).toBeNull();
    expect(chromeReason('该县严厉打击未经授权转载新闻作品的行为，依法维护媒体合法权益。')).toBeNull();
  });

  it('drops a photo’s credit lines, not its caption', async () => {
    const d = await page(
      '植树活动启动_南岭县人民政府',
      `<h1>植树活动启动</h1><div class="info">发布时间：2024-03-13　来源：南岭县林业局</div><div class="c">${paras}` +
        `<p>3月12日，干部群众在城东生态公园植树。</p><p>摄影：陈立新</p><p>（南岭县融媒体中心记者 王磊 摄）</p>` +
        `<p>图片来源：南岭县融媒体中心</p><p>供图：南岭县委宣传部</p></div>`,
    );
    const body = bodyOf(d);
    for (const s of ['陈立新', '王磊', '图片来源', '供图']) expect(body).not.toContain(s);
    expect(body).toContain('3月12日，干部群众在城东生态公园植树。');
    // `图片来源：` names the picture's owner, not the page's publisher.
    expect(d.source).toBe('南岭县林业局');
  });

  it('drops a 编审/监制 staff line on a page and in copied text', async () => {
    const d = await page(
      '安全生产会议召开 - 南岭融媒',
      `<h1>安全生产会议召开</h1><div class="info">发布时间：2024-03-14　来源：南岭日报</div><div class="c">${paras}<p>编审：周平　监制：吴刚</p></div>`,
    );
    expect(bodyOf(d)).not.toContain('监制');
    const t = await doc('a.txt', `安全生产会议召开\n\n${PROSE.join('\n')}\n编审：周平　监制：吴刚\n`);
    expect(bodyOf(t)).not.toContain('监制');
  });

  it('does not take a photo credit’s 来源 for the publisher', async () => {
    const d = await page(
      '植树活动启动_南岭县林业局',
      `<h1>植树活动启动</h1><div class="info">图片来源：南岭县融媒体中心　发布时间：2024-03-13</div><div class="c">${paras}</div>`,
    );
    expect(d.source).not.toBe('南岭县融媒体中心');
  });

  it('reads `转自：` as the publisher, on a page and in copied text; `转自：网络` names none', async () => {
    const d = await page(
      '干部要练就过硬本领_理论学习_南岭党建网',
      `<div class="title">干部要练就过硬本领</div><div class="attr"><span>发布日期：2024-03-12</span>　<span>转自：学习时报</span></div><div class="t">${paras}</div>`,
    );
    expect(d.source).toBe('学习时报');
    const t = await doc('a.txt', `干部要练就过硬本领\n\n转自：学习时报\n\n${PROSE.join('\n')}\n`);
    expect(t.source).toBe('学习时报');
    expect(bodyOf(t)).not.toContain('转自');
    const n = await doc('a.txt', `干部要练就过硬本领\n\n转自：网络\n\n${PROSE.join('\n')}\n`);
    expect(n.source).toBeNull();
  });

  it('finds the headline over a `——` 副题 and the info line when <title> names only the column', async () => {
    const d = await page(
      '基层党建',
      `<div class="crumb">您现在的位置：首页 &gt;&gt; 基层党建</div><div class="art_title">小网格里的大民生</div>` +
        `<div class="art_subtitle">——南岭县城关镇推行“党建+网格”治理纪实</div>` +
        `<div class="art_info">发布日期：2024-03-15　来源：南岭县委组织部</div><div class="c">${paras}</div>`,
    );
    expect(d.title).toBe('小网格里的大民生');
  });

  it('dates a page by its <time datetime> when it prints only a relative time, not by a list’s', async () => {
    const d = await page(
      '一网通办移动端上线 - 南岭发布',
      `<article><h1>一网通办移动端上线</h1><div class="meta"><span>南岭发布</span> <time datetime="2024-03-05T10:21:00+08:00">3小时前</time></div>` +
        `<div class="c">${paras}</div></article>` +
        `<ul><li><a>其他新闻</a><time datetime="2024-03-01T08:00:00+08:00">4天前</time></li></ul>`,
    );
    expect(d.date).toBe('2024-03-05');
    // Guard: <time>s in a list only date other items.
    const l = await page(
      '一网通办移动端上线 - 南岭发布',
      `<article><h1>一网通办移动端上线</h1><div class="c">${paras}</div></article>` +
        `<ul><li><a>其他新闻</a><time datetime="2024-03-01T08:00:00+08:00">4天前</time></li></ul>`,
    );
    expect(l.date).toBeNull();
  });

  it('drops a 公文’s `（此页无正文）`', async () => {
    const notice = await doc(
      'a.txt',
      `关于做好防汛工作的通知\n\n各乡镇人民政府：\n${PROSE.join('\n')}\n\n（此页无正文）\n\n南岭县人民政府办公室\n2024年4月8日\n`,
    );
    expect(bodyOf(notice)).not.toContain('此页无正文');
  });

  it('drops an editor’s note closing a speech; a dated note still dates it', async () => {
    const speech = `在全县乡村振兴工作会议上的讲话\n县委副书记　孙立平\n（2024年4月25日）\n同志们：\n${PROSE.join('\n')}\n（根据录音整理，未经本人审阅）\n`;
    expect(bodyOf(await doc('a.txt', speech))).not.toContain('未经本人审阅');
    const dated = await doc(
      'a.txt',
      `在全县优化营商环境大会上的讲话\n县长　赵明远\n（2024年3月18日，根据录音整理）\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(dated.date).toBe('2024-03-18');
  });
});
