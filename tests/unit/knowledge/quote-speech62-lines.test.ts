// Round speech62 (tests/eval/knowledge/quotes-speech62.json): the writer beside 他 in a place of his (`我坐在他的邮车上…。
// 他对我说`) keeps the next 他 on the story's one person; a 通讯 on one person (`——记…`) offers none of its writer's own
// sentences; a pair of deeds done (`…连起了…；…富了…`) and a place as it is now (`如今的白沙村，…`) are narration; a claim
// of what can be done and the key to it (`…也能…，关键是…`) is a maxim's frame.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { KEY_TO_CLAIM, PATTERNS } from '../../../electron/core/knowledge/thesis-patterns.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { COUNT_TOLD } from '../../../electron/core/knowledge/narration-words.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

const quotes = (title: string, lines: string[], type = '文章') =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('the writer beside the story’s one person', () => {
  const feature = (beside: string) =>
    quotes('守好群众的“米袋子”', [
      '——记城西粮站站长晏国华',
      '三十年来，晏国华守着粮站，没出过一次差错。',
      `${beside}他对我说：“粮食进了仓，心里才踏实。”`,
    ]);

  it('keeps the next 他 on him when the writer is in a place of his (`我坐在他的…上`, `我跟在他身后`)', () => {
    for (const beside of ['那天，我坐在他的三轮车上跑了一整天。', '那天，我跟在他身后把粮仓查了一遍。'])
      expect(feature(beside)).toContainEqual(['晏国华', '粮食进了仓，心里才踏实']);
  });

  it('does not when the sentence names someone else too', () => {
    const out = feature('那天，我坐在他的三轮车上，副站长钱立平坐在后面。');
    expect(out.some(([s]) => s === '晏国华')).toBe(false);
  });
});

describe('a 通讯 on one person', () => {
  const lines = (first: string) => [
    '——记锦华服饰公司总经理潘慧丽',
    first,
    '2021年，她把一条生产线搬回了老家，在村口办起了扶贫车间。',
    '“干部把心掏出来，群众就把心交出来。”一位老党员感慨地说。',
  ];

  it('offers none of its writer’s own sentences', () => {
    for (const first of ['潘慧丽是从村里走出去的。', '日子越过越红火，车间成了远近闻名的巾帼车间。'])
      expect(quotes('把车间搬到村口', lines(first)).filter(([s]) => s === null)).not.toContainEqual([
        null,
        first.replace(/。$/, ''),
      ]);
  });

  it('still offers an unnamed voice’s words in marks', () => {
    expect(quotes('把车间搬到村口', lines('潘慧丽是从村里走出去的。'))).toContainEqual([
      null,
      '干部把心掏出来，群众就把心交出来',
    ]);
  });
});

describe('narration in a couplet’s shape', () => {
  it('reads a pair of deeds done and a place as it is now as narration', () => {
    expect(styleOf('一条公路，连起了山里山外；一片茶园，富了一村百姓。').narration).toBe(true);
    expect(styleOf('如今的白沙村，白墙黛瓦，游人如织。').narration).toBe(true);
  });

  it('not a pair whose 了 is no deed, nor a thesis', () => {
    expect(styleOf('为了群众，干部要多跑腿；为了发展，企业要多创新。').narration).toBe(false);
    expect(styleOf('路通了，心也就通了。').narration).toBe(false);
  });
});

describe('a claim and the key to it', () => {
  it('is a maxim’s frame, and no local instruction', () => {
    expect(PATTERNS.test('一颗辣椒也能撑起一个产业，关键是把标准立起来。')).toBe(true);
    expect(isLocalFormula('一颗辣椒也能撑起一个产业，关键是把标准立起来。')).toBe(false);
    expect(KEY_TO_CLAIM.test('商业部门的收购和销售的计划能否完成，关键是在农村。')).toBe(false);
  });

  it('leaves a topic and the key as a task to carry out an instruction', () => {
    expect(isLocalFormula('贯彻落实全会精神，关键是要把各项任务落到实处。')).toBe(true);
  });
});

describe('a 通讯’s subject and a visitor who heard a briefing', () => {
  it('offers the words a 通讯 gives its one person, plain as they are', () => {
    const out = quotes('把绣坊开到家门口', [
      '——记青石村绣娘合作社理事长龙秀英',
      '2020年，她牵头办起了绣娘合作社，把苗绣订单接到了村里。',
      '龙秀英说，手艺留在村里，年轻人就多了一个回来的理由。',
    ]);
    expect(out).toContainEqual(['龙秀英', '手艺留在村里，年轻人就多了一个回来的理由']);
  });

  const visit = (heard: string) =>
    quotes(
      '县长方明亮调研春耕生产',
      [
        '3月20日，县长方明亮到河湾镇调研春耕备耕工作。',
        `当天下午，市委书记柏长青来到河湾镇，${heard}他强调，粮食生产年年都是大考，一季也不能放松。`,
        '柏长青要求，各级各部门要抢抓农时，确保春播面积只增不减。',
      ],
      '会议报道',
    );

  it('credits 他强调 to the one who heard the briefing of another named in it', () => {
    expect(visit('听取了方明亮关于全县春耕工作的汇报。')).toContainEqual([
      '柏长青',
      '粮食生产年年都是大考，一季也不能放松',
    ]);
  });

  it('not when the two only went together', () => {
    expect(visit('与方明亮一同察看了麦田。').some(([s]) => s !== null)).toBe(false);
  });
});

describe('他 and 她 in a story naming a man and a woman', () => {
  const SHE = '作为全镇第一位女党委书记，她上任以来坚持每周走访一个网格。';
  const visit = (pronoun: string, she = SHE) =>
    quotes(
      '镇党委书记林晓梅走访网格',
      [
        `5月9日，花溪镇党委书记林晓梅到新民社区走访网格服务工作。${she}`,
        '在新民社区，社区党委书记韩德明介绍了网格员队伍建设情况。他说，网格员都是社区里的热心人。',
        `${pronoun}强调，网格虽小，连着千家万户，网格员要当好群众的“贴心人”。`,
        '林晓梅要求，要把矛盾纠纷化解在网格、解决在萌芽。',
      ],
      '会议报道',
    );
  const line = '网格虽小，连着千家万户，网格员要当好群众的“贴心人”';

  it('gives 她 to the woman once the man was 他, and 他 to the man once the woman was 她', () => {
    expect(visit('她')).toContainEqual(['林晓梅', line]);
    expect(visit('他')).toContainEqual(['韩德明', line]);
  });

  it('leaves 他 after the host’s briefing open when no 她 told who the woman is', () => {
    expect(visit('他', '').some(([s, t]) => s !== null && t === line)).toBe(false);
  });

  it('reads an order as no count (社区是老人的第二个家，…)', () => {
    expect(COUNT_TOLD.test('社区是老人的第二个家，服务好老人，就是服务好每个家庭的明天。')).toBe(false);
  });

  it('offers no count of what a place has (社区二十个网格，…)', () => {
    const text = '社区二十个网格，每个网格都有一名党员网格员。';
    expect(scoreCandidate({ paragraph: 0, start: 0, end: text.length, text, speaker: '韩德明', source: 'own' })).toBe(
      null,
    );
  });
});
