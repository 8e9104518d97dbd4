// Saved pages and copied text in shapes met in the wild: WeChat follow prompts and the byline
// WeChat puts under a copied title, a newspaper's edition note closing a copied article, a page's
// tool bar and font switch copied with its text, traditional-script 來源 words (`發布單位`, `資料來源`,
// `出處`), a press release's closing time, and a department site whose <title> is its own name.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { labelledSource } from '../../../electron/core/content/formats/html-source.js';
import { splitTitle } from '../../../electron/core/content/formats/html-headline.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '今年以来，全县上下坚持把抓落实作为推动工作的关键一招，聚焦重点任务，压实工作责任，各项工作取得积极进展。',
  '在民生保障方面，新建改建农村公路一百二十公里，新增城镇就业岗位三千六百个，群众获得感不断增强。',
  '下一步，要坚持问题导向，细化工作举措，确保各项目标任务按期完成。',
];
const TRAD = [
  '本府為照顧長者生活需要，將自下月起擴大長期照顧服務範圍，新增社區日間照顧據點十二處。',
  '社會局表示，新措施將優先照顧獨居及失能長者，並提供交通接送及送餐服務。',
];
const ps = (xs: string[]) => xs.map((t) => `<p>${t}</p>`).join('');
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${head}</title></head><body>${body}</body></html>`;
const one = async (name: string, text: string) => (await importBytes(name, Buffer.from(text))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

describe('WeChat prompts and bylines', () => {
  it('drops the follow and 在看 prompts, in a saved page and in copied text', async () => {
    for (const t of ['点击上方蓝字关注我们', '点击上方蓝字 关注我们', '扫码关注我们', '关注南岭发布，获取权威信息']) {
      expect(chromeReason(t)).toBe('分享与关注');
    }
    expect(chromeReason('觉得内容不错，请点个“在看”吧')).toBe('分享与关注');
    const html = page(
      '以钉钉子精神抓好基层党建重点任务落实',
      '<h1 id="activity-name">以钉钉子精神抓好基层党建重点任务落实</h1><div id="js_content">' +
        '<p>点击上方蓝字关注我们</p>' +
        ps(PROSE) +
        '<p>扫码关注我们</p></div>',
    );
    const body = bodyOf(await one('a.html', html));
    expect(body).toContain(PROSE[2]);
    expect(body).not.toContain('关注我们');
  });

  it('keeps a sentence of the text that speaks of following', () => {
    expect(chromeReason('要持续关注群众反映强烈的突出问题，点击上方链接即可查看全部整改措施和办理结果。')).toBeNull();
  });

  it('reads the account and day from the line WeChat puts under a copied title, and drops it', async () => {
    const d = await one(
      'a.txt',
      `以钉钉子精神抓好基层党建重点任务落实\n原创 青山组工 青山县委组织部 2023-06-05 08:30 发表于浙江\n\n${PROSE.join('\n\n')}\n\n阅读原文\n`,
    );
    expect(d.title).toBe('以钉钉子精神抓好基层党建重点任务落实');
    expect(d.source).toBe('青山县委组织部');
    expect(d.date).toBe('2023-06-05');
    expect(bodyOf(d)).not.toMatch(/发表于|阅读原文|原创/);
  });

  it('reads the newer line that ends on the province alone', () => {
    const r = cleanText(`原创 青山组工 青山县委组织部 2023-06-05 19:45 浙江\n${PROSE[0]}`);
    expect(r.hints).toEqual({ source: '青山县委组织部', date: '2023-06-05' });
  });

  it('takes no account from a name and a day without WeChat’s marks', () => {
    const r = cleanText(`王建国 2023-06-05\n${PROSE[0]}`);
    expect(r.hints.source).toBeUndefined();
  });
});

describe('WeChat repost cards', () => {
  const card = '以下文章来源于南岭日报 ，作者本报评论员';
  it('credits the account the card names, in a saved page', async () => {
    const d = await one(
      'a.html',
      page(
        '牢记嘱托 勇毅前行',
        '<h1 id="activity-name">牢记嘱托 勇毅前行</h1><a id="js_name">青山发布</a>' +
          `<div class="original_primary_card_tips">${card}</div><div id="js_content">${ps(PROSE)}</div>`,
      ),
    );
    expect(d.source).toBe('南岭日报');
    expect(bodyOf(d)).not.toContain('以下文章来源于');
  });

  it('credits it in copied text over the reposting account, and drops the card and its nickname', async () => {
    const d = await one(
      'a.txt',
      `牢记嘱托 勇毅前行\n青山发布 2023-06-05 19:45 发表于浙江\n在小说阅读器中沉浸阅读\n${card}\n**南岭日报**.\n\n${PROSE.join('\n\n')}\n`,
    );
    expect(d.source).toBe('南岭日报');
    expect(d.date).toBe('2023-06-05');
    expect(bodyOf(d)).not.toMatch(/以下文章来源于|南岭日报|沉浸阅读/);
  });

  it('keeps a 来源 line over the card', () => {
    expect(cleanText(`${card}\n来源：新华社\n${PROSE[0]}`).hints.source).toBe('新华社');
  });
});

describe('copied text', () => {
  it('dates a copied article by the edition note that closes it', async () => {
    const d = await one(
      'a.txt',
      `以学促干推动主题教育走深走实\n\n${PROSE.join('\n\n')}\n\n（2023年06月07日　第01版）\n`,
    );
    expect(d.date).toBe('2023-06-07');
    expect(bodyOf(d)).not.toContain('第01版');
  });

  it('drops a copied tool bar and font switch, keeping the title over them', async () => {
    const d = await one(
      'a.txt',
      `全省重大项目建设现场推进会召开\n【字体：大 中 小】\n${PROSE.join('\n')}\n【打印本页】【关闭窗口】\n`,
    );
    expect(d.title).toBe('全省重大项目建设现场推进会召开');
    expect(bodyOf(d)).not.toMatch(/打印本页|关闭窗口|字体/);
  });
});

describe('traditional-script 來源 words', () => {
  it('reads 發布單位 and 資料來源 as the publisher, as printed', () => {
    expect(labelledSource('發佈時間：2023-06-05　發布單位：某某市政府社會局　點閱次數：1024')).toBe('某某市政府社會局');
    expect(labelledSource('資料來源：某某縣政府社會處')).toBe('某某縣政府社會處');
    expect(labelledSource('来源：新华社')).toBe('新华社');
    expect(labelledSource('发布时间：2023-06-05')).toBeNull();
  });

  it('takes 發布單位 over the site in <title>, and 資料來源 in a definition list', async () => {
    const a = await one(
      'a.html',
      page(
        '擴大長期照顧服務 新增社區據點十二處-某某市政府全球資訊網',
        '<h2 class="title">擴大長期照顧服務 新增社區據點十二處</h2><ul class="info"><li>發佈時間：2023-06-05</li>' +
          `<li>發布單位：某某市政府社會局</li></ul><div class="essay">${ps(TRAD)}</div>`,
      ),
    );
    expect(a.source).toBe('某某市政府社會局');
    const b = await one(
      'b.html',
      page(
        '某某縣政府-最新消息',
        '<h3>長者送餐服務擴大辦理</h3><dl><dt>發佈日期</dt><dd>2023-06-05</dd><dt>資料來源</dt><dd>某某縣政府社會處</dd></dl>' +
          `<div class="text">${ps(TRAD)}</div>`,
      ),
    );
    expect(b.source).toBe('某某縣政府社會處');
    expect(b.date).toBe('2023-06-05');
  });

  it('drops a press release’s closing time', () => {
    expect(chromeReason('香港時間18時30分')).toBe('发稿时间');
    expect(chromeReason('會議於香港時間18時30分開始，歷時兩小時。')).toBeNull();
    expect(chromeReason('完')).toBe('结束标记');
    expect(chromeReason('（完）')).toBe('结束标记');
    expect(chromeReason('完成')).toBeNull();
  });
});

describe('a department site titling every page with its name', () => {
  it('takes the heading over the info line as the headline', async () => {
    const d = await one(
      'a.html',
      page(
        '南岭省发展和改革委员会',
        '<div class="banner">南岭省发展和改革委员会</div><div class="detail"><div class="detail_title">全省重大项目建设现场推进会召开</div>' +
          `<div class="detail_info">信息来源：省发展改革委投资处　发布时间：2023-06-05 16:20</div><div class="detail_con">${ps(PROSE)}</div></div>`,
      ),
    );
    expect(d.title).toBe('全省重大项目建设现场推进会召开');
    expect(d.source).toBe('省发展改革委投资处');
  });
});

describe('the day in a page’s own address, and the site in its <title>', () => {
  it('reads the address forms of 央视网/共产党员网, 中国新闻网, 新浪 and the older 腾讯新闻', () => {
    expect(urlDate('https://news.cctv.com/2023/06/05/ARTIk3Lm9Xy2Zq8Ab4Cd230605.shtml')).toBe('2023-06-05');
    expect(urlDate('https://www.12371.cn/2023/06/05/ARTI1685950000123456.shtml')).toBe('2023-06-05');
    expect(urlDate('https://www.chinanews.com.cn/gn/2023/06-07/10020123.shtml')).toBe('2023-06-07');
    expect(urlDate('https://news.sina.com.cn/c/2023-06-05/doc-imyabcde1234567.shtml')).toBe('2023-06-05');
    expect(urlDate('https://new.qq.com/omn/20210605/20210605A03XYZ00.html')).toBe('2021-06-05');
  });

  it('reads no day from ids and other numbers in an address', () => {
    expect(urlDate('https://new.qq.com/omn/20210605/20210607A03XYZ00.html')).toBeNull();
    expect(urlDate('https://www.example.cn/2023/06/05/index.shtml')).toBeNull();
    expect(urlDate('https://www.chinanews.com.cn/gn/2023/06-07/index.html')).toBeNull();
  });

  it('names the site without its address (`央视网(cctv.com)`)', () => {
    expect(splitTitle('多地加力推动消费回暖向好_新闻频道_央视网(cctv.com)')).toEqual({
      head: '多地加力推动消费回暖向好',
      site: '央视网',
    });
    expect(splitTitle('多地加力推动消费回暖向好_新华网').site).toBe('新华网');
  });
});

describe('guards', () => {
  it('leaves a day/month date of a zh-HK page empty', async () => {
    const d = await one(
      'a.html',
      page(
        '社區長者關懷計劃展開 | 某某社區服務協會',
        `<h1>社區長者關懷計劃展開</h1><p class="date">發佈日期：05/06/2023</p><div class="post">${ps(TRAD)}</div>`,
      ),
    );
    expect(d.date).toBeNull();
  });

  it('keeps a headline that is a department’s news when <title> names the story', async () => {
    const d = await one(
      'a.html',
      page(
        '全省重大项目建设现场推进会召开_南岭省发展和改革委员会',
        `<h1>全省重大项目建设现场推进会召开</h1><div class="info">发布时间：2023-06-05</div>${ps(PROSE)}`,
      ),
    );
    expect(d.title).toBe('全省重大项目建设现场推进会召开');
  });
});
