// Round speech56: 发言摘登 bylines under a trade the calling list lacked (read by its ending, never a place or unit),
// a turn's counted account of the speaker himself, and 他/她 after a procedural sentence that follows a resolved 他
// (tests/eval/knowledge/quotes-speech56.json). Each rule here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';

const quotes = (title: string, lines: string[]) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: [], occasion: null, date: null, title, type: '会议报道' },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a byline’s calling read by its ending', () => {
  it('opens the turn of a trade no list names (`数控车工`, `电焊工`, `护林员`, `养殖户`, `传承人`, `司机`)', () => {
    for (const calling of [
      '市机床厂数控车工',
      '县建工集团电焊工',
      '大坪林场护林员',
      '青石村生猪养殖户',
      '苗绣非遗传承人',
      '网约车司机',
      '市公交公司驾驶员',
    ]) {
      const turns = bylineTurns([
        `${calling} 龙海波`,
        '技术没有捷径，一万次重复才能练出一次精准。',
        '返乡创业青年 唐小川',
        '年轻人回到家乡，不是退路，是出路。',
      ]);
      expect([calling, turns[1]?.name]).toEqual([calling, '龙海波']);
    }
  });

  it('never a trade’s work, a deed, a thing, a 兵团 division or the newsroom (`化工`, `携手`, `门户`, `第一师`, `通讯员`)', () => {
    for (const word of ['县化工', '园区施工', '各方携手', '政务门户', '兵团第一师', '本报通讯员', '特约评论员']) {
      const turns = bylineTurns([
        `${word} 龙海波`,
        '技术没有捷径，一万次重复才能练出一次精准。',
        '返乡创业青年 唐小川',
        '年轻人回到家乡，不是退路，是出路。',
      ]);
      expect([word, turns[1]?.name ?? null]).toEqual([word, null]);
    }
  });

  it('never makes a place or a unit into a speaker (`生猪养殖户 石门村`, `电焊工 白沙镇`)', () => {
    const turns = bylineTurns([
      '■ 生猪养殖户 石门村',
      '养殖靠的不是运气，是一本本记得清清楚楚的账。',
      '■ 县建工集团电焊工 白沙镇',
      '焊缝差一毫米，质量就差一大截。',
      '■ 大坪林场护林员 覃木生',
      '一棵树长成要几十年，砍倒只要几分钟。',
      '■ 返乡创业青年 唐小川',
      '年轻人回到家乡，不是退路，是出路。',
    ]);
    expect(turns.map((t) => t?.name ?? null).filter((n) => n && /[村镇]$/.test(n))).toEqual([]);
    expect(turns[5]?.name).toBe('覃木生');
  });

  it('a page of units’ bylines (`■ 白沙镇`, `■ 县人民医院`) gives nobody a line', () => {
    const got = quotes('全县基层党建工作经验交流材料摘登', [
      '■ 白沙镇',
      '党员联户不是多一份负担，而是多一座连心桥。',
      '■ 县人民医院',
      '支部建在科室上，党建和业务才能拧成一股绳。',
      '■ 县供电公司　石门供电所',
      '电力服务多走一步，群众生活就多一分方便。',
    ]);
    expect(got.filter((g) => g[0] !== null)).toEqual([]);
  });
});

describe('a turn’s counted account of the speaker himself', () => {
  it('is no line, in a byline’s turn or one run in (`我送快递六年了`, `我开公交十八年`, `我从十二岁开始…`)', () => {
    const got = quotes('新就业群体代表座谈会发言摘登', [
      '城东快递站快递员　邵佳明',
      '我送快递六年了，城东的每条街巷我都熟。',
      '快递送得快不快是本事，送得准不准是良心。',
      '苗绣非遗传承人 马玉兰',
      '我从十二岁开始跟着外婆学苗绣。',
      '老手艺要活下去，就得走进年轻人的生活。',
      '黄大山（市公交公司驾驶员）：我开公交十八年，没出过一次事故。车开得稳，乘客才坐得安心。',
    ]);
    const texts = got.map((g) => g[1]);
    for (const aside of [
      '我送快递六年了，城东的每条街巷我都熟',
      '我从十二岁开始跟着外婆学苗绣',
      '我开公交十八年，没出过一次事故',
    ])
      expect(texts).not.toContain(aside);
    expect(got).toContainEqual(['邵佳明', '快递送得快不快是本事，送得准不准是良心']);
  });
});

describe('他/她 after a procedural sentence that follows a resolved 他', () => {
  const page = (between: string) => [
    '4月2日，县委书记陆海平主持召开县委常委会会议。',
    '陆海平指出，作风建设永远在路上。',
    '他说，干部作风好不好，群众心里有杆秤。',
    between,
    '他强调，小节不保，大节难守。',
  ];

  it('goes on with him (`会议观看了警示教育片。`, `会议为10名带头人颁奖。`)', () => {
    for (const between of ['会议观看了警示教育片《蜕变》。', '会议为10名“科技创新带头人”颁奖。'])
      expect(quotes('县委常委会召开会议', page(between))).toContainEqual(['陆海平', '小节不保，大节难守']);
  });

  it('not past one who reports or a meeting’s own voice, nor a sentence naming another person', () => {
    for (const between of [
      '会议听取了县纪委监委的情况汇报。',
      '会议强调，要把作风建设抓在经常。',
      '县长任晓东出席会议。',
    ]) {
      const got = quotes('县委常委会召开会议', page(between));
      expect(got.filter((g) => g[1] === '小节不保，大节难守').map((g) => g[0])).not.toContain('陆海平');
    }
  });

  it('people at large in his own words do not end him (`他指出，对科技人员要高看一眼…`)', () => {
    const got = quotes('全县科技创新大会召开', [
      '3月6日，全县科技创新大会召开。县委书记龙向东出席会议并讲话。',
      '龙向东在讲话中指出，创新不是锦上添花，而是爬坡过坎的必由之路。',
      '他指出，对科技人员要高看一眼、厚爱一分。',
      '会议为10名“科技创新带头人”颁奖。',
      '他强调，留住一个人才，就是留住一片希望。',
    ]);
    expect(got).toContainEqual(['龙向东', '留住一个人才，就是留住一片希望']);
  });
});

describe('an interview’s answerer set apart from his post by a space', () => {
  it('names the 答： turns (`——访县人社局局长 钟立平`), without the label', () => {
    const got = extractQuotes(
      [
        '问：对企业有什么支持？',
        '答：稳岗就是稳就业，帮企业就是帮职工。',
        '问：您怎么看就业工作？',
        '答：就业工作做没做好，要看老百姓的饭碗端得稳不稳。',
      ].map((text): Paragraph => ({ kind: 'p', text })),
      { speakers: [], occasion: null, date: null, title: '稳岗就是稳就业——访县人社局局长 钟立平', type: '文章' },
    ).map((q) => [q.speaker, q.text]);
    expect(got).toContainEqual(['钟立平', '稳岗就是稳就业，帮企业就是帮职工。']);
    expect(got.some((g) => g[1]!.startsWith('答：'))).toBe(false);
  });

  it('not when the headline names two people apart (`——访县长 孙立华 副县长 邱明`)', () => {
    const got = extractQuotes(
      ['问：对企业有什么支持？', '答：稳岗就是稳就业，帮企业就是帮职工。'].map((text): Paragraph => ({
        kind: 'p',
        text,
      })),
      { speakers: [], occasion: null, date: null, title: '稳岗就是稳就业——访县长 孙立华 副县长 邱明', type: '文章' },
    ).map((q) => q.speaker);
    expect(got.filter((s) => s !== null)).toEqual([]);
  });
});
