// Party and government papers of the o14 round (tests/fixtures/import/real/o14-*, o14h-*): a 落款 day
// typed with a full-width zero, a title broken after its organ's `关于……`, a 纪要's attendance fields,
// a form's grid row of the writer's fields, a speaker's post and name on two lines, a 汇编 piece's own
// `来源：` line, a PDF's bracketed note line and a 目录 entry that lost its gap. The rules read lines,
// so plain text shows them as a Word file's paragraphs do.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { findDate } from '../../../electron/core/content/dates.js';
import { dropToc } from '../../../electron/core/content/formats/pdf-furniture.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '会议传达学习了上级有关文件精神，研究部署支部党纪学习教育工作，全体党员要以高度的政治自觉抓好学习。',
  '会议要求，要抓好集中学习，每月至少开展一次专题学习，推动学习成果转化为工作实效。',
];
const docs = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents;
const doc = async (text: string) => (await docs(text))[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

describe('o14 dates', () => {
  it('reads a Chinese-numeral year typed with a full-width zero or letter O', () => {
    expect(findDate('二０二四年三月十五日')).toBe('2024-03-15');
    expect(findDate('二Ｏ二四年六月三日')).toBe('2024-06-03');
  });

  it('reads no Arabic year as a Chinese one (guard)', () => {
    expect(findDate('2024年三月五日')).toBeNull();
  });
});

describe('o14 titles over two lines', () => {
  it('joins an organ’s `关于……` line that does not end as a title to the line that does', async () => {
    for (const [a, b] of [
      ['中共南岭县委关于加强新时代', '基层党组织建设的意见'],
      ['南岭县人民政府关于印发南岭县', '2024年重点民生实事项目的通知'],
    ]) {
      const d = await doc(`${a}\n${b}\n${PROSE.join('\n')}\n`);
      expect(d.title).toBe(`${a}${b}`);
    }
  });

  it('keeps a whole title apart from the line under it (guard)', async () => {
    const d = await doc(`南岭县人民政府关于做好防汛工作的通知\n各乡镇人民政府，县政府各部门：\n${PROSE.join('\n')}\n`);
    expect(d.title).toBe('南岭县人民政府关于做好防汛工作的通知');
  });
});

describe('o14 纪要 attendance', () => {
  it('drops the attendance fields under a 纪要’s title, spaced or not, and reads no speaker', async () => {
    const head = [
      '时间：2024年4月2日下午',
      '主持：王海燕',
      '出席：王海燕　陈刚　李娜',
      '列　席：局机关党委专职副书记　周强',
      '请假：无',
      '记 录：孙丽',
    ];
    const d = await doc(`机关第二党支部支部委员会会议纪要\n${head.join('\n')}\n${PROSE.join('\n')}\n`);
    for (const l of ['王海燕', '周强', '孙丽', '请假']) expect(bodyOf(d)).not.toContain(l);
    expect(d.speakers).toEqual([]);
    expect(d.date).toBe('2024-04-02');
  });
});

describe('o14 writer fields', () => {
  it('drops a form’s grid row of the writer’s fields (label and value in cells)', async () => {
    for (const row of ['姓　名\t李明\t所在支部\t机关第一党支部', '职务\t副局长\t所在党支部\t局机关党支部']) {
      const d = await doc(`党员学习心得体会登记表\n${row}\n${PROSE.join('\n')}\n`);
      expect(bodyOf(d)).not.toContain(row.split('\t')[3]!);
      expect(d.speakers).toEqual([]);
    }
  });

  it('keeps a grid row whose labels are no writer’s fields (guard)', async () => {
    const d = await doc(`党员学习心得体会登记表\n学习内容\t《中国共产党纪律处分条例》\n${PROSE.join('\n')}\n`);
    expect(bodyOf(d)).toContain('学习内容');
  });
});

describe('o14 speaker post and name on two lines', () => {
  it('reads the post over the spaced name as one byline', async () => {
    const d = await doc(
      `以高质量组织工作服务保障现代化建设\n——在全市组织工作会议上的讲话\n市委常委、组织部部长\n李　强\n（2024年2月20日）\n${PROSE.join('\n')}\n`,
    );
    expect(d.speakers).toEqual([{ name: '李强', role: '市委常委、组织部部长' }]);
    expect(bodyOf(d)).not.toContain('组织部部长');
  });

  it('reads no speaker from the post and name over a 对照检查 (guard: his own review)', async () => {
    const d = await doc(`2024年度民主生活会个人对照检查材料\n县委常委、组织部部长\n王志强\n${PROSE.join('\n')}\n`);
    expect(d.speakers).toEqual([]);
  });
});

describe('o14 汇编 pieces', () => {
  it('gives a piece the source its own `来源：` line names', async () => {
    const text = [
      '学习材料汇编',
      '目　录',
      '在全县宣传思想文化工作会议上的讲话\t1',
      '以学促干　推动理论武装走深走实\t4',
      '在全县宣传思想文化工作会议上的讲话',
      '县委书记　张明',
      '（2024年4月10日）',
      ...PROSE,
      '以学促干　推动理论武装走深走实',
      '来源：南岭日报',
      ...PROSE.map((p) => p.replace('会议', '我们')),
    ].join('\n');
    const d = await docs(text);
    expect(d.map((x) => [x.title, x.source])).toEqual([
      ['在全县宣传思想文化工作会议上的讲话', null],
      ['以学促干 推动理论武装走深走实', '南岭日报'],
    ]);
    expect(bodyOf(d[1]!)).not.toContain('来源');
  });
});

describe('o14 a scan read into Word', () => {
  const OCR = [
    '党建引领网格治理',
    '近年来，我镇坚持以党建引领乡村治理，探索形成了“一',
    '网格一支部”的工作机制，推动基层治理效能持续提升。',
    '一是建强网格党组织。全镇划分网格四十二个，每个网格',
    '都建立了党支部或党小组，实现党的组织全覆盖。',
    '二是配强网格力量。选派镇村干部担任网格长，吸纳党员',
    '志愿者担任网格员，形成了上下联动的工作格局。',
    '群众反映的问题解决率达到百分之九十六，信访总量同比',
    '下降百分之三十，群众满意度明显提升。',
  ];
  it('joins a printed page’s lines, each its own paragraph, back into sentences', () => {
    const { lines } = cleanText(OCR.join('\n'), 'blocks', true);
    expect(lines.filter(Boolean)).toEqual([
      OCR[0],
      OCR[1]! + OCR[2],
      OCR[3]! + OCR[4],
      OCR[5]! + OCR[6],
      OCR[7]! + OCR[8],
    ]);
  });

  it('keeps a Word list whose items end without a full stop as it is (guard: no common measure)', () => {
    const list = [
      '一是加强理论学习，提高政治站位',
      '深入学习党的创新理论，做到学思用贯通、知信行统一',
      '二是加强作风建设，坚决纠治形式主义',
      '持续为基层减负，让干部把更多精力放到抓落实上',
      '三是加强纪律建设，推动全面从严治党向纵深发展',
      '严格执行中央八项规定精神，驰而不息纠治“四风”',
    ];
    expect(cleanText(list.join('\n'), 'blocks', true).lines.filter(Boolean)).toEqual(list);
  });
});

describe('o14 PDF lines', () => {
  const line = (text: string, x: number, xEnd: number, y: number, page = 0): PdfLine => ({
    text,
    x,
    xEnd,
    y,
    size: 10.5,
    page,
  });

  it('ends a paragraph on a line that is one bracket, however wide', () => {
    const out = paragraphs([
      line('（2024年3月28日中国共产党南岭县第十五届委员会第七次全体会议通过）', 79, 516, 700),
      line('为深入学习贯彻党的二十大精神，加快建设现代化产业体系，推动全县经济高', 79, 516, 684),
      line('质量发展，作出如下决定。', 79, 331, 668),
    ]);
    expect(out).toEqual([
      '（2024年3月28日中国共产党南岭县第十五届委员会第七次全体会议通过）',
      '为深入学习贯彻党的二十大精神，加快建设现代化产业体系，推动全县经济高质量发展，作出如下决定。',
    ]);
  });

  it('takes a 目录 entry whose page number lost its gap when its title comes back (wrapped) later', () => {
    const removed: { reason: string; text: string }[] = [];
    const toc = [
      line('目 录', 250, 280, 700, 1),
      line('在全县宣传思想文化工作会议上的讲话\t1', 79, 516, 680, 1),
      line('关于开展2024年“书香南岭”全民阅读活动的通知6', 79, 330, 660, 1),
    ];
    const later = [line('关于开展2024年“书香南岭”全民阅读活', 79, 516, 700, 2), line('动的通知', 79, 130, 680, 2)];
    const first = [line('在全县宣传思想文化工作会议上的讲话', 79, 516, 700, 3)];
    expect(dropToc([toc, first, later], removed)[0]).toEqual([]);
    expect(removed.map((r) => r.text)).toContain('关于开展2024年“书香南岭”全民阅读活动的通知\t6');
  });

  it('keeps a line ending on a number whose text never comes back (guard)', () => {
    const toc = [
      line('目 录', 250, 280, 700),
      line('第一部分\t1', 79, 516, 680),
      line('全县共建成示范点12', 79, 330, 660),
    ];
    expect(
      dropToc([toc], [])
        .flat()
        .map((l) => l.text),
    ).toEqual(['全县共建成示范点12']);
  });
});
