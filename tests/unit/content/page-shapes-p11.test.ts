// Page and file shapes of the p11 round (tests/fixtures/import/real/p11-*): an update label printed
// before the publication label, a 政府信息公开 table's 生成日期 beside its 成文日期, an 附件 saved alone,
// an app's share page, a periodical's head and an `原文链接：` line in copied text, a date set inside
// the headline, an organ's name and day as the info line, a portal's name as the publisher, and a
// 会议纪要's 会议时间.
import { describe, expect, it } from 'vitest';
import { findLabelledDate } from '../../../electron/core/content/dates.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { bodyOf, doc, paras, PROSE } from './page-shape-kit.js';

const page = (head: string, inner: string) =>
  doc('a.html', `<html><head><title>${head}</title></head><body>${inner}</body></html>`);

describe('p11 dates', () => {
  it('takes the publication label over an update label printed before it', async () => {
    expect(findLabelledDate('更新时间：2024-06-18 16:42　发布时间：2024-06-11 09:30')).toBe('2024-06-11');
    // Guards: an update label alone still dates the page; asked for publication labels only, it does not.
    expect(findLabelledDate('更新时间：2024-06-18 16:42')).toBe('2024-06-18');
    expect(findLabelledDate('最后更新：2024-06-18', false)).toBeNull();
    const d = await page(
      '农村供水保障工程加快推进_南岭县水利局',
      `<h1>农村供水保障工程加快推进</h1><div class="meta"><span>更新时间：2024-06-18 16:42</span>` +
        `<span>发布时间：2024-06-11 09:30</span><span>来源：县水利局</span></div><div class="text">${paras}</div>`,
    );
    expect(d.date).toBe('2024-06-11');
    const t = await doc(
      'a.txt',
      `农村供水保障工程加快推进\n更新时间：2024-06-18 16:42\n发布时间：2024-06-11 09:30\n来源：县水利局\n\n${PROSE.join('\n')}\n`,
    );
    expect(t.date).toBe('2024-06-11');
  });

  it('reads a 政府信息公开 table’s 成文日期 over the 生成日期 printed before it', async () => {
    const d = await page(
      '政府信息公开_南岭县人民政府',
      `<table><tr><td>索引号：</td><td>431225000/2024-00301</td><td>生成日期：</td><td>2024-06-20</td></tr>` +
        `<tr><td>发布机构：</td><td>南岭县水利局</td><td>成文日期：</td><td>2024-06-14</td></tr></table>` +
        `<h2>南岭县水利局关于做好农村供水工程管护工作的通知</h2><div>${paras}</div>`,
    );
    expect(d.date).toBe('2024-06-14');
    // No 标题 cell: the policy page's first heading is the document's title, not the column.
    expect(d.title).toBe('南岭县水利局关于做好农村供水工程管护工作的通知');
  });

  it('reads a copied info line with the time in 时 and 分', async () => {
    const d = await doc(
      'a.txt',
      `农村供水保障工程加快推进\n2024年06月11日 16时05分　来源：南岭日报\n\n${PROSE.join('\n')}\n`,
    );
    expect(d.date).toBe('2024-06-11');
    expect(d.source).toBe('南岭日报');
    expect(bodyOf(d)).not.toContain('16时05分');
  });

  it('dates a 会议纪要 by its 会议时间, and no other document by one', async () => {
    const minutes = await doc(
      'a.txt',
      `南岭县水利工作领导小组2024年第二次会议纪要\n会议时间：2024年6月5日上午9:00\n会议地点：县水利局三楼会议室\n${PROSE.join('\n')}\n`,
    );
    expect(minutes.date).toBe('2024-06-05');
    const notice = await doc(
      'a.txt',
      `关于召开全县农村供水工作会议的通知\n会议时间：2024年6月25日上午9:00\n会议地点：县水利局三楼会议室\n${PROSE.join('\n')}\n`,
    );
    expect(notice.date).toBeNull();
  });
});

describe('p11 titles and sources', () => {
  it('reads an 附件 saved alone under its own title', async () => {
    const d = await doc('a.txt', `附件3\n南岭县农村供水工程管护办法\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe('南岭县农村供水工程管护办法');
    expect(bodyOf(d)).not.toContain('附件3');
  });

  it('lifts a date out of the headline and reads it as the page’s', async () => {
    const d = await page(
      '工作动态',
      `<h1 class="h">农村供水保障工程加快推进<span class="d">2024-06-11</span></h1><div class="s">来源：县水利局</div><div>${paras}</div>`,
    );
    expect(d.title).toBe('农村供水保障工程加快推进');
    expect(d.date).toBe('2024-06-11');
  });

  it('lifts a bracketed date out of a heading', async () => {
    const d = await page(
      '南岭县水利局',
      `<h3>农村供水保障工程加快推进<span style="float:right">[2024-06-11]</span></h3><div class="c">${paras}</div>`,
    );
    expect(d.title).toBe('农村供水保障工程加快推进');
    expect(d.date).toBe('2024-06-11');
  });

  it('reads an unlabelled organ-and-day line as the info line under a <title> naming the organ', async () => {
    const d = await page(
      '南岭县水利局',
      `<div class="title">农村供水保障工程加快推进</div><div class="attr">县水利局　2024.6.11</div><div class="c">${paras}</div>`,
    );
    expect(d.title).toBe('农村供水保障工程加快推进');
    expect(d.date).toBe('2024-06-11');
    expect(d.source).toBe('县水利局');
  });

  it('reads the headline the page prints from a <title> set around a column separator', async () => {
    const d = await page(
      '一图读懂《南岭县农村供水工程管护办法》_政策解读_南岭县水利局',
      `<h1>《南岭县农村供水工程管护办法》政策解读</h1><div class="info">发布时间：2024-06-11　来源：县水利局</div><div>${paras}</div>`,
    );
    expect(d.title).toBe('《南岭县农村供水工程管护办法》政策解读');
  });

  it('names an organ’s portal, or its name alone in <title>, as the organ', async () => {
    const portal = await page(
      '农村供水保障工程加快推进_南岭县水利局门户网站',
      `<h1>农村供水保障工程加快推进</h1><div class="info">发布时间：2024-06-11</div><div>${paras}</div>`,
    );
    expect(portal.source).toBe('南岭县水利局');
    const bare = await page(
      '南岭县人民政府办公室',
      `<h1>南岭县人民政府办公室关于印发<br>南岭县农村供水工程管护办法的通知</h1><div class="info"><span>成文日期：2024年6月2日</span></div><div>${paras}</div>`,
    );
    expect(bare.source).toBe('南岭县人民政府办公室');
    // Guard: a site that is no organ keeps its name.
    const site = await page(
      '农村供水保障工程加快推进_南岭新闻门户网站',
      `<h1>农村供水保障工程加快推进</h1><div class="info">发布时间：2024-06-11</div><div>${paras}</div>`,
    );
    expect(site.source).toBe('南岭新闻门户网站');
  });

  it('reads a government news account’s line of name and day in copied text', async () => {
    const d = await doc(
      'a.txt',
      `南岭发布APP\n农村供水保障工程加快推进\n南岭发布 2024-06-11 08:30\n${PROSE.join('\n')}\n`,
    );
    expect(d.title).toBe('农村供水保障工程加快推进');
    expect(d.date).toBe('2024-06-11');
    expect(d.source).toBe('南岭发布');
  });
});

describe('p11 chrome', () => {
  it('drops an app’s banner and calls to open it', async () => {
    for (const line of ['打开APP', '打开APP，阅读全文', '下载南岭日报客户端', '南岭日报客户端', '南岭发布APP'])
      expect(chromeReason(line), line).toBe('分享与关注');
    // Guard: a sentence about an app is text.
    expect(chromeReason('南岭日报客户端上线以来，累计下载量突破五十万次。')).toBeNull();
  });

  it('drops an `原文链接：` line and a periodical’s head over copied text', async () => {
    expect(chromeReason('原文链接：http://opinion.people.com.cn/n1/2024/0611/c1003-40000000.html')).toBe('来源信息');
    expect(chromeReason('原文地址：http://www.qstheory.cn/dukan/2024-06/11/c_1130000000.htm')).toBe('来源信息');
    const d = await doc(
      'a.txt',
      `南岭县人民政府公报　2024年第6期（总第121期）\n南岭县人民政府关于加强农村供水工程管护的通知\n${PROSE.join('\n')}\n南岭县人民政府\n2024年6月2日\n`,
    );
    expect(d.title).toBe('南岭县人民政府关于加强农村供水工程管护的通知');
    expect(bodyOf(d)).not.toContain('总第121期');
  });
});
