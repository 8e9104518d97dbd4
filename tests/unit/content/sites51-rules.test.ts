// Rules of the sites51 round (tests/fixtures/import/sites51/t-*): a <title> that joins the headline
// and the site's name with a plain space names the site; a writer's credit closed by its day dates
// the text; a byline centred over a text set in two columns is no column's line; a bracketed 来源
// note closing a copied text is no text, and gives the source and the day it first appeared; a
// breadcrumb that opens on the site's name is no title.
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { creditDay } from '../../../electron/core/content/header-credits.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。',
  '要更好统筹发展和安全，有效防范化解重大风险，保持经济运行在合理区间，确保社会大局稳定。',
];
const first = async (name: string, text: string) => (await importBytes(name, Buffer.from(text, 'utf8'))).documents[0]!;
const page = (title: string, head: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a>首页</a><a>政务动态</a></div>` +
  `<div class="main"><div class="title">${head}</div><div class="con">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
  `<div class="footer">主办单位：临澄县人民政府办公室　网站标识码：3301000001</div></body></html>`;

describe('sites51 rules', () => {
  it('reads the site from a <title> that joins headline and site name with a space', async () => {
    const head = '县委理论学习中心组专题学习政府工作报告';
    expect((await first('a.html', page(`${head} 临澄县人民政府`, head))).source).toBe('临澄县人民政府');
    expect((await first('b.html', page(`${head}　临澄日报`, head))).source).toBe('临澄日报');
    // A title whose words after the space are no organ's or paper's name: the footer's owner, as before.
    expect((await first('c.html', page(`${head} 图文`, head))).source).toBe('临澄县人民政府办公室');
  });

  it('dates a text by the day that closes the writer’s credit under its title', async () => {
    for (const credit of [
      '作者：临澄省委党校课题组　2012年11月20日',
      '文／王立新 2012-11-20',
      '作者：临澄省委党校课题组2012年11月20日',
    ]) {
      const d = await first('d.txt', ['加强社会建设', credit, ...PROSE].join('\n'));
      expect(d.date, credit).toBe('2012-11-20');
      expect(d.paragraphs.map((p) => p.text).join(''), credit).not.toContain('课题组');
    }
    expect(creditDay('作者：王军')).toBeNull();
    // A sentence ending on a day is no credit.
    expect(creditDay('会议指出，要抓好落实，确保任务完成　2012年11月20日')).toBeNull();
  });

  it('does not take a byline centred over two columns into the left column', () => {
    // (The byline runs from inside the left column across the gutter: only the left column's lines are given.)
    const line = (text: string, x: number, xEnd: number, y: number, size = 10.5): PdfLine => ({
      text,
      x,
      xEnd,
      y,
      size,
      page: 0,
    });
    const left = [
      '社会建设取得新进步。基本公共服务水平和均',
      '等化程度明显提高。教育事业迅速发展，城乡',
      '免费义务教育全面实现。',
      '在这里，我代表中共中央，向全国各族人民，',
      '向各民主党派、各人民团体和各界爱国人士，',
      '表示衷心的感谢！',
      '以邓小平同志为核心的党的第二代中央领导集',
      '体带领全党全国各族人民深刻总结我国社会主',
      '义建设正反两方面经验。',
    ];
    const widths = left.map((t) => (t.length >= 20 ? 290 : 80 + t.length * 10.5));
    const lines = [
      line('作者：临澄省委党校课题组2012年11月20日', 183, 418, 693, 11),
      ...left.map((t, i) => line(t, 80, widths[i]!, 678 - i * 15)),
    ];
    expect(paragraphs(lines)).toEqual([
      '作者：临澄省委党校课题组2012年11月20日',
      '社会建设取得新进步。基本公共服务水平和均等化程度明显提高。教育事业迅速发展，城乡免费义务教育全面实现。',
      '在这里，我代表中共中央，向全国各族人民，向各民主党派、各人民团体和各界爱国人士，表示衷心的感谢！',
      '以邓小平同志为核心的党的第二代中央领导集体带领全党全国各族人民深刻总结我国社会主义建设正反两方面经验。',
    ]);
  });

  it('drops a bracketed 来源 note closing a copied text, crediting and dating the text by it', async () => {
    const d = await first(
      'e.txt',
      ['全面贯彻党的十九大精神开局之年', '', ...PROSE, '', '（来源：人民日报　2019年03月06日）'].join('\n'),
    );
    expect(d.source).toBe('人民日报');
    expect(d.date).toBe('2019-03-06');
    expect(d.paragraphs.map((p) => p.text).join('')).not.toContain('来源');
    // A speech's own day under its title stays its date: the note says when a paper printed it.
    const speech = await first(
      'f.txt',
      [
        '在全县经济工作会议上的讲话',
        '（2019年3月5日）',
        '同志们：',
        ...PROSE,
        '（来源：人民日报　2019年03月06日）',
      ].join('\n'),
    );
    expect(speech.date).toBe('2019-03-05');
    // A bracketed sentence that only names a source goes on as text.
    const kept = await first('g.txt', ['标题示例文章', ...PROSE, '（来源：群众反映，经调查属实。）'].join('\n'));
    expect(kept.paragraphs.map((p) => p.text).join('')).toContain('群众反映');
  });

  it('drops a breadcrumb that opens on the site’s name, which would be taken for the title', async () => {
    for (const crumb of ['人民网 >> 时政', '临澄党建网 > 要闻动态 > 正文', '央视网 » 新闻频道']) {
      const d = await first('h.txt', [crumb, '', '政府工作报告：过去五年的工作', ...PROSE].join('\n'));
      expect(d.title, crumb).toBe('政府工作报告：过去五年的工作');
      expect(d.paragraphs.map((p) => p.text).join(''), crumb).not.toContain('>');
    }
    // A sentence that names a site is text.
    const d = await first(
      'i.txt',
      ['标题示例文章', '据人民网报道，全国两会期间代表委员热议高质量发展。', ...PROSE].join('\n'),
    );
    expect(d.paragraphs.map((p) => p.text).join('')).toContain('据人民网报道');
  });
});
