// Shapes of the o22 round (tests/fixtures/import/real/o22-*): a 党课讲稿 whose 副题 names it
// (`——在……上的专题党课`) with no `主讲人：` label; a 落款's `（盖章）` blank; a PDF line that stops short inside
// an open bracket because the unbreakable `〔2022〕11号` went down to the next line; a 纪要's issue head whose
// office line carries the day in numerals.
import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { body, wordFile } from '../../fixtures/import/gen/word-xml.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;

const LESSON = [
  '同志们：',
  '今天，我和大家一起学习交流，主要讲两个方面的内容。',
  '一、理想信念是共产党人的精神之钙',
  '理想信念坚定，骨头就硬，没有理想信念，或者理想信念不坚定，精神上就会“缺钙”。',
  '二、在本职岗位上践行初心使命',
  '每一名党员都要从党的光辉历史中汲取力量，在本职岗位上担当作为。',
];

describe('o22 党课讲稿', () => {
  it('reads a 副题 ending in 党课 as a talk given, with the post and name under it', async () => {
    const d = await doc(
      [
        '筑牢信仰之基',
        '——在县委党校春季主体班上的专题党课',
        '县委党校副校长　林晓峰',
        '（2024年6月28日）',
        ...LESSON,
      ].join('\n'),
    );
    expect(d.type).toBe('讲话');
    expect(d.title).toBe('筑牢信仰之基');
    expect(d.speakers).toEqual([{ name: '林晓峰', role: '县委党校副校长' }]);
  });

  it('leaves a 副题 that only mentions 党课 in its middle to the other rules', async () => {
    const d = await doc(
      ['党课教育的几点思考', '——以党课为抓手推进学习型党组织建设的调查', '2024年6月28日', ...LESSON.slice(2)].join(
        '\n',
      ),
    );
    expect(d.type).not.toBe('讲话');
  });
});

describe("o22 落款 with the seal's blank", () => {
  for (const blank of ['（盖章）', '(单位公章)'])
    it(`drops \`${blank}\` between the organ and the day, keeping the day`, async () => {
      const d = await doc(
        [
          '关于做好城乡环境综合整治工作的通知',
          '各乡镇人民政府，县政府各部门：',
          '现就做好2024年城乡环境综合整治工作通知如下。',
          '一、各乡镇要开展农村生活垃圾集中清理行动，在5月底前完成陈年垃圾清理。',
          '南岭县人民政府办公室',
          blank,
          '二〇二四年四月二十二日',
        ].join('\n'),
      );
      expect(d.paragraphs.map((p) => p.text)).not.toContain(blank);
      expect(d.date).toBe('2024-04-22');
    });
});

describe('o22 PDF line short inside an open bracket', () => {
  // 28 characters fill the column at 10.5 pt; paragraphs start indented by two characters. Each line's
  // printed width is given in characters (half-width digits take half).
  const line = (y: number, text: string, width: number, indent = 0): PdfLine => ({
    text,
    x: 80 + indent * 10.5,
    xEnd: 80 + (indent + width) * 10.5,
    y,
    size: 10.5,
    page: 1,
  });
  const FIRST = '为做好全县城乡环境综合整治工作，巩固提升整治成果，现';
  const NEXT = '〔2022〕11号）要求，各乡镇要在5月底前完成陈年垃圾清';
  it('runs on after a line that stops four characters short with `（` left open', () => {
    const ls = [
      line(700, FIRST, 26, 2),
      line(685, '将有关事项通知如下。根据《行动方案》（南政发', 24),
      line(670, NEXT, 28),
      line(655, '理，县直有关部门要加强督促指导。', 16),
      line(640, '一、各乡镇要开展农村生活垃圾集中清理行动。', 21, 2),
    ];
    expect(paragraphs(ls)).toHaveLength(2);
  });

  it('still ends a paragraph at a line as short whose brackets are closed', () => {
    const ls = [
      line(700, FIRST, 26, 2),
      line(685, '将有关事项通知如下。根据《行动方案》（南政发）', 24),
      line(670, '各乡镇要在5月底前完成陈年垃圾清理，县直有关部门要加强督促指', 28),
      line(655, '导。', 2),
    ];
    expect(paragraphs(ls)).toHaveLength(2);
  });
});

describe('o22 纪要 issue head dated in numerals', () => {
  it('takes the office and the numeral day from the line under the 期号 (Word)', async () => {
    const file = wordFile({
      body: body([
        '城关镇党委会议纪要',
        '第4期',
        '城关镇党政办公室　　　　二〇二四年三月二十九日',
        '3月28日上午，镇党委书记刘建国主持召开镇党委会议，研究部署春季防火工作。现纪要如下：',
        '一、会议要求，各村要在清明节前组织开展一次森林防火隐患排查，重点管控祭祀用火。',
      ]),
    });
    const d = (await importBytes('a.docx', Buffer.from(file))).documents[0]!;
    expect(d.title).toBe('城关镇党委会议纪要');
    expect(d.date).toBe('2024-03-29');
    expect(d.source).toBe('城关镇党政办公室');
  });
});
