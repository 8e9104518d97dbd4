// Round sites58: RTF (as .doc downloads, WordPad's GBK escapes and WPS's signed \uN) read for its text;
// broken EPUB books and WPS spreadsheets refused with what to do; a platform channel (澎湃号·政务) beside a name marks
// the account that published the page; an OCR layer spaced character by character is read unspaced.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfItem } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { rtf } from '../../fixtures/import/gen/sites58-kit.js';

const TEXT = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '要坚持在发展中保障和改善民生，着力解决好人民群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
];
const gbk = (s: string) => iconv.encode(s, 'gbk');
const paragraphs = async (name: string, bytes: Buffer) =>
  (await importBytes(name, bytes)).documents.flatMap((d) => d.paragraphs.map((p) => p.text));

describe('RTF', () => {
  it('reads GBK escapes and signed \\uN alike, one paragraph per \\par, under any name', async () => {
    for (const signed of [false, true])
      for (const name of ['通知.doc', '通知.rtf']) {
        const got = await paragraphs(name, Buffer.from(rtf(['关于做好防汛工作的通知', ...TEXT], gbk, signed)));
        expect(got).toEqual(TEXT);
      }
  });
  it('gives the title, and never the font table or the generator', async () => {
    const res = await importBytes('通知.doc', Buffer.from(rtf(['关于做好防汛工作的通知', ...TEXT], gbk)));
    expect(res.documents[0]!.title).toBe('关于做好防汛工作的通知');
    expect(res.documents[0]!.paragraphs.map((p) => p.text).join('')).not.toMatch(/宋体|仿宋|Riched|\\/);
  });
});

describe('RTF furniture', () => {
  it("keeps a text box's paragraphs where they stand and leaves the document properties out", async () => {
    const u = (t: string) => [...t].map((c) => `\\u${c.charCodeAt(0)}?`).join('');
    const doc =
      `{\\rtf1\\ansi{\\info{\\author Administrator}}` +
      `{\\shp{\\*\\shpinst{\\sp{\\sn shapeType}{\\sv 1}}{\\shptxt \\pard ${u('关于做好防汛工作的通知')}\\par}}}` +
      TEXT.map((t) => `\\pard ${u(t)}\\par`).join('') +
      '}';
    const d = (await importBytes('通知.doc', Buffer.from(doc))).documents[0]!;
    expect(d.title).toBe('关于做好防汛工作的通知');
    expect(d.paragraphs.map((p) => p.text)).toEqual(TEXT);
  });
});

describe('files the app does not import say what to do', () => {
  // (EPUB is read since round sites59, shapes59.test.ts: one that is only its mimetype entry is broken.)
  it('a broken EPUB, known by its name or its mimetype entry', async () => {
    const zip = Buffer.concat([
      Buffer.from('PK\x03\x04'),
      Buffer.alloc(26),
      Buffer.from('mimetypeapplication/epub+zip'),
    ]);
    for (const name of ['读本.epub', '读本.zip'])
      expect((await importBytes(name, zip)).errors[0]).toMatch(/电子书（EPUB）.*转换为 \.docx 或 \.txt/);
  });
  it('a WPS spreadsheet (.et), binary or zipped', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]);
    for (const bytes of [ole, zip])
      expect((await importBytes('学习计划.et', bytes)).errors[0]).toMatch(/WPS 表格（\.et）.*另存为/);
  });
});

describe('a platform channel beside a name', () => {
  it('marks the account that posted the page, with no day beside it', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某市优化营商环境_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<h1>某某市优化营商环境</h1><div class="head"><div class="left"><a>某某发布</a><span>澎湃号·政务</span><span>关注</span></div>
<div><span>2015-04-20 09:15</span></div></div><div class="content">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
    const d = (await importBytes('page.html', Buffer.from(html))).documents[0]!;
    expect([d.source, d.date]).toEqual(['某某发布', '2015-04-20']);
  });
});

describe('an OCR text layer spaced character by character', () => {
  // One item per character with pdf.js's space items between, and a digit run spaced inside its item.
  const line = (pieces: string[], y: number): PdfItem[] => {
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
  };
  it('drops the spaces, keeping the words', () => {
    const got = pageLines(
      [
        ...line(['某', '某', '区', '人', '民', '政', '府'], 700),
        ...line(['2 0 2 0', '年', '1 1', '月', '2', '日'], 660),
      ],
      1,
      [],
    );
    expect(got.map((l) => l.text)).toEqual(['某某区人民政府', '2020年11月2日']);
  });
  it('leaves names set apart as they are', () => {
    expect(pageLines(line(['张三', '李四', '王五', '赵六'], 700), 1, [])[0]!.text).toBe('张三 李四 王五 赵六');
  });
});
