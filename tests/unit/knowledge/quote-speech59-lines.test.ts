// Round speech59 (tests/eval/knowledge/quotes-speech59.json): the words of a 他 whose person is not certain are not
// offered at all (with no speaker a learner reads them as the leading official's); `A与B一同察看…。他强调` is not certain;
// a companion's sentence (`县委书记方志勇陪同。`) and a briefing heard (`听取了…汇报`) leave the next 他 who 强调 with
// the visitor; a signed article's own lines never go to the leader it quotes.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { unsureWordsFrom } from '../../../electron/core/knowledge/unsure-pronoun.js';
import { isTimeFirstAccount } from '../../../electron/core/knowledge/local-account.js';
import { PEN_NAME_LINE } from '../../../electron/core/content/title-patterns.js';

const quotes = (title: string, lines: string[], type = '会议报道', speakers: string[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speakers.map((name) => ({ name, role: null })), occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

const TOGETHER = [
  '本报讯 7月2日，副市长黎文斌到河西区检查防汛工作。',
  '在沿江大堤，黎文斌与区长段志坚一同察看了险工险段。',
  '他强调，防汛没有旁观者，每一道堤都要有人守。干部的肩上扛着的是群众的安危。群众的安危就是最大的政治。',
];

describe('the words of a 他 whose person is not certain', () => {
  it('are not offered, with no speaker nor under anyone (`A与B一同察看…。他强调，…。…`)', () => {
    for (const type of ['会议报道', '文章'])
      expect([type, quotes('副市长黎文斌到河西区检查防汛工作', TOGETHER, type)]).toEqual([type, []]);
    // (In a speech, `我和区长段志坚…。他说，…。…`: whether the speaker's words begin again is not certain.)
    const speech = quotes(
      '在全区防汛工作会议上的讲话',
      ['同志们：', '上个月，我和区长段志坚一同到沿江大堤察看险工险段。', TOGETHER[2]!.replace('他强调', '他说')],
      '讲话',
      ['黎文斌'],
    );
    expect(speech).toEqual([]);
  });

  it('start where the first unresolved 他/她 reports words; a resolved one leaves the paragraph whole', () => {
    const s = '他强调，安全投入不是成本。干部要把安全放在心上。';
    expect(unsureWordsFrom(s, [], null)).toBe(0);
    expect(unsureWordsFrom(s, [{ name: '冯志坚', start: 0, end: 1 }], null)).toBe(s.length);
    // (Under a named speaker, a 他 who is someone else: `我和区长段志坚…。他说，…`.)
    expect(unsureWordsFrom(s, [{ name: '段志坚', start: 0, end: 1 }], '黎文斌')).toBe(0);
    expect(unsureWordsFrom('会上，她指出，民生无小事。', [], null)).toBe(3);
    expect(unsureWordsFrom('他们表示，将全力以赴。', [], null)).toBe('他们表示，将全力以赴。'.length);
  });
});

describe('他 after a visit', () => {
  const he = (paragraphs: string[], own: string[]) =>
    pronounSpeakers(paragraphs, own).map((ps) => ps.map((p) => p.name));

  it('is not certain after `A与B一同察看…`, nor after `A和B一起走进…` (她说)', () => {
    expect(he(TOGETHER.slice(1), ['黎文斌', '段志坚'])).toEqual([[], []]);
    expect(
      he(
        [
          '会前，黄晓梅和区委副书记陆建华一起走进社区食堂，与正在就餐的老人拉家常。',
          '她说，一碗热饭，暖的是群众的心。',
        ],
        ['黄晓梅'],
      ),
    ).toEqual([[], []]);
  });

  it('who 强调 is still the visitor after a companion told alone (`县委书记方志勇陪同。`); any other 他 is not', () => {
    const visit = '在清水河堤防，韩立平察看了河道水位和巡堤查险情况。县委书记方志勇陪同。';
    expect(he([visit, '他强调，汛期就是战时，堤防就是阵地。'], ['韩立平'])).toEqual([[], ['韩立平']]);
    expect(he([visit, '他介绍说，今年已加固堤防十二公里。'], ['韩立平'])).toEqual([[], []]);
  });

  it('is the one who heard a briefing (`韩立平听取了…汇报。他指出`), not left open as after one who gave it', () => {
    const out = he(
      [
        '本报讯 6月18日，省委副书记韩立平到石桥县督导防汛工作，县委书记方志勇陪同。',
        '在县防汛指挥部，韩立平听取了全县防汛工作汇报。',
        '他指出，险情不会提前打招呼，责任必须时刻扛在肩上。',
      ],
      ['韩立平'],
    );
    expect(out[2]).toEqual(['韩立平']);
  });
});

describe('a signed article', () => {
  it('gives its own lines to nobody, never to the leader it quotes, whose words keep his name', () => {
    const lines = [
      '作者：中共临川市委书记 贺明远',
      '习近平总书记指出：“人民城市人民建，人民城市为人民。”',
      '网格员手里攥着的，是千家万户的冷暖。',
      '治理的精细，说到底是对人的用心。',
    ];
    for (const [title, type] of [
      ['把“小网格”织成“大民生”', '文章'],
      ['深入学习贯彻习近平总书记在中央城市工作会议上的重要讲话精神', '讲话'],
    ] as const) {
      const out = quotes(title, lines, type);
      expect(out.filter(([s]) => s === '习近平').map(([, t]) => t)).toEqual(['人民城市人民建，人民城市为人民']);
      expect(out.filter(([s, t]) => s !== null && t !== '人民城市人民建，人民城市为人民')).toEqual([]);
    }
  });
});

describe('the next paragraph in marks, a story begun not long ago, a commentator', () => {
  it('gives a colon frame alone the words in marks that make the next paragraph (`习近平总书记强调：⏎“…”`)', () => {
    const out = quotes(
      '守好耕地这条“生命线”',
      [
        '中共丰禾县委副书记、县长 唐国荣',
        '习近平总书记强调：',
        '“耕地是粮食生产的命根子。”',
        '粮食安全这根弦，任何时候都不能松。',
      ],
      '文章',
    );
    expect(out).toContainEqual(['习近平', '耕地是粮食生产的命根子']);
    expect(out).toContainEqual([null, '粮食安全这根弦，任何时候都不能松']);
  });

  it('reads `前不久，我到…调研，…` as a story told from a time, and `本报评论员` over a piece as a commentary', () => {
    expect(isTimeFirstAccount('前不久，我到红星社区调研，遇到一位老网格员。')).toBe(true);
    expect(isTimeFirstAccount('前进的道路不可能一帆风顺。')).toBe(false);
    for (const l of ['本报评论员', '任仲平', '求是杂志编辑部']) expect([l, PEN_NAME_LINE.test(l)]).toEqual([l, true]);
    expect(PEN_NAME_LINE.test('本报记者 王军')).toBe(false);
  });
});
