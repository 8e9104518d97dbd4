// Round sites62: a 选编's parts not named 第X部分 (`一、经济发展` over a title page, `专题一` entries pointing at
// their first piece, plain headings in one long XHTML) give their pieces as chapters without the part's
// heading; a speech's numbered sections stay in it. A 公报 is named by what it reports (`大公报` is a paper);
// `首发：` is a publication label beside `最后更新：`; year/month/day folders date an address; a bracketed
// `（原载《…》…）` note is no text.
import { describe, expect, it } from 'vitest';
import { findLabelledDate } from '../../../electron/core/content/dates.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { cleanSource } from '../../../electron/core/content/formats/html-source.js';
import { titleOutsideBody } from '../../../electron/core/content/formats/word-lines.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { book60, paras, type Book60 } from '../../fixtures/import/gen/sites60-kit.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
];
const B = ['基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。'];
const heads = ['在全县经济工作会议上的讲话', '在全县基层治理工作推进会议上的讲话'];
const one = (h: string, day: string, ps: string[], id = '') =>
  `<h2${id ? ` id="${id}"` : ''}>${h}</h2><p>（${day}）</p>${paras(ps)}`;
const read = async (b: Book60) => (await importBytes('书.epub', Buffer.from(book60(b)))).documents;
const texts = (docs: Awaited<ReturnType<typeof read>>) => docs.map((d) => d.paragraphs.map((p) => p.text));

describe("a 选编's parts not named 第X部分", () => {
  it('reads the speeches under `一、…` title pages as documents, the part headings in none', async () => {
    const docs = await read({
      version: 3,
      meta: { title: '讲话选编' },
      pages: [
        { file: 'p1.xhtml', title: '讲话选编', body: '<h1>一、经济发展</h1>' },
        { file: 'a.xhtml', title: '讲话选编', body: one(heads[0]!, '2024年1月10日', A) },
        { file: 'p2.xhtml', title: '讲话选编', body: '<h1>二、基层治理</h1><p>本部分收录讲话一篇</p>' },
        { file: 'b.xhtml', title: '讲话选编', body: one(heads[1]!, '2024年3月2日', B) },
      ],
      toc: [
        { label: '一、经济发展', href: 'p1.xhtml', children: [{ label: heads[0]!, href: 'a.xhtml' }] },
        { label: '二、基层治理', href: 'p2.xhtml', children: [{ label: heads[1]!, href: 'b.xhtml' }] },
      ],
    });
    expect(docs.map((d) => [d.title, d.date])).toEqual([
      [heads[0], '2024-01-10'],
      [heads[1], '2024-03-02'],
    ]);
    expect(texts(docs)).toEqual([A, B]);
  });
  it('reads plain part headings in one long XHTML as no text of a speech', async () => {
    const body = `<h1 id="p1">深化改革</h1>${one(heads[0]!, '2024年1月10日', A, 'a')}<h1 id="p2">作风建设</h1>${one(heads[1]!, '2024年3月2日', B, 'b')}`;
    const docs = await read({
      version: 3,
      meta: { title: '讲话选编' },
      pages: [{ file: 'all.xhtml', title: '讲话选编', body }],
      toc: [
        { label: '深化改革', href: 'all.xhtml#p1', children: [{ label: heads[0]!, href: 'all.xhtml#a' }] },
        { label: '专题二　作风建设', href: 'all.xhtml#p2', children: [{ label: heads[1]!, href: 'all.xhtml#b' }] },
      ],
    });
    expect(docs.map((d) => d.title)).toEqual(heads);
    expect(texts(docs)).toEqual([A, B]);
  });
  it('reads `专题` entries pointing at their first piece as parts', async () => {
    const docs = await read({
      version: 2,
      meta: { title: '讲话汇编' },
      pages: [
        { file: 'a.html', title: '讲话汇编', body: one(heads[0]!, '2024年1月10日', A) },
        { file: 'b.html', title: '讲话汇编', body: one(heads[1]!, '2024年3月2日', B) },
      ],
      toc: [
        {
          label: '专题一　经济发展',
          href: 'a.html',
          children: heads.map((h, i) => ({ label: h, href: `${'ab'[i]}.html` })),
        },
      ],
    });
    expect(docs.map((d) => d.title)).toEqual(heads);
  });
  it("keeps a page's last paragraph without an end mark (a book is no page saved cut short)", async () => {
    const last = '继续扩大重点高校面向贫困地区农村招生规模，让更多农村孩子有机会接受优质高等教育，促进教育公平';
    const docs = await read({
      version: 2,
      meta: { title: '讲话选编' },
      pages: [
        { file: 'a.html', title: '讲话选编', body: one(heads[0]!, '2024年1月10日', [...A, last]) },
        { file: 'b.html', title: '讲话选编', body: one(heads[1]!, '2024年3月2日', B) },
      ],
      toc: [{ label: heads[1]!, href: 'b.html' }],
    });
    expect(texts(docs)).toEqual([[...A, last], B]);
  });
  it("keeps a speech's sections, and a chapter with its own day over unnumbered ones, in it", async () => {
    const body = `<h2 id="s">${heads[0]}</h2><p>（2024年1月10日）</p><h3 id="x">坚定信心</h3>${paras(A)}<h3 id="y">真抓实干</h3>${paras(B)}`;
    const sections = (labels: string[]) =>
      read({
        version: 3,
        meta: { title: '讲话选编' },
        pages: [
          { file: 'all.xhtml', title: '讲话选编', body },
          { file: 'b.xhtml', title: '讲话选编', body: one(heads[1]!, '2024年3月2日', B) },
        ],
        toc: [
          {
            label: heads[0]!,
            href: 'all.xhtml#s',
            children: labels.map((l, i) => ({ label: l, href: `all.xhtml#${'xy'[i]}` })),
          },
          { label: heads[1]!, href: 'b.xhtml' },
        ],
      });
    expect((await sections(['一、坚定信心', '二、真抓实干'])).map((d) => d.title)).toEqual(heads);
    expect((await sections(['坚定信心', '真抓实干'])).map((d) => d.title)).toEqual(heads);
  });
});

describe('sites62 page labels', () => {
  it('reads 大公报 as a paper and a 统计公报 as a document', () => {
    expect(cleanSource('来源：大公報')).toBe('大公報');
    expect(cleanSource('来源：2024年国民经济和社会发展统计公报')).toBeNull();
  });
  it('dates a page by 首发, not 最后更新 printed before it', () => {
    expect(findLabelledDate('最后更新：2025-04-03 17:12　首发：2025-03-28 08:40')).toBe('2025-03-28');
    expect(findLabelledDate('最后更新：2025-04-03 17:12')).toBe('2025-04-03');
  });
  it('dates an address by its year, month and day folders before a numbered page', () => {
    expect(urlDate('https://www.xqxww.cn/news/2025/03/12/87654.html')).toBe('2025-03-12');
    expect(urlDate('https://www.dzwww.com/xinwen/system/2026/03/08/030456789.shtml')).toBe('2026-03-08');
    expect(urlDate('https://www.xqxww.cn/news/2025/13/12/87654.html')).toBeNull();
  });
  it("takes a Word file's header title over a speaker's line closing on its day", () => {
    const header = ['在全镇党风廉政建设工作会议上的讲话'];
    expect(titleOutsideBody(['镇党委书记　孙海涛（2025年2月27日）', '同志们：'], header)).toBe(header[0]);
    expect(titleOutsideBody(['关于加强作风建设的通知（2025年2月27日）', '各村：'], header)).toBeNull();
  });
  it('takes a bracketed 原载 note out of the text, not a sentence naming a paper', () => {
    expect(chromeReason('（原载《光明日报》2025年3月10日07版）')).toBe('来源信息');
    expect(chromeReason('（原载《学习时报》）')).toBe('来源信息');
    expect(chromeReason('这篇文章原载《光明日报》，引起广泛关注。')).toBeNull();
  });
});
