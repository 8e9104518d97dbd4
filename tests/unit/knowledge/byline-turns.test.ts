// Pages of several people's remarks under bylines (发言摘登, 发言摘要, 代表发言; round speakers25,
// tests/eval/knowledge/local-docs/t25-*): each byline opens a turn up to the next one; a certain name
// gives its turn a speaker, a post alone gives none, and words the turn retells of others stay theirs.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';

const names = (paragraphs: string[]) => bylineTurns(paragraphs).map((t) => (t ? (t.name ?? '∅') : '-'));

const credited = (type: string, paragraphs: string[]) =>
  quoteCandidates({ paragraphs: paragraphs.map((text) => ({ kind: 'p' as const, text })), type, speakers: [] }).map(
    (c) => `${c.speaker ?? '∅'}: ${c.text}`,
  );

describe('byline turns', () => {
  it('`职务 姓名：` lines: each turn runs to the next byline, and ends before a closing note', () => {
    expect(
      names([
        '编者按：县里召开座谈会。现将部分发言摘登如下。',
        '桃源镇党委书记 周立新：',
        '基层党建必须接地气、起实效。',
        '县委组织部部长 韩雪梅：',
        '抓基层党建，各级党组织书记是第一责任人。',
        '（本报记者 田野 整理）',
      ]),
    ).toEqual(['-', '周立新', '周立新', '韩雪梅', '韩雪梅', '-']);
  });

  it('a host’s or a reporter’s label ends the turn before it', () => {
    expect(
      names([
        '桃源镇党委书记 周立新：',
        '基层党建必须接地气、起实效。',
        '主持人：下面请县委组织部部长发言。',
        '县委组织部部长 韩雪梅：',
        '抓基层党建，各级党组织书记是第一责任人。',
        '记者：下一步有什么打算？',
      ]),
    ).toEqual(['周立新', '周立新', '-', '韩雪梅', '韩雪梅', '-']);
  });

  it('`姓名（职务）` lines, a three-character name jieba cuts (祁来/x 顺/p) and a compound surname (欧阳春华)', () => {
    expect(
      names([
        '祁来顺（桃源镇党委书记）',
        '产业兴旺了，乡村振兴就有了底气。',
        '欧阳春华（白沙镇党委书记）',
        '干部作风好不好，群众心里有杆秤。',
      ]),
    ).toEqual(['祁来顺', '祁来顺', '欧阳春华', '欧阳春华']);
  });

  it('`■ 姓名 职务` and `■ 姓名 代表（职务）` lines; a byline by post alone is nobody’s turn', () => {
    expect(
      names([
        '■ 司马国栋 代表（河西镇党委书记）',
        '项目是发展的生命线，抓项目就是抓发展。',
        '■ 代表（东坪村党支部书记）',
        '报告让我们基层干部心里更有底了。',
        '■ 邹文斌 县委副书记、县长',
        '传统产业改造升级了，同样能长出新质生产力。',
      ]),
    ).toEqual(['司马国栋', '司马国栋', '∅', '∅', '邹文斌', '邹文斌']);
  });

  it('a run-in byline `职务 姓名：……` starts the words after its colon', () => {
    const p = '鑫源机械公司董事长 沈海涛：企业是创新的主体，也是创新的受益者。';
    const [first, second] = bylineTurns([p, '河口市委书记 高振宇：对企业的合理诉求，各部门要马上办。']);
    expect(first).toEqual({ name: '沈海涛', at: p.indexOf('企业') });
    expect(second?.name).toBe('高振宇');
  });

  it('no space between post and name: a name only when one split leaves a post and a name', () => {
    expect(names(['县委书记李国强：', '大事要事。', '县委组织部部长韩雪梅：', '要事。'])).toEqual([
      '李国强',
      '李国强',
      '韩雪梅',
      '韩雪梅',
    ]);
  });

  it('one byline, or bylines by post alone, make no turns (a signed article, an unnamed 表态)', () => {
    expect(names(['县委书记 李国强', '基层是一切工作的落脚点。'])).toEqual(['-', '-']);
    expect(names(['县应急管理局负责人：', '隐患就是事故。', '某化工企业负责人：', '企业是责任主体。'])).toEqual([
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('a byline whose name is not certain gives no turn but ends the one before; a subtitle goes with the next', () => {
    expect(
      names([
        '徐贵祥(中国作协副主席)',
        '文学要为时代立传。',
        '肩上越是沉重,信念越是巍峨',
        '舒  婷(福建文联副主席)',
        '也许泪水流尽',
        '梁鸿鹰(《文艺报》社总编辑)',
        '有人类社会就有各种夺命的危难。',
        '高洪波(中国作协副主席)',
        '作家要深入生活。',
      ]),
    ).toEqual(['徐贵祥', '徐贵祥', '-', '-', '-', '-', '-', '高洪波', '高洪波']);
  });

  it('`陈豪代表（云南省委书记）`, `…局长宋勇代表：`: a deputy’s seat after the name is not part of it', () => {
    expect(names(['陈豪代表(云南省委书记)', '要事。', '江苏省盐城市交通运输局局长宋勇代表：', '大事。'])).toEqual([
      '陈豪',
      '陈豪',
      '宋勇',
      '宋勇',
    ]);
  });

  it('bylines in a row are a list of people (those present), not turns', () => {
    expect(
      names([
        '市委书记 李国强',
        '市委副书记 韩雪梅',
        '县委书记 周立新',
        '会议强调，要把基层党组织建设得更加坚强有力。',
      ]),
    ).toEqual(['-', '-', '-', '-']);
  });

  it('a profile under a byline (the text names him again, or says 他) is not his remarks', () => {
    expect(
      names([
        '■ 王建设 青山村党支部书记',
        '2015年，王建设回到村里。他带领村民种茶，村集体收入翻了两番。',
        '■ 刘秀兰 石桥村党支部书记',
        '她把村里的留守老人当亲人，一管就是十年。',
      ]),
    ).toEqual(['∅', '∅', '∅', '∅']);
  });
});

describe('金句 of a page of remarks', () => {
  it('credits each turn’s lines to its byline, leaves a post-only turn’s unnamed, and keeps 习近平’s words his', () => {
    const out = credited('会议报道', [
      '县委书记 黄启明：',
      '习近平总书记指出：“绿水青山就是金山银山。”这一理念，我们要一以贯之地坚持下去。',
      '守护好这里的青山绿水，是我们这一代人义不容辞的责任。',
      '县应急管理局负责人：',
      '安全生产责任重于泰山。',
      '县林业局局长 蒋文清：',
      '植树造林功在当代、利在千秋。',
      '县委组织部部长 韩雪梅：',
      '大家的发言很实在。抓基层党建，各级党组织书记是第一责任人。',
    ]);
    expect(out).toContain('习近平: 绿水青山就是金山银山。');
    expect(out).toContain('黄启明: 守护好这里的青山绿水，是我们这一代人义不容辞的责任。');
    expect(out).toContain('∅: 安全生产责任重于泰山。');
    expect(out).toContain('蒋文清: 植树造林功在当代、利在千秋。');
    expect(out).toContain('韩雪梅: 抓基层党建，各级党组织书记是第一责任人。');
    expect(out.some((o) => /^(?:黄启明|蒋文清|韩雪梅): .*(?:绿水青山就是金山银山|重于泰山|发言很实在)/.test(o))).toBe(
      false,
    );
  });

  it('a file of remarks typed 讲话 (`交流发言（摘要）`) credits each byline’s turn, not one voice', async () => {
    const text = [
      '在全市组织工作会议上的交流发言（摘要）',
      '■ 姜慧敏 市委组织部副部长',
      '培养年轻干部，不能“拔苗助长”，而要“墩苗壮骨”。',
      '■ 曹永辉 临河县委书记',
      '一个好书记，就能带出一个好班子，带富一方百姓。',
    ].join('\n');
    const [doc] = (await importBytes('t.txt', Buffer.from(text), {}, { idPrefix: 'u' })).documents;
    const quotes = doc!.quotes.map((q) => `${q.speaker ?? '∅'}: ${q.text}`);
    expect(quotes).toContain('姜慧敏: 培养年轻干部，不能“拔苗助长”，而要“墩苗壮骨”。');
    expect(quotes).toContain('曹永辉: 一个好书记，就能带出一个好班子，带富一方百姓。');
  });
});

describe('a pledge or a remark on the meeting in a byline’s turn', () => {
  it('`我们将…`, `我们镇将…`, `今年我们将…` and `大家的发言…` are no 金句 there; `我们将来…` may be', () => {
    const out = credited('会议报道', [
      '县林业局局长 蒋文清：',
      '我们将全面推行林长制，让每一片山林都有人管、有人护。植树造林功在当代、利在千秋。',
      '城关镇镇长 龙建军：',
      '今年我们镇将组织干部包片包企，每月至少开展一次全覆盖检查。大家的发言很实在。',
      '我们将来要走的路还很长，但群众满意就是我们的方向。',
    ]);
    expect(out).toContain('蒋文清: 植树造林功在当代、利在千秋。');
    expect(out.filter((o) => /我们将全面|我们镇将|发言很实在/.test(o))).toEqual([]);
    expect(out).toContain('龙建军: 我们将来要走的路还很长，但群众满意就是我们的方向。');
  });
});
