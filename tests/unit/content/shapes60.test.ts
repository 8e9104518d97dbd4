// Round sites60: an EPUB's chapters found through its toc where they are not its pages (one long XHTML,
// pages cut mid-chapter), their ids from their content; a number an OCR layer spaced digit by digit joined
// before its unit, a grid's row kept spaced; a scan's `…文件` mark over a 公文's title is no title.
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfItem } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { book60, paras, type Book60 } from '../../fixtures/import/gen/sites60-kit.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '要坚持在发展中保障和改善民生，着力解决好人民群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
];
const B = [
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
  '要健全党组织领导的自治、法治、德治相结合的城乡基层治理体系，完善网格化管理、精细化服务、信息化支撑的基层治理平台。',
];
const one = (h: string, day: string, ps: string[]) => `<h2 id="${h.length}">${h}</h2><p>（${day}）</p>${paras(ps)}`;
const read = async (b: Book60) => (await importBytes('书.epub', Buffer.from(book60(b)))).documents;

describe('EPUB chapters from the toc', () => {
  const heads = ['在全县经济工作会议上的讲话', '在全县基层治理工作推进会议上的讲话'];
  const long: Book60 = {
    version: 3,
    meta: { title: '讲话选编' },
    pages: [
      {
        file: 'all.xhtml',
        title: '讲话选编',
        body: one(heads[0]!, '2024年1月10日', A) + one(heads[1]!, '2024年3月2日', B),
      },
    ],
    toc: heads.map((h) => ({ label: h, href: `all.xhtml#${h.length}` })),
  };
  it('reads one long XHTML as one document per chapter, each with its own day', async () => {
    const docs = await read(long);
    expect(docs.map((d) => [d.title, d.date])).toEqual([
      [heads[0], '2024-01-10'],
      [heads[1], '2024-03-02'],
    ]);
  });
  it('runs a chapter over the page a converter cut it at (toc.ncx), and its id follows its content', async () => {
    const split: Book60 = {
      version: 2,
      meta: { title: '讲话选编' },
      pages: [
        {
          file: 's0.html',
          title: '讲话选编',
          body: `<h2 id="a">${heads[0]}</h2><p>（2024年1月10日）</p>${paras(A.slice(0, 1))}`,
        },
        { file: 's1.html', title: '讲话选编', body: paras(A.slice(1)) + one(heads[1]!, '2024年3月2日', B) },
      ],
      toc: [
        { label: heads[0]!, href: 's0.html#a' },
        { label: heads[1]!, href: `s1.html#${heads[1]!.length}` },
      ],
    };
    const docs = await read(split);
    expect(docs.map((d) => d.title)).toEqual(heads);
    expect(docs[0]!.paragraphs.map((p) => p.text).join('')).toContain(A[1]!.slice(0, 20));
    // (The same chapters written as one long XHTML are the same documents: the ids are the text's.)
    expect(docs.map((d) => d.id)).toEqual((await read(long)).map((d) => d.id));
  });
  it('reads a one-chapter book cut over two pages as one document, named by the book', async () => {
    const docs = await read({
      version: 2,
      meta: { title: '学习读本' },
      pages: [
        { file: 's0.html', title: '学习读本', body: `<h2 id="a">${heads[1]}</h2>${paras(B.slice(0, 1))}` },
        { file: 's1.html', title: '学习读本', body: paras(B.slice(1)) },
      ],
      toc: [{ label: heads[1]!, href: 's0.html#a' }],
    });
    expect(docs.map((d) => d.title)).toEqual(['学习读本']);
    expect(docs[0]!.paragraphs.map((p) => p.text).join('')).toContain(B[1]!.slice(0, 20));
  });
  it("reads the pieces under a 选编's parts as its chapters, each piece a page", async () => {
    const part = (n: string, file: string) => ({ file, title: n, body: `<h1>${n}</h1>` });
    const docs = await read({
      version: 3,
      meta: { title: '讲话选编' },
      pages: [
        part('第一部分　经济建设', 'p1.xhtml'),
        { file: 'a.xhtml', title: heads[0]!, body: one(heads[0]!, '2024年1月10日', A) },
        part('第二部分　基层治理', 'p2.xhtml'),
        { file: 'b.xhtml', title: heads[1]!, body: one(heads[1]!, '2024年3月2日', B) },
      ],
      toc: [
        { label: '第一部分　经济建设', href: 'p1.xhtml', children: [{ label: heads[0]!, href: 'a.xhtml' }] },
        { label: '第二部分　基层治理', href: 'p2.xhtml', children: [{ label: heads[1]!, href: 'b.xhtml' }] },
      ],
    });
    expect(docs.map((d) => d.title)).toEqual(heads);
  });
  it('leaves sections nested under a chapter in it', async () => {
    const docs = await read({
      ...long,
      toc: [
        { label: heads[0]!, href: `all.xhtml#${heads[0]!.length}`, children: [{ label: '一、', href: 'all.xhtml#x' }] },
        { label: heads[1]!, href: `all.xhtml#${heads[1]!.length}` },
      ],
    });
    expect(docs).toHaveLength(2);
  });
});

/** One line of items at `y`, each piece an item with a space item after it. */
function line(pieces: string[], y: number): PdfItem[] {
  let x = 60;
  return pieces.flatMap((str) => {
    const w = 16 * [...str].length;
    const items = [
      { str, transform: [16, 0, 0, 16, x, y], width: w },
      { str: ' ', transform: [16, 0, 0, 16, x + w, y], width: 8 },
    ];
    x += w + 8;
    return items;
  });
}
const text = (pieces: string[]) => pageLines(line(pieces, 700), 1, [])[0]!.text;

describe('a number an OCR layer spaced digit by digit', () => {
  it('is one number before its unit, in an item of its own or inside a line', () => {
    expect(text(['全市新增就业', '1 2 3', '万人'])).toBe('全市新增就业123万人');
    expect(text(['全年地区生产总值增长 5 . 2 % ，城镇新增就业 1 . 3 万人，粮食产量 4 6 万吨。'])).toBe(
      '全年地区生产总值增长5.2%，城镇新增就业1.3万人，粮食产量46万吨。',
    );
  });
  it("keeps a grid's row and a score row spaced", () => {
    expect(text(['题号', '1 2 3 4 5'])).toMatch(/^题号 ?1 2 3 4 5$/);
    expect(text(['题号 1 2 3 4 5 6 7 8 9 10'])).toMatch(/^题号 ?1 2 3 4 5 6 7 8 9 10$/);
  });
});

describe('a scan opening on its organ’s mark', () => {
  it('takes the 公文 title under a `…文件` mark, the mark no text', async () => {
    const lines = [
      '中共溪桥县委办公室文件',
      '关于开展基层党建述职评议考核工作的通知',
      '各乡镇党委：',
      ...A,
      '2025年1月6日',
    ];
    const doc = (await importBytes('通知.txt', Buffer.from(lines.join('\n')))).documents[0]!;
    expect(doc.title).toBe('关于开展基层党建述职评议考核工作的通知');
    expect(doc.paragraphs.map((p) => p.text).join('')).not.toContain('文件');
    // (A headline naming a document is no mark: `认真学习中央文件` stays the title.)
    const news = ['认真学习中央文件', '关于做好学习工作的通知要求各地抓好落实。', ...A].join('\n');
    expect((await importBytes('新闻.txt', Buffer.from(news))).documents[0]!.title).toBe('认真学习中央文件');
  });
});
