// Reposted and printed pages, bylines and 公文 ends: `来源：网络` credits neither the value nor the
// reposting site; a 生成日期 or 打印日期 is no date of the text; an author's, reporter's or official's
// byline over an article names no speaker (a speech's does, and 求是's `作者：习近平` still does); a
// 抄送 list wrapped over two lines leaves with the 版记; a 落款 with organ and date on one line dates
// the text.
import { describe, expect, it } from 'vitest';
import { withoutOwnDates } from '../../../electron/core/content/dates.js';
import { cleanSource, unknownOrigin } from '../../../electron/core/content/formats/html-source.js';
import { readHeader } from '../../../electron/core/content/header.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { originNote } from '../../../electron/core/content/origin-note.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import type { CleanReport } from '../../../electron/core/content/types.js';

const PROSE = [
  '学以致用，关键在用。要把学习成果转化为推动工作的思路举措，在解决实际问题中检验学习成效。',
  '基层是检验学习成效的主阵地。党员干部要多到困难多、矛盾多的地方去，在破解难题中增长才干。',
  '久久为功方能善作善成。只要持之以恒抓学习、抓落实，就一定能够把各项任务落到实处。',
];
const ps = PROSE.map((t) => `<p>${t}</p>`).join('');

function page(title: string, info: string, content: string, head = ''): string {
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_某某县文化馆</title>${head}</head><body>` +
    `<div class="nav"><a>首页</a><a>理论学习</a></div><div class="article"><h1>${title}</h1>` +
    `<div class="info">${info}</div><div class="content">${content}</div></div>` +
    `<div class="footer">某某县文化馆 版权所有</div></body></html>`
  );
}

async function first(name: string, text: string) {
  const res = await importBytes(name, Buffer.from(text));
  return res.documents[0]!;
}

describe('来源：网络 on a reposting page', () => {
  it('leaves the source empty instead of crediting the site', async () => {
    const d = await first('a.html', page('学以致用才能学有所成', '发布时间：2025-01-10　来源：网络　浏览次数：12', ps));
    expect(d.source).toBeNull();
    expect(d.date).toBe('2025-01-10');
  });

  it('does the same for 互联网 beside an og:site_name', async () => {
    const head = '<meta property="og:site_name" content="某某县文化馆">';
    const d = await first(
      'b.html',
      page('学以致用才能学有所成', '<span>来源：互联网</span><span>2025-01-10</span>', ps, head),
    );
    expect(d.source).toBeNull();
  });

  it('still credits a named publisher, and the site for 本站原创', async () => {
    expect((await first('c.html', page('学以致用才能学有所成', '来源：某某日报　2025-01-10', ps))).source).toBe(
      '某某日报',
    );
    expect((await first('d.html', page('学以致用才能学有所成', '来源：本站原创　2025-01-10', ps))).source).toBe(
      '某某县文化馆',
    );
  });

  it('tells an unknown origin from a publisher', () => {
    expect(unknownOrigin('来源：网络　作者：佚名')).toBe(true);
    expect(unknownOrigin('来源：网友投稿')).toBe(true);
    expect(unknownOrigin('来源：新华网')).toBe(false);
    expect(cleanSource('网络')).toBeNull();
    expect(cleanSource('新华网')).toBe('新华网');
  });
});

describe('dates a page prints about itself', () => {
  it('takes no 打印日期 as the date', async () => {
    const d = await first('e.html', page('学以致用才能学有所成', '打印日期：2025-01-12', ps));
    expect(d.date).toBeNull();
  });

  it('dates a printed notice by its 落款, not its 生成日期', async () => {
    const content = `<p>各乡镇人民政府，县政府各部门：</p>${ps}<p>某某县人民政府办公室</p><p>2024年11月20日</p>`;
    const d = await first('f.html', page('关于做好农田水利建设工作的通知', '生成日期：2025-02-11', content));
    expect(d.date).toBe('2024-11-20');
  });

  it('dates a notice by its 落款, not by the day the page put it up', async () => {
    const content = `<p>各乡镇人民政府，县政府各部门：</p>${ps}<p>某某县人民政府</p><p>2024年11月20日</p><p>抄送：县委办公室。</p>`;
    const d = await first('o.html', page('关于做好森林防火工作的通知', '发布时间：2024-11-25', content));
    expect(d.date).toBe('2024-11-20');
    // An article keeps the day the page gives it.
    expect(
      (await first('p.html', page('学以致用才能学有所成', '发布时间：2024-11-25', `${ps}<p>2024年11月20日</p>`))).date,
    ).toBe('2024-11-25');
  });

  it('blanks only those dates', () => {
    expect(withoutOwnDates('发布时间：2024-03-05 打印日期：2025-01-12')).not.toContain('2025');
    expect(withoutOwnDates('发布时间：2024-03-05 打印日期：2025-01-12')).toContain('2024-03-05');
    expect(withoutOwnDates('生成时间：2025年2月11日')).not.toMatch(/\d/);
  });
});

describe('bylines and speakers', () => {
  it('makes a commentary’s 作者 no speaker', async () => {
    const d = await first(
      'g.html',
      page('以钉钉子精神抓好工作落实', '作者：王军　来源：某某日报　发布时间：2024-11-02', ps),
    );
    expect(d.speakers).toEqual([]);
  });

  it('keeps 求是’s 作者：习近平 over his article', async () => {
    const d = await first(
      'h.html',
      page('坚持学用结合 推动工作落实', '作者：习近平　来源：《求是》2024/01　2024-01-01', ps),
    );
    expect(d.speakers.map((s) => s.name)).toEqual(['习近平']);
  });

  it('makes an official’s byline over an article no speaker, over a speech the speaker', async () => {
    const article = await first('i.txt', `在为民办实事中践行初心使命\n县委书记　周立新\n${PROSE.join('\n')}`);
    expect(article.speakers).toEqual([]);
    const speech = await first('j.txt', `在全县基层治理工作会议上的讲话\n县委书记　周立新\n${PROSE.join('\n')}`);
    expect(speech.speakers).toEqual([{ name: '周立新', role: '县委书记' }]);
  });

  it('drops 作者/记者/通讯员 credit lines under the title, naming no speaker', () => {
    const lines = ['本报记者　陈立平　通讯员　王美华', '作者：陈立平', ...PROSE];
    const h = readHeader(lines, '以钉钉子精神抓好工作落实');
    expect([...h.drop]).toEqual([0, 1]);
    expect(h.speaker).toBeNull();
  });
});

describe('the end of an official document', () => {
  it('strips a 抄送 list wrapped onto a second line with the rest of the 版记', () => {
    const report: CleanReport = { removed: [] };
    const lines = [
      '县政发〔2024〕5号',
      '关于做好春季农业生产工作的通知',
      ...PROSE,
      '某某县人民政府',
      '2024年3月5日',
      '（此件公开发布）',
      '抄送：县委办公室，县人大常委会办公室，',
      '县政协办公室，县人武部。',
      '某某县人民政府办公室',
      '2024年3月6日印发',
    ];
    const out = stripOfficialFrame(lines, report);
    expect(out.lines.slice(-2)).toEqual(['某某县人民政府', '2024年3月5日']);
  });

  it('leaves a document without a 版记 as it is', () => {
    const report: CleanReport = { removed: [] };
    const lines = ['关于做好春季农业生产工作的通知', ...PROSE, '某某县人民政府', '2024年3月5日'];
    expect(stripOfficialFrame(lines, report).lines).toEqual(lines);
  });

  it('drops a 发文字号 set under the title', () => {
    for (const number of ['县政办发〔2024〕5号', '（县政办发〔2024〕5号）']) {
      const h = readHeader([number, '各乡镇人民政府，县政府各部门：', ...PROSE], '关于做好春季农业生产工作的通知');
      expect([...h.drop], number).toEqual([0]);
    }
  });

  it('dates the text by a 落款 of organ and date on one line', () => {
    const h = readHeader([...PROSE, '中共某某县农业农村局党组　2024年3月5日'], '坚持学用结合 推动工作落实');
    expect(h.signatureDate).toBe('2024-03-05');
  });
});

describe('the note of where a reposted text first appeared', () => {
  const info = '发布时间：2025-01-10　来源：网络';

  it('dates the text and credits the paper by its 原载 note', async () => {
    const d = await first(
      'k.html',
      page('学习要在常和长上下功夫', info, `${ps}<p>（原载《某某日报》2023年6月5日第5版）</p>`),
    );
    expect(d.date).toBe('2023-06-05');
    expect(d.source).toBe('某某日报');
  });

  it('dates a reposted speech by its note of when it was given', async () => {
    const note = '<p>（本文系作者2023年6月5日在全县基层治理工作会议上的讲话，有删节）</p>';
    expect((await first('l.html', page('学习要在常和长上下功夫', info, ps + note))).date).toBe('2023-06-05');
  });

  it('dates the text by a 来源 line that gives the paper’s day', async () => {
    const d = await first(
      'm.html',
      page('学习要在常和长上下功夫', '发布时间：2025-01-10', `${ps}<p>来源：《某某日报》2023年6月5日</p>`),
    );
    expect(d.date).toBe('2023-06-05');
  });

  it('dates the text by the original’s info line pasted under the repost’s 来源：网络 line', async () => {
    const d = await first('n.html', page('学习要在常和长上下功夫', info, `<p>来源：某某日报　2023年06月05日</p>${ps}`));
    expect(d.date).toBe('2023-06-05');
    expect(d.source).toBe('某某日报');
  });

  it('takes no date from a sentence of the text that cites a paper', () => {
    expect(originNote([...PROSE, '据《某某日报》2023年6月5日报道，全县新建网格服务站四十个。']).date).toBeNull();
    expect(originNote([...PROSE, '（本文原载《学习与研究》2023年第6期）']).date).toBeNull();
  });
});
