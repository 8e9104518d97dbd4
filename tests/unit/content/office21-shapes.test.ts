// Shapes of the o21 round (tests/fixtures/import/real/o21-*, o21h-*): a speech head in a PDF text box (drawn
// last), a browser-printed page's title from the print header, kinds of a 心得体会 naming a 条例 and of a
// 工作总结, a 中心组 集体学习 numbered by its session, OCR lines with half-width commas, a 讲话汇编 under a cover.
import { describe, expect, it } from 'vitest';
import { liftBoxedHead } from '../../../electron/core/content/formats/pdf-boxed-head.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { printTitle } from '../../../electron/core/content/formats/pdf-print-title.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { speechStarts } from '../../../electron/core/content/speech-heads.js';
import { joinBrokenLines } from '../../../electron/core/text/line-repair.js';
import { fullWidthCjkPunctuation } from '../../../electron/core/text/normalize.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const line = (text: string, y: number, size = 10.5): PdfLine => ({ text, x: 90, xEnd: 500, y, size, page: 0 });

describe('o21 PDF text box at the head', () => {
  it('moves the lines drawn last above the first page’s first line back to its top, in order', () => {
    const body = [
      line('同志们：', 700),
      line('这次会议的主要任务是，部署今年重点任务。', 680),
      line('一、提高政治站位', 660),
    ];
    const box = [
      line('在全县基层党建工作会议上的讲话', 780, 22),
      line('县委书记 周建国', 750),
      line('（2025年1月22日）', 730),
    ];
    const out = liftBoxedHead([[...body, ...box.slice(1), box[0]!]]);
    expect(out[0]!.map((l) => l.text)).toEqual([...box, ...body].map((l) => l.text));
  });

  it('leaves a page read top to bottom, and later pages, as they are', () => {
    const page = [line('标题', 780, 22), line('正文第一行，写得很长。', 700), line('正文第二行。', 680)];
    expect(liftBoxedHead([page, page])).toEqual([page, page]);
  });
});

describe('o21 browser-printed page', () => {
  const removed = () => [
    { reason: '页眉', text: '2025/6/3 09:15\t县委理论学习中心组举行2025年第五次集体学习_南岭县人民政府' },
    { reason: '页脚', text: 'https://www.nanling.gov.cn/zwgk/t20250528_1.html\t1/2' },
  ];
  const texts = [
    '南岭县人民政府',
    '县委理论学习中心组举行2025年第五次集体学习',
    '5月27日，县委理论学习中心组举行集体学习。',
  ];

  it('takes the title the print header names, without the site, and the masthead above it', () => {
    const r = removed();
    expect(printTitle(texts, r)).toEqual({ title: texts[1], texts: [texts[2]] });
    expect(r.at(-1)).toEqual({ reason: '网页页头', text: '南岭县人民政府' });
  });

  it('keeps a hyphen of the title’s own when cutting the site off', () => {
    const head = [{ reason: '页眉', text: '2025/9/1 08:02\t县教育局2024-2025学年工作要点 - 南岭县教育局' }];
    expect(printTitle(['县教育局2024-2025学年工作要点', texts[2]!], head)?.title).toBe('县教育局2024-2025学年工作要点');
  });

  it('takes nothing when no line reads as the tab’s title, or prose stands above it', () => {
    expect(printTitle(['南岭县人民政府', '另一篇文章的标题', texts[2]!], removed())).toBeNull();
    expect(printTitle([texts[2]!, texts[1]!], removed())).toBeNull();
    expect(printTitle(texts, [{ reason: '页眉', text: '南岭县人民政府' }])).toBeNull();
  });
});

describe('o21 kinds', () => {
  it('a 心得体会 whose title names a 条例 is an article, not the 条例', async () => {
    const d = await doc(
      '学习《中国共产党纪律处分条例》心得体会\n\n通过学习，我深刻认识到，纪律是管党治党的戒尺，也是党员干部约束自身行为的标准。\n\n县林业局机关党支部　黄丽\n二〇二四年三月五日\n',
    );
    expect(d.type).toBe('文章');
    expect(d.date).toBe('2024-03-05');
  });

  it('a unit’s 工作总结 (and 工作安排) is a paper handed up', async () => {
    const d = await doc(
      '南岭县农业农村局2024年工作总结和2025年工作安排\n\n2024年，在县委、县政府的坚强领导下，县农业农村局扎实推进各项工作，全年目标任务圆满完成。\n',
    );
    expect(d.type).toBe('文件');
  });

  it('a 中心组 集体学习 numbered by its session is reported as a meeting', async () => {
    const d = await doc(
      '县委理论学习中心组举行2025年第五次集体学习\n\n5月27日，县委理论学习中心组围绕加强党的作风建设进行交流研讨。\n\n会议强调，作风建设永远在路上，永远没有休止符，要持续用力、久久为功。\n',
    );
    expect(d.type).toBe('会议报道');
  });
});

describe('o21 OCR lines', () => {
  it('joins a numbered line that fills the page’s measure to the line it runs on into', () => {
    const lines = [
      '为认真贯彻落实县委关于开展作风建设年活动的部署要求,进一步',
      '转变工作作风,提高办事效率,经局党组研究,决定在全局开展“马上',
      '就办、办就办好”专项行动。现将有关事项通知如下：',
      '一、各股室要梳理本股室承担的服务事项,对能够当场办结的,一律',
      '当场办结;对不能当场办结的,要一次性告知办理时限和所需材料。',
    ];
    expect(joinBrokenLines(lines)).toEqual([lines.slice(0, 3).join(''), lines.slice(3).join('')]);
    // A heading with a comma, shorter than the measure, stays a line of its own.
    const heading = ['一、加强政治建设，筑牢思想根基', ...lines.slice(0, 3)];
    expect(joinBrokenLines(heading)[0]).toBe(heading[0]);
  });

  it('sets half-width commas, semicolons and colons between Chinese characters full-width', () => {
    expect(fullWidthCjkPunctuation('提高办事效率,经局党组研究;决定如下:')).toBe(
      '提高办事效率，经局党组研究；决定如下：',
    );
    expect(fullWidthCjkPunctuation('上午8:30, Room 1,000 人')).toBe('上午8:30, Room 1,000 人');
  });
});

describe('o21 讲话汇编 under a cover', () => {
  const speech = (title: string, by: string, day: string) => [
    title,
    by,
    day,
    '同志们：',
    '这次会议的主要任务是，全面贯彻上级会议精神，总结去年工作，部署今年工作。',
    '今年全县经济工作要坚持稳中求进工作总基调，推动高质量发展取得新成效。',
  ];
  it('leaves the cover out and starts a document at each speech', () => {
    const lines = [
      '全县经济工作会议领导讲话汇编',
      '中共南岭县委办公室 编',
      '2025年2月',
      ...speech('在全县经济工作会议上的讲话', '县委书记 王立军', '（2025年2月10日）'),
      ...speech('在全县经济工作会议结束时的讲话', '县委副书记 刘志刚', '（2025年2月11日）'),
    ];
    expect(speechStarts(lines)).toEqual([3, 9]);
  });

  it('splits nothing under a cover that names no collection', () => {
    const lines = [
      '南岭县2025年工作',
      '2025年2月',
      ...speech('在全县经济工作会议上的讲话', '县委书记 王立军', '（2025年2月10日）'),
      ...speech('在全县经济工作会议结束时的讲话', '县委副书记 刘志刚', '（2025年2月11日）'),
    ];
    expect(speechStarts(lines)).toEqual([]);
  });
});
