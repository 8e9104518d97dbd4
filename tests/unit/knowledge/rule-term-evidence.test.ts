// Rule 提法 in a news article need more than their shape: a quoted local nickname, a thing's
// name, a count of one or a brand quoted three times is not a formulation (quoted-uses.ts).
// The sentences are written for these tests in the shapes found in real news text.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { quotedUses } from '../../../electron/core/knowledge/quoted-uses.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const p = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const terms = (...texts: string[]) => extractTerms(p(...texts)).map((t) => t.term);

describe('rule 提法 and how the text uses the quoted span', () => {
  it('a nickname or a thing’s name is not a 提法', () => {
    // A place the text names (“…”边境社区), a nickname (当地人叫它“…”), a word glossed (“…”的意思).
    expect(terms('调研组走访了“一井两村”边境社区，两国村民共饮一口井。')).toEqual([]);
    expect(terms('河从寨子中间流过，当地人叫它“一井两村”。')).toEqual([]);
    expect(terms('这座山的名字，在当地语言里是“两条白水”的意思。')).toEqual([]);
  });

  it('a count of one is not a list, unless it pledges that none is left out', () => {
    const t = terms('各部门要聚焦“一个目标”，服务“两大任务”。', '确保脱贫路上“一个都不能少”。');
    expect(t).toContain('两大任务');
    expect(t).toContain('一个都不能少');
    expect(t).not.toContain('一个目标');
  });

  it('a compressed slogan needs to be used as a formulation once; a brand quoted three times is not one', () => {
    const brand = terms('合作社与蜂蜜品牌“甜蜂来”签约。', '“甜蜂来”收购价更高。', '村民都愿意把蜜卖给“甜蜂来”。');
    expect(brand).toEqual([]);
    const policy = terms('全县推进“煤改气”试点。', '“煤改气”后空气明显好转。', '群众对“煤改气”很满意。');
    expect(policy).toEqual(['煤改气']);
  });

  it('a numeral formulation stays a 提法 however it is introduced', () => {
    const t = terms('这三份文件被称为“三个规定”，各级要严格执行。', '善于做到“三个区分开来”，落实“四个不摘”要求。');
    expect(t).toEqual(expect.arrayContaining(['三个规定', '三个区分开来', '四个不摘']));
  });

  it('a plan name is not the head of a quoted phrase (“十五连丰” is fifteen good harvests)', () => {
    expect(terms('全县粮食生产实现了“十五连丰”，打造“十五分钟便民服务圈”。')).toEqual([]);
    expect(terms('“十五”计划顺利完成，“十一五”开局良好。')).toEqual(['十五', '十一五']);
  });

  it('records whether a span is framed as a formulation or introduced as a name', () => {
    const u = quotedUses(
      ['坚持“煤改气”原则。到“十差村”工作的青年说，那里人称“老井台”。', '“访民情”驻村工作全覆盖。'].map(foldForSearch),
    );
    expect(u.get('煤改气')).toEqual({ count: 1, framed: true, framedNear: false, named: false });
    expect(u.get('十差村')).toEqual({ count: 1, framed: false, framedNear: false, named: false });
    expect(u.get('老井台')).toEqual({ count: 1, framed: false, framedNear: false, named: true });
    expect(u.get('访民情')?.framed).toBe(true);
  });
});
