// Round o23 shapes (tests/fixtures/import/real/o23-*): a joint 请示 whose second 签发人 stands alone under
// the first, a joint mark whose two lines a PDF ran together, a 目录 typed with leaders in a text file, and
// a 纪要 whose 时间 field gives the meeting's day but whose office signs and dates it.
import { describe, expect, it } from 'vitest';
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
