// Round sites63: a part's heading printed just before the anchor its entry points at (the entry's first speech)
// is no speech's text; a speech with no day over unnumbered sections nested under it in the contents stays one
// document; a `关于` title line with no organ before it runs on into the line that ends it (a scan's OCR layer).
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { brokenTitle } from '../../../electron/core/content/title-join.js';
import { book60, paras, type Book60 } from '../../fixtures/import/gen/sites60-kit.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
];
const B = ['基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。'];
const C = ['要把严的基调、严的措施、严的氛围长期坚持下去，以永远在路上的坚韧和执着推进全面从严治党。'];
const heads = ['在全县经济工作会议上的讲话', '在全县基层治理工作推进会上的讲话', '在全县作风建设大会上的讲话'];
const one = (h: string, day: string, ps: string[], id: string) =>
  `<h2 id="${id}">${h}</h2><p>（${day}）</p>${paras(ps)}`;
const read = async (b: Book60) => (await importBytes('书.epub', Buffer.from(book60(b)))).documents;
const texts = (docs: Awaited<ReturnType<typeof read>>) => docs.map((d) => d.paragraphs.map((p) => p.text).join('\n'));

describe('a part heading printed just before the anchor its entry points at', () => {
  it('is in no speech, the speech before it ending on its own text', async () => {
    const docs = await read({
      version: 3,
      meta: { title: '讲话选编' },
      pages: [
        {
          file: 'book.xhtml',
          title: '讲话选编',
          body:
            `<h1>第一编　谋篇布局</h1>${one(heads[0]!, '2024年1月10日', A, 's1')}${one(heads[1]!, '2024年3月2日', B, 's2')}` +
            `<h1>第二编　固本强基</h1>${one(heads[2]!, '2024年5月6日', C, 's3')}`,
        },
      ],
      toc: [
        {
          label: '第一编　谋篇布局',
          href: 'book.xhtml#s1',
          children: [
            { label: heads[0]!, href: 'book.xhtml#s1' },
            { label: heads[1]!, href: 'book.xhtml#s2' },
          ],
        },
        { label: '第二编　固本强基', href: 'book.xhtml#s3', children: [{ label: heads[2]!, href: 'book.xhtml#s3' }] },
      ],
    });
    expect(docs.map((d) => d.title)).toEqual(heads);
    expect(texts(docs).join('\n')).not.toMatch(/固本强基|谋篇布局/);
  });
});

describe('a speech with no day over unnumbered sections nested in the contents', () => {
  const book = (label: string, opening: string): Book60 => ({
    version: 3,
    meta: { title: '讲稿选' },
    pages: [
      {
        file: 'c1.xhtml',
        title: label,
        body: `<h2 id="t1">${label}</h2>${opening}<h3 id="x1">坚定理想信念</h3>${paras(A)}<h3 id="x2">锤炼过硬作风</h3>${paras(B)}`,
      },
      { file: 'c2.xhtml', title: heads[2]!, body: one(heads[2]!, '2024年5月4日', C, 't2') },
    ],
    toc: [
      {
        label,
        href: 'c1.xhtml#t1',
        children: [
          { label: '坚定理想信念', href: 'c1.xhtml#x1' },
          { label: '锤炼过硬作风', href: 'c1.xhtml#x2' },
        ],
      },
      { label: heads[2]!, href: 'c2.xhtml#t2' },
    ],
  });

  it('stays one document when titled as a speech or opening on its address to its hearers', async () => {
    for (const [label, opening] of [
      [heads[0]!, ''],
      ['坚定信念　勇于担当', '<p>同志们：</p>'],
    ] as const) {
      const docs = await read(book(label, opening));
      // (A title's ideographic space is printed as a space.)
      expect(docs.map((d) => [d.title, d.date])).toEqual([
        [label.replace('\u3000', ' '), null],
        [heads[2]!, '2024-05-04'],
      ]);
      expect(texts(docs)[0]).toContain(B[0]);
    }
  });

  it('is read as a part when it is only a heading named as none (the sections its pieces)', async () => {
    const docs = await read(book('坚定信念　勇于担当', ''));
    expect(docs.map((d) => d.title).slice(0, 2)).toEqual(['坚定理想信念', '锤炼过硬作风']);
  });
});

describe("a scan's title over two lines", () => {
  const headline = (l: string | undefined) => !!l && l.length <= 40;
  it('joins a `关于` line with no organ before it to the line ending on the kind', () => {
    const lines = ['关于做好2025年春季森林防火', '工作的通知', '各乡镇人民政府：', '正文。'];
    expect(brokenTitle(lines, headline)).toBe('关于做好2025年春季森林防火工作的通知');
    expect(lines[0]).toBe('各乡镇人民政府：');
  });
  it('leaves a `关于` line apart when the next does not end as a title or opens its own', () => {
    expect(brokenTitle(['关于做好春季森林防火工作', '各乡镇人民政府：', '正文。'], headline)).toBeNull();
    expect(brokenTitle(['关于做好春季森林防火工作', '关于进一步加强值班的通知', '正文。'], headline)).toBeNull();
  });
});
