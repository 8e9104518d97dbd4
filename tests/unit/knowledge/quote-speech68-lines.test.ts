// Round speech68 (tests/eval/knowledge/quotes-speech68.json): callings before a name (快递小哥, 外卖骑手, 社区工作者,
// 党校讲师, 民警), a lecture told (从…讲起, 以“…”为主题, 讲起了…故事), a village named with its kind, 居民的家门口, a speaker's
// lead (体会最深的是, 最深的感受是, a diary's 我想), a 先进事迹报告会 story, a 主题党日 record and its 老党员.
import { describe, expect, it } from 'vitest';
import { docType, type TypeClues } from '../../../electron/core/content/doc-type.js';
import { mayNameUnlistedPerson } from '../../../electron/core/knowledge/unlisted-person.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { quotes, whom } from './quote-lines-helpers.js';

describe('callings before a name', () => {
  it('credits a 座谈会 turn taken by a 外卖骑手 (第一个发言。他说) and a 快递小哥 speaking', () => {
    const out = quotes('区长与快递员外卖骑手代表座谈', [
      '本报讯 区长韩志远与快递员、外卖骑手代表座谈。',
      '外卖骑手黎国栋第一个发言。他说，风里雨里送的是外卖，连着的是城市的温度。',
      '快递小哥覃永胜说，把每一件包裹送到，就是把群众的事办好。',
    ]);
    expect(out).toContainEqual(['黎国栋', '风里雨里送的是外卖，连着的是城市的温度']);
    expect(out).toContainEqual(['覃永胜', '把每一件包裹送到，就是把群众的事办好']);
  });

  it('credits a 党校讲师 who tells the lecture (从…讲起，讲述了…道理。她说) and a 社区工作者 who 讲起了…故事', () => {
    const out = quotes('宣讲进社区', [
      '本报讯 县委宣讲团成员、县委党校讲师梁晓红走进和平社区作专题宣讲。',
      '梁晓红从身边的变化讲起，讲述了发展的道理。她说，发展不是为了数字好看，而是为了群众过得好。',
      '在东山村，宣讲团成员、社区工作者黄丽群讲起了邻里互助的故事。她说，把邻居当亲人，邻居就会把你当家人。',
    ]);
    expect(out).toContainEqual(['梁晓红', '发展不是为了数字好看，而是为了群众过得好']);
    expect(out).toContainEqual(['黄丽群', '把邻居当亲人，邻居就会把你当家人']);
    expect(out.some(([, t]) => t!.includes('讲述了'))).toBe(false);
  });
});

describe('who the sentence before 他/她 is about', () => {
  it('reads 柳塘村 as a village, not a Mr 柳, and 居民的家门口 as no one there', () => {
    expect(mayNameUnlistedPerson('在柳塘村，宣讲员讲起了暖心故事。')).toBe(false);
    expect(mayNameUnlistedPerson('郑海川和柳明亮一起走访。')).toBe(true);
    const out = whom(['龚雪梅把宣讲搬到了居民的家门口。用她的话说：“宣讲要走到群众中间去。”'], ['龚雪梅']);
    expect(out[0]).toEqual(['龚雪梅']);
    expect(whom(['龚雪梅走访了几位居民。她说：“要多听群众的。”'], ['龚雪梅'])[0]).toEqual([]);
  });

  it('reads 82岁的老党员 before the name as his standing, and 给大家讲述了 as told to no one in particular', () => {
    const out = whom(['82岁的老党员吴德顺给大家讲述了自己修水库的经历。他说：“干部要走在群众前头。”'], ['吴德顺']);
    expect(out[0]).toEqual(['吴德顺']);
  });
});

describe("a speaker's own lead", () => {
  it('leaves off 体会最深的是： and 最深的感受是，, and keeps the couplet after it whole', () => {
    const out = quotes(
      '党课讲稿',
      [
        '我在村里干了二十年，体会最深的是：干部的威信不是喊出来的，而是干出来的。',
        '这些年我跑了不少村，最深的感受是，产业旺不旺，关键看班子；班子强不强，关键看带头人。',
      ],
      '讲话',
      ['蒋立新'],
    );
    expect(out).toContainEqual(['蒋立新', '干部的威信不是喊出来的，而是干出来的']);
    expect(out).toContainEqual(['蒋立新', '产业旺不旺，关键看班子；班子强不强，关键看带头人']);
  });
});

describe('reports and records of who spoke', () => {
  const clues = (title: string, lead: string): TypeClues => ({
    lectured: false,
    title,
    foldedTitle: title,
    lines: [lead],
    lead,
    foldedLead: lead,
    body: lead,
    foldedBody: lead,
  });

  it('types a 先进事迹报告会 story as an article, not a 报告 document', () => {
    expect(docType(clues('守护平安——先进事迹报告会侧记', '本报讯 先进事迹报告会在市会议中心举行。'))).toBe('文章');
    expect(docType(clues('市政府工作报告', '各位代表：'))).not.toBe('文章');
  });

  it("reads a 报告会 speaker named under his calling, and never gives him the hero's words he relays", () => {
    const paragraphs = [
      '本报讯 先进事迹报告会在市会议中心举行。',
      '报告团成员、派出所民警龙建明是牺牲民警张国华生前的同事。他深情回忆：张国华常说，“老百姓的事再小，也要当成自己的事来办。”',
      '报告会最后，龙建明说，我们要接过战友的接力棒，守护好万家灯火。',
    ].map((text) => ({ kind: 'p' as const, text }));
    const out = quoteCandidates({ paragraphs, type: '文章', speakers: [], title: '先进事迹报告会侧记' });
    expect(out).toContainEqual(
      expect.objectContaining({ speaker: '龙建明', text: '我们要接过战友的接力棒，守护好万家灯火。' }),
    );
    expect(out.filter((c) => c.text.includes('老百姓的事再小')).map((c) => c.speaker)).not.toContain('龙建明');
  });

  it('credits the turns a 主题党日 record sets down, the 老党员 by his standing', () => {
    const out = quotes(
      '东坪村党支部主题党日活动记录',
      [
        '二、老党员讲党课。85岁的老党员蓝德胜给大家讲述了自己入党的经历。他说：“入了党，就要一辈子对得起党旗。”',
        '三、交流发言。党员代表韦秀英说，一个党员就是一面旗帜，关键时刻要站得出来。',
      ],
      '文件',
    );
    expect(out).toContainEqual(['蓝德胜', '入了党，就要一辈子对得起党旗']);
    expect(out).toContainEqual(['韦秀英', '一个党员就是一面旗帜，关键时刻要站得出来']);
  });
});
