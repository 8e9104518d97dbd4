// Party papers of the o18 round (tests/fixtures/import/real/o18-*, o18h-*): 会议记录 and 记录表 in Word tables,
// a named 对照检查发言, OCR'd lines whose numbered paragraphs run onto a short tail, WeChat text with emoji and
// credits, a title whose kind word a scan split. Shown on plain text, as a Word file's paragraphs read the same.
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { splitLabelCell } from '../../../electron/core/content/formats/word-lines.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { cleanTitle } from '../../../electron/core/content/title-join.js';
import { stripEmojiEdges } from '../../../electron/core/text/emoji.js';
import { joinBrokenLines, printedLines } from '../../../electron/core/text/line-repair.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text);

const P1 = '一、支部书记王芳传达了县直机关工委关于开展党纪学习教育的部署要求。';
const P2 = '二、与会党员逐条学习了条例第二章的内容，结合岗位实际谈了认识。';

describe('o18 records', () => {
  it('types a 会议记录 or 记录表 as a document and dates it by the day in its grid row', async () => {
    for (const title of ['财政局机关支部委员会会议记录', '中心村党支部“三会一课”记录表', '第二党小组会记录']) {
      const d = await doc(
        `${title}\n会议时间\t2025年4月8日上午9:00\t会议地点\t三楼会议室\n主持人\t王芳\t记录人\t陈静\n${P1}\n${P2}\n`,
      );
      expect(d.type).toBe('文件');
      expect(d.date).toBe('2025-04-08');
    }
    // A 通知's 会议时间 is a day still to come (guard).
    const n = await doc(
      `关于召开全县党建工作会议的通知\n会议时间\t2025年4月8日上午9:00\t会议地点\t三楼会议室\n${P1}\n`,
    );
    expect(n.date).toBeNull();
  });

  it('sets a form’s label cell apart from the running text beside it (.doc rows)', () => {
    expect(splitLabelCell(`会议记录\t${P1}`)).toEqual(['会议记录', P1]);
    expect(splitLabelCell(`内　　容\t${P1}\t`)).toEqual(['内　　容', P1]);
    // Short cells of a data row stay one line (guard).
    expect(splitLabelCell('主持人\t王芳\t记录人\t陈静')).toEqual(['主持人\t王芳\t记录人\t陈静']);
  });
});

describe('o18 speakers of own reviews', () => {
  it('keeps the speaker a title names as giving the 对照检查 at the meeting', async () => {
    const body =
      '按照会议安排，下面，我代表县委常委班子作对照检查，请同志们批评指正。\n我们将逐项制定整改措施，确保问题整改到位。\n';
    const d = await doc(`李建国同志在县委常委班子2024年度民主生活会上的对照检查发言\n（2025年1月22日）\n${body}`);
    expect(d.speakers).toEqual([{ name: '李建国', role: null }]);
    const e = await doc(`王丽同志在全市组织工作会议上的交流发言\n（2025年2月27日）\n${body}`);
    expect(e.speakers.map((s) => s.name)).toEqual(['王丽']);
    // A 对照检查材料 naming its writer says nothing of a speech (guard).
    const m = await doc(`2024年度民主生活会个人对照检查材料\n县委常委、组织部部长　陈明\n${body}`);
    expect(m.speakers).toEqual([]);
  });
});

describe('o18 printed and scanned lines', () => {
  it('joins a numbered paragraph’s first printed line to its short tail', () => {
    expect(
      joinBrokenLines([
        '一、各乡镇要严格落实森林防火行政首长负责制，层层签订责任',
        '书，把责任落实到山头地块。',
        '二、各地要加强野外火源管理，在重点路口设立防火检查站，严',
        '禁携带火种进山。',
      ]),
    ).toEqual([
      '一、各乡镇要严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块。',
      '二、各地要加强野外火源管理，在重点路口设立防火检查站，严禁携带火种进山。',
    ]);
    // A heading over a paragraph longer than it stays a heading (guard).
    const headed = [
      '一、加强政治建设，筑牢思想根基',
      '各级党组织要把政治建设摆在首位，引导党员干部坚定理想信念，自觉做到两个维护。',
    ];
    expect(joinBrokenLines(headed)).toEqual(headed);
  });

  it('leaves a right-set 落款 under a finished sentence out of its paragraph (a PDF of short OCR lines)', () => {
    // (The geometry LibreOffice gives such a page: lines of a scan's measure, short of the column.)
    const line = (text: string, x: number, xEnd: number, y: number): PdfLine => ({
      text,
      x,
      xEnd,
      y,
      size: 10.5,
      page: 0,
    });
    const out = paragraphs([
      line('为深入贯彻落实全县组织工作会议精神，进一步加强村级', 80, 342, 693),
      line('后备力量建设，经镇党委研究，决定在全镇开展村级后备力', 80, 353, 678),
      line('量培养工程。现将有关事项通知如下。', 80, 258, 663),
      line('一、每村按照不少于二名的标准，从致富能手、返乡大学', 80, 342, 648),
      line('生和退役军人中选拔后备力量。', 80, 227, 633),
      { ...line('— 1 —', 283, 319, 620), size: 11 },
      line('二、镇党委对后备力量实行一人一档管理，每半年开展一次', 80, 353, 605),
      line('考核，考核结果作为村“两委”换届人选的重要依据。', 80, 332, 590),
      line('中共南岭县青石镇委员会', 406, 522, 575),
      { ...line('2025年2月26日', 431, 522, 560), size: 11 },
    ]);
    expect(out.at(-3)).toBe(
      '二、镇党委对后备力量实行一人一档管理，每半年开展一次考核，考核结果作为村“两委”换届人选的重要依据。',
    );
    expect(out.at(-2)).toBe('中共南岭县青石镇委员会');
  });

  it('reads a short speech exported a printed line a paragraph, set flush, as the page’s lines', () => {
    const lines = [
      '同志们：',
      '今天召开全县党建引领基层治理工作推进会，主要任务是总结前一阶段工作，',
      '部署下一步任务。',
      '刚才，三个乡镇作了交流发言，讲得都很好，各地要认真学习借鉴。',
      '下面，我讲三点意见。第一，要进一步提高思想认识。第二，要进一步压实工',
      '作责任。',
    ];
    expect(printedLines(lines)).toBe(true);
    // Two lines of different lengths ending on a comma are a list's items, not a page's lines (guard).
    const list = [
      '一是抓班子带队伍，选派干部到村任职，',
      '帮助理清思路。',
      '二是抓产业促增收，培育壮大茶叶、油茶和中药材产业，',
      '带动农户增收。',
    ];
    expect(printedLines(list)).toBe(false);
  });

  it('joins the gap a scan left inside a title’s kind word', () => {
    expect(cleanTitle('关于实施村级后备力量培养工程的通 知')).toBe('关于实施村级后备力量培养工程的通知');
    // Parallel phrases of a headline keep their space (guard).
    expect(cleanTitle('真抓实干 久久为功')).toBe('真抓实干 久久为功');
  });
});

describe('o18 WeChat text', () => {
  it('drops emoji at a line’s edges, never a document’s own symbols', () => {
    expect(stripEmojiEdges('🔥青石镇：党员志愿服务队走进田间地头助春耕')).toBe(
      '青石镇：党员志愿服务队走进田间地头助春耕',
    );
    expect(stripEmojiEdges('白沙镇“红色管家”上岗啦✨')).toBe('白沙镇“红色管家”上岗啦');
    expect(stripEmojiEdges('✍️文字：陈晓')).toBe('文字：陈晓');
    expect(stripEmojiEdges('★1年')).toBe('★1年');
    expect(stripEmojiEdges('√ 正确')).toBe('√ 正确');
  });

  it('reads a post’s title, closing 来源 and credits through the emoji', async () => {
    const d = await doc(
      '🔥青石镇：党员志愿服务队走进田间地头助春耕\n原创 南岭组工 中共南岭县委组织部 2025-03-18 18:30 发表于湖南\n\n' +
        '🌱春回大地，农事正忙。3月15日，青石镇组织党员志愿服务队走进田间地头，帮助群众开展春耕生产。\n\n' +
        '下一步，青石镇将持续开展“党员进田间”志愿服务，确保春耕生产有序推进。\n\n💡来源：青石镇党委\n📷图片：王军\n✍️文字：陈晓\n👇👇👇\n阅读原文\n',
    );
    expect(d.title).toBe('青石镇：党员志愿服务队走进田间地头助春耕');
    expect(d.source).toBe('青石镇党委');
    expect(bodyOf(d).join('\n')).not.toMatch(/王军|陈晓|👇/);
    expect(bodyOf(d)[0]).toBe(
      '春回大地，农事正忙。3月15日，青石镇组织党员志愿服务队走进田间地头，帮助群众开展春耕生产。',
    );
  });
});
