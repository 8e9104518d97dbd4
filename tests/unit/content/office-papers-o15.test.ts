// Party and government papers of the o15 round (tests/fixtures/import/real/o15-*, o15h-*): labels spaced
// with ideographic spaces in plain text, a printer's line beside each page number, a 倡议书 whose title
// names a slogan, a 述职报告's or 民主生活会 发言提纲's writer (no speaker), a cover's `党 课 讲 稿`, a unit
// alone under a title, a byline centred over two PDF columns. The rules read lines, so plain text shows
// them as a Word file's paragraphs do.
import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '通过参加局党组组织的集中学习，我对党的二十届三中全会精神有了更加深入的理解，深受教育和启发。',
  '全会对进一步全面深化改革作出系统部署，为我们做好本职工作指明了方向，提供了根本遵循。',
];
const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
const indented = PROSE.map((p) => `　　${p}`).join('\n');

describe('o15 labels spaced with ideographic spaces in plain text', () => {
  it('keeps `日　　期：` whole: the writer’s fields leave the body and the 日期 field dates the paper', async () => {
    const d = await doc(
      `学习心得体会\n\n姓　　名：孙丽\n单　　位：南岭县财政局\n日　　期：2025年3月6日\n\n${indented}\n`,
    );
    expect(d.date).toBe('2025-03-06');
    expect(bodyOf(d)).not.toMatch(/孙丽|南岭县财政局|期：/);
    expect(d.speakers).toEqual([]);
  });

  it('reads a 纪要’s `时　　间：` row as its day', async () => {
    const d = await doc(
      `理论学习中心组集体学习会议纪要\n\n时　　间：2025年2月20日上午\n地　　点：镇政府二楼会议室\n参会人员：刘洋　赵磊\n\n${indented}\n`,
    );
    expect(d.date).toBe('2025-02-20');
    expect(bodyOf(d)).not.toMatch(/二楼会议室|赵磊/);
  });

  it('still breaks a line at a full-width indent after a sentence (guard)', async () => {
    const d = await doc(`学习心得体会\n${PROSE[0]}　　${PROSE[1]}\n`);
    expect(d.paragraphs.map((p) => p.text)).toEqual(PROSE);
  });
});

describe('o15 text copied out of a printed file', () => {
  const speech = (foot: string, second: string) =>
    `在全县工作推进会上的讲话\n县委副书记　王建华\n（2025年3月18日）\n同志们：\n　　${PROSE[0]}\n${foot}\n第 1 页 共 2 页\n　　${PROSE[1]}\n${second}\n第 2 页 共 2 页\n`;

  it('drops a short line met beside two page numbers (the printer’s running line)', async () => {
    const d = await doc(speech('南岭县农业农村局翻印', '南岭县农业农村局翻印'));
    expect(bodyOf(d)).not.toContain('翻印');
    expect(bodyOf(d)).toContain(PROSE[1]);
  });

  it('keeps a line met beside a page number once (guard)', async () => {
    const d = await doc(speech('二、突出重点抓好落实', '三、强化保障'));
    expect(bodyOf(d)).toContain('二、突出重点抓好落实');
  });
});

describe('o15 a slogan in a title', () => {
  it('keeps a 倡议书’s title that names the 光盘行动', async () => {
    const d = await doc(`关于开展“光盘行动”厉行勤俭节约的倡议书\n全县广大干部职工：\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe('关于开展“光盘行动”厉行勤俭节约的倡议书');
  });

  it('still drops a slogan line (guard)', async () => {
    const d = await doc(`关于做好节约工作的通知\n${PROSE[0]}\n光盘行动　从我做起\n${PROSE[1]}\n`);
    expect(bodyOf(d)).not.toContain('从我做起');
  });
});

describe('o15 papers on the writer’s own work name no speaker', () => {
  it('reads no speaker from a 述职报告’s or 民主生活会 发言提纲’s post and name', async () => {
    const papers: [string, string][] = [
      ['2024年度个人述职述廉报告', '南岭县农业农村局局长　陈刚'],
      ['县委常委班子2024年度民主生活会个人发言提纲', '县委常委、宣传部部长　李娜'],
    ];
    for (const [title, by] of papers) {
      const d = await doc(`${title}\n${by}\n（2025年1月20日）\n${PROSE.join('\n')}\n`);
      expect(d.speakers).toEqual([]);
      expect(bodyOf(d)).not.toContain(by.slice(-2));
    }
  });

  it('keeps the speaker of a leader’s speech at a 述职评议 meeting (guard)', async () => {
    const d = await doc(
      `在2024年度基层党组织书记抓党建述职评议会议上的讲话\n县委书记　黄志明\n（2025年1月10日）\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(d.speakers).toEqual([{ name: '黄志明', role: '县委书记' }]);
  });

  it('keeps the speaker of a leader’s speech at a 民主生活会 (guard)', async () => {
    const d = await doc(
      `在县委常委班子民主生活会上的讲话\n市委副书记　王立新\n（2025年1月20日）\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(d.speakers).toEqual([{ name: '王立新', role: '市委副书记' }]);
  });
});

describe('o15 a cover page', () => {
  it('reads `党 课 讲 稿` over the title as the cover’s kind, and the title printed again as no text', async () => {
    const d = await doc(
      `党 课 讲 稿\n坚定理想信念赓续红色血脉\n主讲人：青石镇党委书记　刘洋\n二〇二五年六月\n坚定理想信念赓续红色血脉\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(d.title).toBe('坚定理想信念赓续红色血脉');
    expect(d.speakers).toEqual([{ name: '刘洋', role: '青石镇党委书记' }]);
    expect(bodyOf(d)).not.toMatch(/赓续红色血脉|讲 稿/);
  });

  it('keeps a title that is the word alone over a salutation (guard)', async () => {
    const d = await doc(`讲话稿\n同志们：\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe('讲话稿');
  });
});

describe('o15 a unit alone under the title', () => {
  it('drops the town’s government under a 总结’s title and names no publisher', async () => {
    const d = await doc(`石桥镇2025年上半年工作总结\n南岭县石桥镇人民政府\n${PROSE.join('\n')}\n2025年6月28日\n`);
    expect(bodyOf(d)).not.toContain('南岭县石桥镇人民政府');
    expect(d.source).toBeNull();
  });

  it('keeps a headline’s phrase that ends as an organ’s name does (guard)', async () => {
    const d = await doc(`学习材料\n统筹发展和安全　以新安全格局保障新发展格局\n${PROSE.join('\n')}\n`);
    expect(bodyOf(d)).toContain('新发展格局');
  });
});

describe('o15 a byline over two PDF columns', () => {
  const line = (text: string, x: number, xEnd: number, y: number): PdfLine => ({
    text,
    x,
    xEnd,
    y,
    size: 10.5,
    page: 0,
  });
  it('does not run a byline centred over the column gap into the first column’s text', () => {
    const out = paragraphs([
      line('南岭县委党校 王海', 250, 345, 695),
      line('抓落实是党的政治路线、思想路线、群众路线的根本要', 90, 290, 680),
      line('求，也是衡量领导干部党性和政绩观的重要标志。', 90, 280, 665),
      line('钉钉子往往不是一锤子就能钉好的，而是要一锤一锤接', 305, 505, 680),
      line('着敲，直到把钉子钉实钉牢。', 305, 420, 665),
    ]);
    expect(out[0]).toBe('南岭县委党校 王海');
  });
});

describe('o15 held out: a 纪要’s leaders and units, a Party school over a cover’s day', () => {
  it('drops `出席领导：` and `参会单位：` lines under a 纪要’s title', async () => {
    const d = await doc(
      `全县重点项目建设调度会议纪要\n时间：2025年4月9日上午\n出席领导：孙建平　赵立华\n参会单位：县发展和改革局、县财政局\n${PROSE.join('\n')}\n`,
    );
    expect(d.date).toBe('2025-04-09');
    expect(bodyOf(d)).not.toMatch(/赵立华|县财政局/);
    expect(d.speakers).toEqual([]);
  });

  it('drops a Party school’s name over the day on a 党课 cover, and reads the day', async () => {
    const d = await doc(
      `弘扬伟大建党精神\n宣讲人：县委党校副校长　吴敏\n中共南岭县委党校\n2025年7月1日\n同志们：\n${PROSE.join('\n')}\n`,
    );
    expect(d.date).toBe('2025-07-01');
    expect(bodyOf(d)).not.toContain('中共南岭县委党校');
    expect(d.source).toBeNull();
  });
});
