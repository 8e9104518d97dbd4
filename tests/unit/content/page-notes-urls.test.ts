// Notes and credits around a text, and a page's own address: a `（作者系……）` note leaves the body and
// makes no speaker; lines of staff credits (编辑/校对/审核, 一审/二审/三审) and an OA system's print
// lines (打印日期/打印人) leave it too, while a sentence naming an editor stays; a copied info line that
// opens on its date gives date and source; the day in the saved page's address (saved-from note,
// canonical link) dates a page that prints none, a related article's link never does; a dated 来源
// note in the text names the paper that first printed it, a paper cited in passing does not.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { pdfInfoTable } from '../../../electron/core/content/formats/pdf-info-table.js';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { originNote } from '../../../electron/core/content/origin-note.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '学以致用，关键在用。要把学习成果转化为推动工作的思路举措，在解决实际问题中检验学习成效。',
  '基层是检验学习成效的主阵地。党员干部要多到困难多、矛盾多的地方去，在破解难题中增长才干。',
  '久久为功方能善作善成。只要持之以恒抓学习、抓落实，就一定能够把各项任务落到实处。',
];
const ps = PROSE.map((t) => `<p>${t}</p>`).join('');

function page(title: string, info: string, content: string, head = '', pre = ''): string {
  return (
    `${pre}<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_某某县人民政府</title>${head}</head><body>` +
    `<div class="nav"><a>首页</a><a>新闻中心</a></div><div class="article"><h1>${title}</h1>` +
    `<div class="info">${info}</div><div class="content">${content}</div></div>` +
    `<div class="footer">某某县人民政府 版权所有</div></body></html>`
  );
}

async function first(name: string, text: string) {
  const res = await importBytes(name, Buffer.from(text));
  return res.documents[0]!;
}
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

describe('notes and credit lines', () => {
  it('drops an author note and a staff-credit line, keeps sentences that name an editor', () => {
    const { lines, report } = cleanText(
      [
        ...PROSE,
        '（作者系某某县委党校副教授）',
        '（作者为某某大学马克思主义学院教授）',
        '（本文作者系某某市委政研室干部）',
        '作者系某某大学马克思主义学院教授、博士生导师',
        '（编辑：张晓明　校对：李红　审核：王强）',
        '一审：张晓明　二审：李红　三审：王强',
        '(责任编辑：王芳，李红)',
        '编辑：张晓明 王芳',
        '校对：刘洋',
        '编辑：全书由县委党校组织编写，共收录文章三十篇。',
        '作者系统梳理了基层治理的经验，对我们很有启发。',
      ].join('\n'),
    );
    expect(lines).toEqual([
      ...PROSE,
      '编辑：全书由县委党校组织编写，共收录文章三十篇。',
      '作者系统梳理了基层治理的经验，对我们很有启发。',
    ]);
    expect(report.removed.filter((r) => r.reason === '作者简介')).toHaveLength(4);
    expect(report.removed.filter((r) => r.reason === '编辑署名')).toHaveLength(5);
  });

  it('drops unbracketed 作者单位 and 作者简介 lines', () => {
    const { lines } = cleanText(
      [...PROSE, '作者单位：某某县委党校', '作者简介：王建华，某某县委党校副教授，主要研究方向为党的建设。'].join('\n'),
    );
    expect(lines).toEqual(PROSE);
  });

  it("drops an OA system's print lines, not a sentence about printing", () => {
    const keep = '打印时间：各单位务必于3月底前完成，逾期不再受理。';
    const { lines } = cleanText([...PROSE, keep, '打印日期：2025-03-09 10:21', '打印人：张晓明'].join('\n'));
    expect(lines).toEqual([...PROSE, keep]);
  });

  it("an article closed by its author's note names no speaker and keeps the page's date", async () => {
    const d = await first(
      'a.html',
      page(
        '在为民办实事中检验学习成效',
        '来源：某某日报　发布时间：2024-07-01',
        `<p>周立新</p>${ps}<p>（作者系中共某某县委书记）</p>`,
      ),
    );
    expect(d.speakers).toEqual([]);
    expect(d.date).toBe('2024-07-01');
    expect(bodyOf(d)).not.toContain('作者系');
  });

  it('a copied info line that opens on its date gives date and source', () => {
    const { lines, hints } = cleanText(
      ['在常和长上下功夫', '2024-05-06 09:12　来源：某某日报　作者：王建华', ...PROSE].join('\n'),
    );
    expect(hints).toEqual({ source: '某某日报', date: '2024-05-06' });
    expect(lines).toEqual(['在常和长上下功夫', ...PROSE]);
  });

  it('a copied info line that opens on its author gives date and source', () => {
    const { lines, hints } = cleanText(
      ['学以致用才能学有所成', '作者：王建华　来源：某某日报　2024-05-06', ...PROSE].join('\n'),
    );
    expect(hints).toEqual({ source: '某某日报', date: '2024-05-06' });
    expect(lines).toEqual(['学以致用才能学有所成', ...PROSE]);
  });
});

describe("the page's own address", () => {
  it('reads the day from the path forms CMS use, never from a bare number', () => {
    expect(urlDate('http://www.example.gov.cn/xwzx/202306/t20230605_4567890.html')).toBe('2023-06-05');
    expect(urlDate('http://www.news.cn/politics/2023-06/05/c_1129671234.htm')).toBe('2023-06-05');
    expect(urlDate('http://www.example.gov.cn/art/2023/6/5/art_1229_456.html')).toBe('2023-06-05');
    expect(urlDate('http://theory.example.cn/n1/2023/0605/c40531-40000001.html')).toBe('2023-06-05');
    expect(urlDate('https://new.qq.com/rain/a/20230605A01ABC00')).toBe('2023-06-05');
    expect(urlDate('http://news.qq.com/a/20230605/012345.htm')).toBe('2023-06-05');
    expect(urlDate('http://www.example.gov.cn/col/20230605/index.html')).toBeNull();
    expect(urlDate('http://www.example.gov.cn/xwzx/202313/t20231345_1.html')).toBeNull();
    expect(urlDate(null)).toBeNull();
  });

  it("dates a page with no date from the browser's saved-from note or the canonical link", async () => {
    const saved = await first(
      'a.html',
      page(
        '县委理论学习中心组开展专题学习',
        '来源：某某县融媒体中心',
        ps,
        '',
        '<!-- saved from url=(0062)http://www.example.gov.cn/xwzx/202306/t20230605_4567890.html -->\n',
      ),
    );
    expect(saved.date).toBe('2023-06-05');
    const canonical = await first(
      'b.html',
      page(
        '某某县扎实推进乡村全面振兴',
        '来源：某某新闻网',
        ps,
        '<link rel="canonical" href="http://www.example-news.cn/local/2023-06/05/c_1.htm">',
      ),
    );
    expect(canonical.date).toBe('2023-06-05');
  });

  it('dates a printed page that shows no date by the address the browser printed at its foot', async () => {
    const file = new URL('../../fixtures/import/pdf/web-print-url-date.pdf', import.meta.url);
    const res = await importBytes('a.pdf', fs.readFileSync(file));
    expect(res.documents[0]!.date).toBe('2023-06-05');
  });

  it('dates a page saved as one file (.mhtml) by the address its container names', async () => {
    const file = new URL('../../fixtures/import/html/layout-mhtml-url-date-1.mhtml', import.meta.url);
    const res = await importBytes('a.mhtml', fs.readFileSync(file));
    expect(res.documents[0]!.date).toBe('2023-06-05');
  });

  it('dates a 腾讯新闻 page saved without its script-drawn date by <meta name="apub:time">', async () => {
    const d = await first(
      'a.html',
      page(
        '某某县扎实推进乡村全面振兴',
        '来源：某某日报',
        ps,
        '<meta name="apub:time" content="6/5/2023, 8:12:40 PM">',
      ),
    );
    expect(d.date).toBe('2023-06-05');
  });

  it("a date printed on the page wins over the address, and a related link's address is no date", async () => {
    const printed = await first(
      'a.html',
      page(
        '某某县扎实推进乡村全面振兴',
        '发布时间：2023-06-07　来源：某某新闻网',
        ps,
        '<link rel="canonical" href="http://x.cn/a/2023-06/05/c_1.htm">',
      ),
    );
    expect(printed.date).toBe('2023-06-07');
    const linked = await first(
      'b.html',
      page(
        '以实干实绩践行初心使命',
        '来源：某某县融媒体中心',
        `${ps}<ul><li><a href="http://x.cn/202306/t20230605_1.html">县委召开会议</a></li></ul>`,
      ),
    );
    expect(linked.date).toBeNull();
  });
});

describe("a repost's 来源 note", () => {
  it('names the paper that first printed the text, over the page that passed it on', async () => {
    const d = await first(
      'a.html',
      page(
        '把学习成果转化为发展实效',
        '发布时间：2025-01-10 10:00　来源：某某县融媒体中心',
        `<p>来源：《某某日报》　2023年06月05日　第05版</p>${ps}`,
      ),
    );
    expect(d.date).toBe('2023-06-05');
    expect(d.source).toBe('某某日报');
  });

  it("reads the original's pasted info line without 《》, first or bracketed last, never a 发布 line", () => {
    expect(originNote(['来源：某某日报　2023年06月05日', ...PROSE])).toEqual({
      date: '2023-06-05',
      source: '某某日报',
    });
    expect(originNote([...PROSE, '（来源：某某日报　2023年6月5日）'])).toEqual({
      date: '2023-06-05',
      source: '某某日报',
    });
    expect(originNote(['来源：某某日报　发布时间：2025-01-10', ...PROSE])).toEqual({ date: null, source: null });
    // An office's line is the page's own posting line, not a paper's.
    expect(originNote(['来源：某某县人民政府办公室　2024-11-25', ...PROSE])).toEqual({ date: null, source: null });
  });

  it("dates the text by the original paper's line under a page naming the same paper", async () => {
    const d = await first(
      'a.html',
      page(
        '学以致用才能学有所成',
        '来源：某某日报　发布时间：2025-01-10',
        `<p>来源：某某日报　2023年06月05日</p>${ps}`,
      ),
    );
    expect(d.date).toBe('2023-06-05');
    expect(d.source).toBe('某某日报');
  });

  it('a paper cited in passing is no origin: the page keeps its own date and source', async () => {
    const d = await first(
      'a.html',
      page(
        '某某县一季度经济运行稳中向好',
        '发布时间：2023-06-12　来源：某某县融媒体中心',
        `${ps}<p>据《某某日报》2023年6月5日报道，全县规模以上工业增加值同比增长百分之八点五。</p>`,
      ),
    );
    expect(d.date).toBe('2023-06-12');
    expect(d.source).toBe('某某县融媒体中心');
  });
});

describe('a policy page printed with its info table', () => {
  it('takes the 成文日期 and the 发文机关 and drops the rows', () => {
    const rows = [
      '索 引 号：\t000014349/2023-00061主题分类：农业、畜牧业、渔业',
      '发文机关：商务部 国家发展改革委\t成文日期： 2023年06月01日',
      '标\t题： 关于做好今冬明春农田水利建设工作的通知',
      '发文字号：商发〔2023〕18号\t发布日期：2023年06月05日',
    ];
    const t = pdfInfoTable([...rows, ...PROSE]);
    expect(t).toEqual({ lines: rows, signed: '2023-06-01', organ: '商务部、国家发展改革委' });
  });

  it('reads no table from lines that only open on 标题 or 主题词', () => {
    expect(pdfInfoTable(['标题：学以致用', ...PROSE]).lines).toEqual([]);
  });

  it('dates the printed page by its 成文日期, not its 发布日期', async () => {
    const file = new URL('../../fixtures/import/pdf/web-print-policy-table.pdf', import.meta.url);
    const d = (await importBytes('a.pdf', fs.readFileSync(file))).documents[0]!;
    expect(d.date).toBe('2023-06-01');
    expect(d.source).toBe('国务院办公厅');
    expect(bodyOf(d)).not.toContain('索 引 号');
  });
});
