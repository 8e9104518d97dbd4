// Shapes of the o20 round (tests/fixtures/import/real/o20-*): a 党课讲稿 under `讲课人：`/`授课人：` (the presenter
// is the speaker and the paper a 讲话), a PDF's 尾注 printed after its text, a deck's closing slide, and a flush
// speech whose long paragraphs wrap with a sentence ending at a line's end.
import { describe, expect, it } from 'vitest';
import { docxClosingSlide } from '../../../electron/core/content/formats/closing-slide.js';
import { dropClosingSlide, dropEndnotes } from '../../../electron/core/content/formats/pdf-endnotes.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;

const line = (page: number, y: number, text: string, size = 10.5, marks?: string[]): PdfLine => ({
  text,
  x: 80,
  xEnd: 80 + text.length * size,
  y,
  size,
  page,
  ...(marks ? { marks } : {}),
});
const texts = (pages: PdfLine[][]) => pages.map((p) => p.map((l) => l.text));

const LESSON = [
  '一、纪律是党的生命线',
  '党的纪律是党的各级组织和全体党员必须遵守的行为规则。严明的纪律是我们党的光荣传统和独特优势。',
  '二、守住纪律底线从我做起',
  '每一名党员都要把守纪律、讲规矩作为自己的行为准则，做到知敬畏、存戒惧、守底线。',
];

describe('o20 党课讲稿', () => {
  for (const label of ['讲课人', '授课人', '讲 课 人'])
    it(`takes the presenter under \`${label}：\` as the speaker of a 讲话`, async () => {
      const d = await doc(
        [
          '守住纪律底线　争做合格党员',
          '——第三党支部专题党课',
          `${label}：支部书记　吴敏`,
          '2025年5月28日',
          ...LESSON,
        ].join('\n'),
      );
      expect(d.speakers).toEqual([{ name: '吴敏', role: '支部书记' }]);
      expect(d.type).toBe('讲话');
      expect(d.date).toBe('2025-05-28');
    });

  it('does not make a press conference a 讲话 for its `发言人：` line', async () => {
    const d = await doc(
      [
        '南岭县2025年春耕生产新闻发布会',
        '发言人：县农业农村局局长　刘洋',
        '2025年3月10日',
        '今年全县计划春播面积四十二万亩，目前种子、化肥等农资储备充足，能够满足春耕生产需要。',
        '下一步，我们将组织农技人员深入田间地头，开展技术指导服务，确保春耕生产顺利进行。',
      ].join('\n'),
    );
    expect(d.type).not.toBe('讲话');
  });

  it('names no speaker and keeps the kind of a paper whose writer stands unlabelled', async () => {
    const d = await doc(['学习心得体会', '县财政局第二党支部　李娜', ...LESSON.slice(1, 2)].join('\n'));
    expect(d.speakers).toEqual([]);
    expect(d.type).not.toBe('讲话');
  });
});

describe('o20 PDF 尾注', () => {
  const text = [
    line(0, 700, '党的自我革命是跳出治乱兴衰历史周期率的第二个答案。', 10.5, ['i']),
    line(0, 680, '勇于自我革命是我们党区别于其他政党的显著标志。', 10.5, ['ii']),
    line(0, 660, '2025年4月15日'),
  ];
  it('drops the notes after the text that open with its raised marks in order', () => {
    const removed: { reason: string; text: string }[] = [];
    const notes = [
      line(1, 780, 'i《某书》第四卷，外文出版社2022年版。', 11),
      line(1, 760, 'ii参见《某章程》总纲部分。', 11),
    ];
    expect(texts(dropEndnotes([text, notes], removed))).toEqual([text.map((l) => l.text), []]);
    expect(removed.map((r) => r.reason)).toEqual(['尾注', '尾注']);
  });

  it('keeps the lines when not every mark opens one, or a number opens a day', () => {
    const one = [line(1, 780, 'i《某书》第四卷，外文出版社2022年版。', 11)];
    expect(texts(dropEndnotes([text, one], []))[1]).toHaveLength(1);
    const dated = [line(0, 700, '会议强调，要抓好落实。', 10.5, ['1']), line(0, 680, '1月5日，全县召开推进会。')];
    expect(texts(dropEndnotes([dated], []))[0]).toHaveLength(2);
  });
});

describe('o20 closing slide', () => {
  const slide = [line(0, 500, '一、深刻认识全面从严治党', 24), line(0, 460, '● 全面从严治党永远在路上。', 18)];
  it('drops a last page holding only a thank-you in large type', () => {
    expect(texts(dropClosingSlide([slide, [line(1, 300, '谢谢大家！', 32)]], 18, []))).toEqual([
      slide.map((l) => l.text),
    ]);
  });
  it('keeps a speech’s thank-you spilled onto a page in body type, and any other last page', () => {
    expect(dropClosingSlide([slide, [line(1, 780, '谢谢大家！', 18)]], 18, [])).toHaveLength(2);
    expect(dropClosingSlide([slide, [line(1, 300, '坚定理想信念', 32)]], 18, [])).toHaveLength(2);
  });
});

describe('o20 closing slide in Word', () => {
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const deck = (closing: string, brk: string) =>
    wordFile({
      body:
        para('学纪知纪明纪守纪') +
        para('主讲人：县纪委书记　何文斌') +
        para('一、深刻认识全面从严治党') +
        para('● 全面从严治党永远在路上，党的自我革命永远在路上。') +
        para('● 纪律是管党治党的戒尺，也是党员干部约束自身行为的标准。') +
        para('● 要把纪律规矩挺在前面，经常对照党章党规党纪检视自己。') +
        brk +
        para(closing),
    });
  it('finds a thank-you on a page of its own, and the import leaves it out', async () => {
    expect(docxClosingSlide(deck('谢谢大家！', pageBreak))).toBe('谢谢大家！');
    const d = (await importBytes('a.docx', Buffer.from(deck('谢谢！', pageBreak)))).documents[0]!;
    expect(d.paragraphs.map((p) => p.text)).not.toContain('谢谢！');
  });
  it('leaves a speech’s closing thank-you and a last page of text', () => {
    expect(docxClosingSlide(deck('谢谢大家！', ''))).toBeNull();
    expect(docxClosingSlide(deck('三、筑牢拒腐防变防线', pageBreak))).toBeNull();
  });
});

describe('o20 flush speech in PDF', () => {
  // 40 characters fill the column; paragraphs run three printed lines or more and start flush.
  const W = 40;
  const lines = (paras: string[]) => {
    const out: PdfLine[] = [];
    let y = 700;
    for (const p of paras)
      for (let i = 0; i < p.length; i += W) {
        out.push(line(0, y, p.slice(i, i + W)));
        y -= 15;
      }
    return out;
  };
  const A = `今天召开全县优化营商环境大会，主要任务是总结去年工作，分析当前形势，安排部署今年任务。${'刚才，县发展改革局通报了去年营商环境评价结果。'}这些年，我们在简政放权、放管结合、优化服务上下了很大功夫，企业开办时间压缩到一个工作日以内。下面，我讲三点意见。`;
  // B's first printed line (40 characters) ends on a sentence.
  const B =
    '第二，要突出抓好优化营商环境的重点任务。要深化审批制度改革，全面推行告知承诺制。' +
    '要加强公正监管，推行包容审慎监管，对轻微违法行为依法不予处罚。要着力破解融资难题，年内新增普惠小微贷款十五亿元以上。';
  const C =
    '第三，要凝聚强大合力。各级领导干部要当好服务企业的店小二，主动上门问需，帮助企业解决实际困难。要建立健全亲清政商关系，做到亲而有度、清而有为。县纪委监委要加强监督检查，对损害营商环境的行为发现一起、查处一起。';
  it('runs a long paragraph on past a full line that ends a sentence, and starts anew at `第三，`', () => {
    const ls = lines([A, B, C]);
    // A full line of B ends on a sentence.
    expect(ls.some((l) => l.text.length === W && l.text.endsWith('。') && B.includes(l.text))).toBe(true);
    expect(paragraphs(ls)).toEqual([A, B, C]);
  });
});
