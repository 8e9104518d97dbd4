// Round sites64, second batch: an EPUB part titled as a piece would be (`重要讲话`) over entries each titled as a
// piece is a part, its heading in no speech; a 专题 or 专栏 page (its intro over a list of linked headlines with
// days and abstracts) holds no article; an article titled with 专题 in it, over such a list, stays one.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { book60, paras } from '../../fixtures/import/gen/sites60-kit.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
];
const B = ['基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。'];
const C = ['要把严的基调、严的措施、严的氛围长期坚持下去，以永远在路上的坚韧和执着推进全面从严治党。'];
const INTRO =
  '为深入学习宣传贯彻全会精神，本网开设专题，集中刊发各地各部门学习贯彻的新闻报道和理论文章，欢迎广大党员干部关注。';
const ABSTRACT =
  '会议强调，要把学习宣传贯彻全会精神作为当前和今后一个时期的重大政治任务，切实把思想和行动统一到全会精神上来……';
const item = (t: string, i: number, abstract = true) =>
  `<li><a href="/zt/${i}.html">${t}${i}</a><span class="date">2025-03-0${i + 1}</span>${abstract ? `<p>${ABSTRACT}</p>` : ''}</li>`;
const list = (abstract = true) =>
  `<ul>${[0, 1, 2, 3].map((i) => item('各地学习贯彻全会精神综述', i, abstract)).join('')}</ul>`;
const page = (title: string, main: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${main}</body></html>`;

describe('an EPUB part titled as a piece would be', () => {
  it('over entries each titled as a piece is a part: its heading is in no speech', async () => {
    const heads = ['在全市经济工作会议上的讲话', '在全市作风建设大会上的讲话', '2025年青岚市政府工作报告'];
    const body =
      `<h1 id="p">重要讲话</h1><h2 id="a">${heads[0]}</h2><p>（2024年12月20日）</p>${paras(A)}` +
      `<h2 id="b">${heads[1]}</h2><p>（2025年2月10日）</p>${paras(B)}` +
      `<h1 id="q">工作报告</h1><h2 id="c">${heads[2]}</h2><p>（2025年1月14日）</p>${paras(C)}`;
    const epub = book60({
      version: 3,
      meta: { title: '讲话选编' },
      pages: [{ file: 'book.xhtml', title: '讲话选编', body }],
      toc: [
        {
          label: '重要讲话',
          href: 'book.xhtml#p',
          children: [
            { label: heads[0]!, href: 'book.xhtml#a' },
            { label: heads[1]!, href: 'book.xhtml#b' },
          ],
        },
        { label: '工作报告', href: 'book.xhtml#q', children: [{ label: heads[2]!, href: 'book.xhtml#c' }] },
      ],
    });
    const docs = (await importBytes('选编.epub', Buffer.from(epub))).documents;
    expect(docs.map((d) => d.title)).toEqual(heads);
    expect(docs.map((d) => d.paragraphs.map((p) => p.text).join('\n')).join('\n')).not.toMatch(/重要讲话|工作报告/);
  });
});

describe('a 专题 page', () => {
  it('of its intro over linked headlines with days and abstracts holds no article', async () => {
    const html = page(
      '学习贯彻全会精神专题_青岚新闻网',
      `<h1>学习贯彻全会精神</h1><div><p>${INTRO}</p></div>${list()}`,
    );
    const res = await importBytes('zt.html', Buffer.from(html));
    expect(res.documents).toEqual([]);
    expect(res.report.skipped.map((s) => s.reason).join('')).toMatch(/文章列表/);
  });

  it('of its intro over headlines and days alone is a title list', async () => {
    const html = page(
      '学习贯彻全会精神专题_青岚新闻网',
      `<h1>学习贯彻全会精神</h1><div><p>${INTRO}</p></div>${list(false)}`,
    );
    const res = await importBytes('zt.html', Buffer.from(html));
    expect(res.documents).toEqual([]);
    expect(res.report.skipped.map((s) => s.reason).join('')).toMatch(/标题列表/);
  });

  it('is not an article whose headline says 专题 (a 专题会议) over such a list', async () => {
    const html = page(
      '市委召开专题会议研究部署春耕生产_青岚新闻网',
      `<h1>市委召开专题会议研究部署春耕生产</h1><div class="content"><p>${INTRO}</p></div>${list()}`,
    );
    const docs = (await importBytes('a.html', Buffer.from(html))).documents;
    expect(docs.map((d) => d.title)).toEqual(['市委召开专题会议研究部署春耕生产']);
    expect(docs[0]!.paragraphs.map((p) => p.text)).toEqual([INTRO]);
  });
});
