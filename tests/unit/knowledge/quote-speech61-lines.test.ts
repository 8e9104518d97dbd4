// Round speech61 (tests/eval/knowledge/quotes-speech61.json): an official exhorts a body named by its kind
// (`勉励合作社，`); a head named by the body he heads (`厂长`, `场长`, `经理`) briefs a visitor; the writer going along
// with 他 (`我陪着他…。`) keeps the next 他 on the story's one person; `…不少，缺的是…` is a maxim's frame.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { PATTERNS } from '../../../electron/core/knowledge/thesis-patterns.js';

const quotes = (title: string, lines: string[], type = '会议报道') =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

const visit = (briefing: string, exhortation: string) =>
  quotes('县委书记罗建新调研特色产业', [
    '2025年5月8日，县委书记罗建新到梅岭镇调研特色产业发展。',
    `在茶叶专业合作社，罗建新走进茶园，察看春茶采摘情况。${briefing}`,
    exhortation,
  ]);

describe('an exhortation after a host briefs the visitor', () => {
  it('is the visitor’s when he exhorts a body named by its kind (合作社, 协会)', () => {
    expect(
      visit('合作社理事长何德贵介绍了合作社的销售情况。', '他勉励合作社，茶叶要卖出好价钱，靠的是品牌和品质。'),
    ).toContainEqual(['罗建新', '茶叶要卖出好价钱，靠的是品牌和品质']);
  });

  it('is the visitor’s after a head named by the body he heads (厂长, 场长)', () => {
    for (const head of ['厂长', '茶场场长'])
      expect(
        visit(`${head}何德贵汇报了今年的生产情况。`, '他叮嘱企业，安全生产一刻也不能放松，隐患就是事故的种子。'),
      ).toContainEqual(['罗建新', '安全生产一刻也不能放松，隐患就是事故的种子']);
  });

  it('stays nobody’s when the one who briefed may be the 他 who 强调', () => {
    const out = visit('公司经理何德贵介绍了今年的订单情况。', '他强调，外贸企业要在变局中找机遇，把产品做出特色。');
    expect(out.filter(([, t]) => t!.startsWith('外贸企业')).every(([s]) => s === null)).toBe(true);
  });
});

describe('the writer going along with the story’s one person', () => {
  const feature = (walk: string) =>
    quotes(
      '守好群众的“米袋子”',
      [
        '——记城西粮站站长晏国华',
        '三十年来，晏国华守着粮站，没出过一次差错。',
        `${walk}他对我说：“粮食进了仓，心里才踏实。”`,
      ],
      '文章',
    );

  it('keeps the next 他 on him (`我陪着他…。他对我说`)', () => {
    expect(feature('那天，我陪着他把每个粮仓都查了一遍。')).toContainEqual(['晏国华', '粮食进了仓，心里才踏实']);
  });

  it('does not when the sentence names someone else', () => {
    const out = feature('那天，我陪着他和副站长钱立平把每个粮仓都查了一遍。');
    expect(out.some(([s]) => s === '晏国华')).toBe(false);
  });
});

describe('a maxim’s frame', () => {
  it('sets what there is plenty of against what is wanting', () => {
    expect(PATTERNS.test('村里的好东西不少，缺的是一条让它走出去的路。')).toBe(true);
    expect(PATTERNS.test('今年来村里的游客不少，大多是周边城市的家庭。')).toBe(false);
  });
});
