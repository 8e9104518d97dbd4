// Round o23 shapes (tests/fixtures/import/real/o23-*): a joint 请示 whose second 签发人 stands alone under
// the first, a joint mark whose two lines a PDF ran together, a 目录 typed with leaders in a text file, and
// a 纪要 whose 时间 field gives the meeting's day but whose office signs and dates it (o23h); a 纪要's 出席 names
// typed on into a line of their own, and an endnote mark that went down alone under a full PDF line (o23b).
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfItem } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { readHeader } from '../../../electron/core/content/header.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';

const BODY = [
  '县人民政府：',
  '为加快补齐农村供水短板，保障群众饮水安全，我们拟于今年实施农村供水保障提升工程。',
  '妥否，请批示。',
];
const TITLE = '南岭县水利局　南岭县财政局关于实施农村供水保障提升工程的请示';

describe('a joint 版头', () => {
  it('takes a name alone under the 签发人 line for a further 签发人, not for the title', () => {
    const frame = stripOfficialFrame(
      ['南岭县水利局文件', '南岭县财政局文件', '南水字〔2025〕9号　　　　签发人：王建国', '李　明', TITLE, ...BODY],
      { removed: [] },
    );
    expect(frame.lines[0]).toBe(TITLE);
    expect(frame.issuer).toBe('南岭县水利局、南岭县财政局');
  });

  it('keeps a two-character title under the 签发人 line', () => {
    const frame = stripOfficialFrame(['南水字〔2025〕9号　　签发人：王建国', '通知', ...BODY], { removed: [] });
    expect(frame.lines[0]).toBe('通知');
  });

  it('parts a joint mark whose two lines ran into one', () => {
    const frame = stripOfficialFrame(['南岭县水利局文件南岭县财政局文件', '南水字〔2025〕9号', TITLE, ...BODY], {
      removed: [],
    });
    expect(frame.issuer).toBe('南岭县水利局、南岭县财政局');
  });
});

describe('a 目录 typed in a text file', () => {
  it('leaves the body with its entries; the headings stay', async () => {
    const text = [
      '严守纪律规矩　永葆政治本色',
      '主讲人：县纪委书记　黄志刚',
      '目　录',
      '一、深刻理解严守纪律规矩的重要意义……………………2',
      '二、准确把握新修订条例的主要内容……………………4',
      '一、深刻理解严守纪律规矩的重要意义',
      '    纪律是党的生命线，纪律严明是党的光荣传统和独特优势。',
      '二、准确把握新修订条例的主要内容',
      '    新修订的条例坚持问题导向，对违反纪律的行为作出更加精准的规定。',
    ].join('\n');
    const doc = (await importBytes('lecture.txt', Buffer.from(text))).documents[0]!;
    const body = doc.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('……');
    expect(body).not.toContain('目　录');
    expect(body).toContain('一、深刻理解严守纪律规矩的重要意义\n纪律是党的生命线');
  });
});

describe('a 纪要 with a 时间 field and a dated 落款', () => {
  const lines = [
    '时间：2025年6月3日上午',
    '出席：钱国栋　孙丽',
    '会议研究了巡察反馈问题整改工作。现纪要如下：',
    '一、各股室要对照问题清单逐条整改。',
    '中共南岭县商务局党组',
    '2025年6月4日',
  ];
  it('is dated by its 落款', () => {
    expect(readHeader(lines, '南岭县商务局党组会议纪要').date).toBe('2025-06-04');
  });
  it('leaves a 会议记录 dated by the meeting', () => {
    expect(readHeader(lines, '南岭县商务局党组会议记录').date).toBe('2025-06-03');
  });
});

describe('a 纪要 whose 出席 names run onto a line of their own', () => {
  it('drops that line with the field', () => {
    const lines = [
      '出席：罗振华　周立新　王海东　赵丽　孙建军',
      '　　　刘芳　张宏伟',
      '会议研究了下半年重点工作。现纪要如下：',
    ];
    expect([...readHeader(lines, '县政府常务会议纪要').drop]).toEqual([0, 1]);
  });
});

describe('an endnote mark alone on a PDF line', () => {
  const item = (str: string, x: number, y: number, size = 16): PdfItem => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width: str.length * size,
  });
  it('is the mark of the line above, not a line of text', () => {
    const marks: string[] = [];
    const lines = pageLines(
      [
        item('集体经营性收入十万元以上的村达到一百二十个。', 90, 700),
        item('i', 90, 680, 10),
        item('调研发现，', 122, 660),
      ],
      0,
      marks,
    );
    expect(lines.map((l) => l.text)).toEqual(['集体经营性收入十万元以上的村达到一百二十个。', '调研发现，']);
    expect(lines[0]!.marks).toEqual(['i']);
    expect(marks).toEqual(['i']);
  });
  it('leaves a page number in small type alone as a line', () => {
    const lines = pageLines([item('第一段文字到此为止。', 90, 700), item('3', 300, 60, 10)], 0, []);
    expect(lines.map((l) => l.text)).toEqual(['第一段文字到此为止。', '3']);
  });
});
