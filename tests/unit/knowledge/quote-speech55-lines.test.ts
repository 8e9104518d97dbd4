// Round speech55: a speaker named once by his post and then 他/她 after a sentence that names nobody, 发言摘登 bylines
// under a calling, and a run-in label that ends the turn before it (tests/eval/knowledge/quotes-speech55.json). Each
// rule here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';

type Type = '讲话' | '文章' | '会议报道';
type Speaker = { name: string; role: string | null };
const quotes = (type: Type, title: string, lines: string[], speakers: Speaker[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers, occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('他/她 after a sentence that names nobody', () => {
  const report = (between: string) => [
    '6月5日，市政协召开协商议事座谈会。市政协主席孟长河在会上说：“协商不是走过场，要商出实招、议出实效。”',
    between,
    '他说，协商议事，议的是大家的事，靠的是大家的心。',
  ];

  it('goes back to the one person named before it', () => {
    const got = quotes('会议报道', '市政协召开协商议事座谈会', report('今年以来，全市共开展协商议事活动86场。'));
    expect(got).toContainEqual(['孟长河', '协商议事，议的是大家的事，靠的是大家的心']);
  });

  it('not past someone unnamed who could speak, nor past a speech’s own first person', () => {
    for (const between of [
      '会议听取了市发改委的情况汇报。',
      '今年，我们市共开展协商议事活动86场。',
      '会议强调，要把协商成果落到实处。',
    ]) {
      const got = quotes('会议报道', '市政协召开协商议事座谈会', report(between));
      expect(got.filter((g) => g[1]!.startsWith('协商议事')).map((g) => g[0])).not.toContain('孟长河');
    }
  });

  it('not when the sentence it goes back to names two people', () => {
    const got = quotes('会议报道', '全县安全生产工作会议召开', [
      '6月3日，全县安全生产工作会议召开。县长石建华和副县长邱明出席会议。',
      '会上，石建华和邱明分别就安全生产工作提出要求。',
      '会议通报了上半年全县安全生产形势。',
      '他说，安全生产没有局外人，人人都是安全员。',
    ]);
    for (const [speaker] of got) expect(['石建华', '邱明']).not.toContain(speaker);
  });
});

describe('发言摘登 bylines under a calling', () => {
  const page = [
    '共话乡村新图景——座谈会发言摘登',
    '守护乡亲的健康',
    '白沙镇卫生院医生 葛晓燕',
    '医生的心离群众近一点，群众的病就好治一点。',
    '把电商做到山里来',
    '返乡创业青年 唐小川',
    '年轻人回到家乡，不是退路，是出路。',
  ];

  it('open the speaker’s turn (`白沙镇卫生院医生　葛晓燕`, `返乡创业青年　唐小川`)', () => {
    const turns = bylineTurns(page);
    expect(turns[3]?.name).toBe('葛晓燕');
    expect(turns[6]?.name).toBe('唐小川');
  });

  it('a newsroom’s credit opens none (`本报记者 田野`)', () => {
    const turns = bylineTurns([
      '本报记者 田野',
      '医生的心离群众近一点。',
      '本报通讯员 李明',
      '年轻人回到家乡，不是退路，是出路。',
    ]);
    expect(turns.every((t) => !t?.name)).toBe(true);
  });

  it('a run-in label under any calling ends the turn before it (`黎小梅（市第一中学教师）：…`)', () => {
    const turns = bylineTurns([
      '汪秀英（清溪村妇联主席）：谁说女子不如男，干出来才算数。',
      '黎小梅（市第一中学志愿讲解员）：教书是良心活，一个孩子就是一个家庭的希望。',
      '崔丽华（丽华家政公司总经理）：家政服务做的是家里的事，连的是社会的心。',
    ]);
    expect(turns[0]?.name).toBe('汪秀英');
    expect(turns[1]?.name ?? null).not.toBe('汪秀英');
    expect(turns[2]?.name).toBe('崔丽华');
  });

  it('a turn’s self-introduction by years in a post is no line (`我当了二十六年村支书，…`)', () => {
    const got = quotes('会议报道', '老党员座谈会发言摘登', [
      '原红星村党支部书记 柳长根',
      '我当了二十六年村支书，修了三条路、两座桥。',
      '退休干部 邓守仁',
      '党员的牌子挂在心上，不是挂在嘴上。',
    ]);
    expect(got.map((g) => g[1])).not.toContain('我当了二十六年村支书，修了三条路、两座桥');
    expect(got).toContainEqual(['邓守仁', '党员的牌子挂在心上，不是挂在嘴上']);
  });
});
