// Round speech66 (tests/eval/knowledge/quotes-speech66.json): a 通讯's subject first thought of by folk (第一个想到的就是他)
// and holding a calling (当了…年乡村医生); 老郑 after the full name, 村民代表老韦 alone; 座谈会 attendees under callings;
// 党校教授 and 退役军人 before a name; a briefer who is not the one who 勉励; a briefing before others are named;
// 用…的话说; 你 in what comes of a condition; 叮嘱经营户.
import { describe, expect, it } from 'vitest';
import { folkAroundPronoun } from '../../../electron/core/knowledge/pronoun-gap.js';
import { soleSubject } from '../../../electron/core/knowledge/pronoun-subject.js';
import { ANYONE_YOU } from '../../../electron/core/knowledge/thesis-patterns.js';
import { quotes, whom } from './quote-lines-helpers.js';

describe('whom a 他/她 is', () => {
  it('goes on past folk who think of him first (第一个, 头一个), not past one of them', () => {
    expect(folkAroundPronoun('邻里闹了矛盾，大家第一个想到的就是他。')).toBe('他');
    expect(folkAroundPronoun('老人们有个头疼脑热，头一个想起的总是她。')).toBe('她');
    expect(folkAroundPronoun('有个老党员最先想到的就是他。')).toBeNull();
  });

  it('reads a calling he held (当了…年乡村医生) and the people of the story he tells as his own', () => {
    expect(soleSubject('邵永年在石岭乡当了三十年乡村医生。', ['邵永年'], () => [])).toBe('邵永年');
    expect(soleSubject('退役军人钟国平讲述了自己带领村民打井的经历。', ['钟国平'], () => [])).toBe('钟国平');
    expect(soleSubject('钟国平带领村民打井。', ['钟国平'], () => [])).toBeNull();
  });

  it('is nobody when the one before briefed the gathering and the 她 exhorts', () => {
    const out = whom(
      ['街道党工委书记许春兰介绍了街道“邻里中心”建设情况。她勉励大家，好日子都是干出来的。'],
      ['许春兰'],
    );
    expect(out[0]).toEqual([]);
  });

  it('is the briefer when no one else is named yet', () => {
    const out = whom(
      [
        '村党支部书记严国华通报了修路方案。他说，修路不是村干部的事，是家家户户的事。',
        '村民代表方长顺说，路修好了大家都方便。',
      ],
      ['严国华', '方长顺'],
    );
    expect(out[0]).toEqual(['严国华']);
  });
});

describe('speakers named by how the report calls them', () => {
  it('credits 老郑 right after the paragraph named him in full, and 村民代表老韦 alone to nobody', () => {
    const out = quotes(
      '龙门村村民代表会议商议修路方案',
      [
        '本报讯 龙门村召开村民代表会议，商议村道硬化方案。',
        '村民代表严长贵第一个发言，他赞成先修主干道。老严说：“路是大家的，谁都不能当旁观者。”',
        '村民代表老伍说，路修好了，山货才能走得出去，日子才能过得红火。',
      ],
      '会议报道',
    );
    expect(out).toContainEqual(['严长贵', '路是大家的，谁都不能当旁观者']);
    expect(out.some(([s]) => s === '老严' || s === '老伍')).toBe(false);
  });

  it('credits 座谈会 attendees under callings', () => {
    const out = quotes('县长欧文华与返乡青年座谈', [
      '本报讯 县长欧文华与返乡创业青年、大学生村官代表座谈。',
      '座谈会上，大学生村官黎晓红说：“把乡亲的难事当成自家的事，乡亲才会把你当成自家人。”返乡创业青年钟永胜说，家乡的山水就是最好的本钱，守着青山也能闯出新路。',
    ]);
    expect(out).toContainEqual(['黎晓红', '把乡亲的难事当成自家的事，乡亲才会把你当成自家人']);
    expect(out).toContainEqual(['钟永胜', '家乡的山水就是最好的本钱，守着青山也能闯出新路']);
  });

  it('credits a 党校教授 who 以…为题…作了宣讲 and then 打了个比方', () => {
    const out = quotes('市委宣讲团走进园区', [
      '本报讯 市委宣讲团走进高新园区宣讲全会精神。',
      '市委党校教授韦静芳以“奋进新征程”为题，结合园区实际作了宣讲。她打了个比方：“改革就像爬坡，不进则退，慢进也是退。”',
    ]);
    expect(out).toContainEqual(['韦静芳', '改革就像爬坡，不进则退，慢进也是退']);
  });

  it('credits the words the writer gives 用某某的话说', () => {
    const out = quotes('院坝会议出新风', [
      '本报讯 “院坝会议”由村党支部书记蒙国华牵头发起。用蒙国华的话说：“群众的事让群众商量着办，办出来的事群众才认。”',
    ]);
    expect(out).toContainEqual(['蒙国华', '群众的事让群众商量着办，办出来的事群众才认']);
  });

  it('credits a 叮嘱 to 经营户', () => {
    const out = quotes(
      '县长到农资市场检查',
      [
        '本报讯 县长陆国涛到城关镇检查农资市场。',
        '在农资经营门店，陆国涛叮嘱经营户，农资质量连着农民收成，一粒假种子坑的是一季庄稼。',
      ],
      '会议报道',
    );
    expect(out).toContainEqual(['陆国涛', '农资质量连着农民收成，一粒假种子坑的是一季庄稼']);
  });
});

describe('你 as anyone', () => {
  it('is anyone in what comes of a condition (…，群众才会把你…)', () => {
    expect(ANYONE_YOU.test('把群众的小事当成自己的大事，群众才会把你当成自己人。')).toBe(true);
    expect(ANYONE_YOU.test('你看，群众才会把你当成自己人。')).toBe(false);
  });
});
