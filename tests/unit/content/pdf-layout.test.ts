// A PDF's lines rebuilt from pdf.js text items, joined back into paragraphs, and its title found
// by type size: the rules pdf.ts applies before the text rules see the text.
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfItem, type PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs, titleLines } from '../../../electron/core/content/formats/pdf-paragraphs.js';

const item = (str: string, x: number, y: number, size = 16): PdfItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size,
});
const line = (text: string, x: number, y: number, o: { size?: number; page?: number; xEnd?: number } = {}): PdfLine => {
  const size = o.size ?? 16;
  return { text, x, xEnd: o.xEnd ?? x + text.length * size, y, size, page: o.page ?? 0 };
};

describe('PDF lines from text items', () => {
  it('joins the runs of a line, cuts at a new baseline, tabs between far cells', () => {
    const marks: string[] = [];
    const lines = pageLines(
      [
        item('县委书记', 200, 700),
        { str: ' ', transform: [16, 0, 0, 16, 264, 700], width: 20 },
        item('张明华', 284, 700),
        item('指标', 100, 600, 12),
        { str: ' ', transform: [12, 0, 0, 12, 124, 600], width: 150 },
        item('2023年', 274, 600, 12),
      ],
      0,
      marks,
    );
    expect(lines.map((l) => l.text)).toEqual(['县委书记 张明华', '指标\t2023年']);
    expect(lines[1]!.size).toBe(12);
  });

  it('drops the layout gap between Chinese and a number and after a heading number, keeps a real one', () => {
    const lines = pageLines(
      [
        item('在', 100, 700),
        { str: ' ', transform: [16, 0, 0, 16, 116, 700], width: 4 },
        { ...item('2024', 120, 700), width: 32 },
        { str: ' ', transform: [16, 0, 0, 16, 152, 700], width: 4 },
        item('年', 156, 700),
        item('一、', 100, 600),
        { str: ' ', transform: [16, 0, 0, 16, 132, 600], width: 30 },
        item('充分肯定成绩', 162, 600),
        item('坚定信心', 100, 500),
        { str: ' ', transform: [16, 0, 0, 16, 164, 500], width: 5 },
        item('真抓实干', 169, 500),
      ],
      0,
      [],
    );
    expect(lines.map((l) => l.text)).toEqual(['在2024年', '一、充分肯定成绩', '坚定信心 真抓实干']);
  });

  it('drops a small raised note mark inside a line and reads radical code points as ideographs', () => {
    const marks: string[] = [];
    const lines = pageLines(
      [item('要坚持发展思想', 100, 700), item('①', 212, 706, 9), item('，办好⺠⽣实事。', 221, 700)],
      0,
      marks,
    );
    expect(lines.map((l) => l.text)).toEqual(['要坚持发展思想，办好民生实事。']);
    expect(marks).toEqual(['①']);
  });
});

describe('PDF paragraphs', () => {
  // A 156pt-wide column from x=100: full lines end at 500.
  it('a full line runs on into the next unless that one is indented', () => {
    const lines = [
      line('同志们：', 100, 700),
      line('今年以来，全县上下认真贯彻落实上级决策部署，各项', 132, 672, { xEnd: 500 }),
      line('工作取得了新的进展。', 100, 644),
      line('我们坚持把项目建设作为稳增长的关键抓手。', 132, 616),
    ];
    expect(paragraphs(lines)).toEqual([
      '同志们：',
      '今年以来，全县上下认真贯彻落实上级决策部署，各项工作取得了新的进展。',
      '我们坚持把项目建设作为稳增长的关键抓手。',
    ]);
  });

  it('a sentence runs on over a page break and over a column break', () => {
    const lines = [
      line('要坚持问题导向，聚焦群众反映强烈的突出问题，拿出', 132, 90, { xEnd: 500 }),
      line('过硬措施，一件一件抓好落实。', 100, 760, { page: 1 }),
      line('要加强统筹协调，主要负责同志要亲', 132, 100, { page: 1, xEnd: 290, size: 12 }),
      line('自抓、负总责。', 310, 760, { page: 1, size: 12 }),
      line('要严格督查考核，对工作推进不力的，', 334, 740, { page: 1, xEnd: 490, size: 12 }),
    ];
    expect(paragraphs(lines)).toEqual([
      '要坚持问题导向，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落实。',
      '要加强统筹协调，主要负责同志要亲自抓、负总责。',
      '要严格督查考核，对工作推进不力的，',
    ]);
  });

  it('without indents: spacing, a numbered heading after a sentence, and a right-aligned 落款 part lines', () => {
    const lines = [
      line('要坚持问题导向，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落', 100, 700, { xEnd: 500 }),
      line('实。基层党组织是党在社会基层组织中的战斗堡垒，必须把抓基层打基础作为长久之', 100, 680, { xEnd: 500 }),
      line('计和固本之举。', 100, 660, { xEnd: 500 }),
      line('二、突出重点，狠抓落实', 100, 640),
      line('要加强统筹协调，主要负责同志要亲自抓、负总责，分管负责同志要具体抓、抓具体。', 100, 620, { xEnd: 500 }),
      line('安全生产工作必须警钟长鸣、常抓不懈，任何时候都不能有丝毫松懈。', 100, 590, { xEnd: 420 }),
      line('中共某某县委组织部', 400, 560, { xEnd: 500 }),
      line('2024年3月15日', 410, 540, { xEnd: 500 }),
    ];
    expect(paragraphs(lines)).toEqual([
      '要坚持问题导向，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落实。基层党组织是党在社会基层组织中的战斗堡垒，必须把抓基层打基础作为长久之计和固本之举。',
      '二、突出重点，狠抓落实',
      '要加强统筹协调，主要负责同志要亲自抓、负总责，分管负责同志要具体抓、抓具体。',
      '安全生产工作必须警钟长鸣、常抓不懈，任何时候都不能有丝毫松懈。',
      '中共某某县委组织部',
      '2024年3月15日',
    ]);
  });

  it('a wide centred subtitle goes on in its centred second line; a centred byline does not', () => {
    const lines = [
      line('——2024年1月10日在某某市第十七届人民代表大会第四次会议', 104, 700, { xEnd: 496 }),
      line('上', 292, 672),
      line('市长 李国强', 252, 644),
      line('各位代表：', 100, 616),
      line('现在，我代表市人民政府，向大会报告工作，请予审议，', 132, 588, { xEnd: 500 }),
    ];
    expect(paragraphs(lines).slice(0, 3)).toEqual([
      '——2024年1月10日在某某市第十七届人民代表大会第四次会议上',
      '市长 李国强',
      '各位代表：',
    ]);
  });
});

describe('PDF title', () => {
  it('is the largest type at the top of the first page, not the 红头 issuer mark', () => {
    const lines = [
      line('某某市人民政府文件', 100, 780, { size: 40 }),
      line('某政发〔2024〕8号', 250, 720),
      line('某某市人民政府', 230, 680, { size: 22 }),
      line('关于加快推进县域经济高质量发展的意见', 110, 646, { size: 22 }),
      line('各县（市、区）人民政府：', 100, 600),
      line('为加快推进县域经济高质量发展，现提出如下意见。', 132, 572),
    ];
    const t = titleLines(lines, 16)!;
    expect(t.title).toBe('某某市人民政府关于加快推进县域经济高质量发展的意见');
    expect(t.lines.map((l) => l.y)).toEqual([680, 646]);
  });

  it('parallel phrases over two lines join with a space; no larger type, no title', () => {
    const two = [
      line('坚定信心 真抓实干', 200, 760, { size: 26 }),
      line('奋力开创乡村振兴新局面', 170, 720, { size: 26 }),
      line('同志们：', 100, 680),
    ];
    expect(titleLines(two, 16)!.title).toBe('坚定信心 真抓实干 奋力开创乡村振兴新局面');
    // Wrapped at the text's right edge: one phrase, no space; letter-spaced: read without spaces.
    const wrapped = [
      line('坚定不移沿着中国特色社会主义道路', 100, 760, { size: 25, xEnd: 500 }),
      line('前进 为全面建成小康社会而奋斗', 110, 725, { size: 25 }),
      line('今年以来，全县上下认真贯彻落实上级决策部署，各项工作取', 100, 690, { xEnd: 500 }),
    ];
    expect(titleLines(wrapped, 16)!.title).toBe('坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗');
    const spaced = [
      line('关 于 做 好 春 季 防 火 工 作', 100, 760, { size: 22 }),
      line('的 通 知', 200, 730, { size: 22 }),
    ];
    expect(titleLines([...spaced, line('各乡镇人民政府：', 100, 700)], 16)!.title).toBe('关于做好春季防火工作的通知');
    // A heading in larger type under the salutation is no title.
    expect(titleLines([line('同志们：', 100, 760), line('一、统一思想认识', 100, 730, { size: 20 })], 16)).toBeNull();
    expect(titleLines([line('同志们：', 100, 760), line('今年以来，各项工作取得新进展。', 132, 732)], 16)).toBeNull();
  });
});
