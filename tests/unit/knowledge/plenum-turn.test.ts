// Round h14 of the historical-document rules (history-fixtures/README.md): the date a reprint gives
// itself past a （节录） line or in a source line, the weeks of the 中央工作会议 that prepared the
// Third Plenum (邓小平's 1978-12-13 keynote is current; a speech of those weeks in the old voice is
// not), a web page's publication date that the reprinted text never names, the period's own wording
// (1958 and 1976) against a memoir written today, and the slogans of those years.
import { describe, expect, it } from 'vitest';
import { ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { noteOfDate, statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine, isSupersededLine } from '../../../electron/core/knowledge/superseded-lines.js';

describe('the date a reprint gives itself', () => {
  it.each([
    ['在擴大的中央工作會議上的講話\n（節錄）\n（一九六二年一月三十日）\n正文……', '1962-01-30'],
    ['决定\n（摘要）\n（一九六六年八月八日中国共产党第八届中央委员会第十一次全体会议通过）\n正文', '1966-08-08'],
    ['学好文件抓住纲\n《人民日报》《红旗》杂志《解放军报》社论　一九七七年二月七日\n正文……', '1977-02-07'],
    ['人民日报社论（1977年2月7日）\n正文……', '1977-02-07'],
    ['解放思想，实事求是，团结一致向前看\n（一九七八年十二月十三日）\n正文', '1978-12-13'],
    ['讲话\n1978.12.13\n正文', '1978-12-13'],
  ])('%s → %s', (text, date) => expect(ownPeriodDate(text)).toBe(date));

  it('is in a closing 原载 note', () =>
    expect(ownPeriodDate('题目\n正文……\n（原载《人民日报》《红旗》杂志1967年元旦社论）')).toBe('1967'));

  it('is not a sentence of the body that ends in a year', () =>
    expect(ownPeriodDate('题目\n我厂的第一台机床诞生于 1958年\n正文')).toBeNull());
});

describe('the weeks of the 中央工作会议 (1978-11-10 to the plenum)', () => {
  const keynote =
    '解放思想，实事求是，团结一致向前看\n（一九七八年十二月十三日）\n解放思想是当前的一个重大政治问题。\n处理遗留问题为的是向前看。';
  it('the closing speech that became the Third Plenum’s keynote is current', () =>
    expect(statusOfImport('1978-12-13', keynote).status).toBe('现行'));
  it('a text of those weeks still in the old voice is historical, before the plenum', () => {
    const text = '讲话\n（一九七八年十一月二十五日）\n在英明领袖华主席为首的党中央领导下，继续贯彻抓纲治国的战略决策。';
    expect(statusOfImport(null, text).statusNote).toMatch(/三中全会前/);
  });
  it('a text of those weeks the user marks historical is told as written before the plenum', () => {
    expect(noteOfDate('1978-11-20')).toMatch(/三中全会前/);
    expect(noteOfDate('1979-01-02')).toBeNull();
  });
  it('a month before the 中央工作会议 opened is historical, its month is current', () => {
    expect(statusOfImport('1978-11', '关于冬季农田水利建设的通知。').status).toBe('历史文献');
    expect(statusOfImport('1978-12', '关于冬季农田水利建设的通知。').status).toBe('现行');
  });
});

describe('a web page’s publication date against the reprinted text’s own voice', () => {
  const editorial =
    '无产阶级文化大革命的高潮，正在我国兴起。在伟大领袖毛主席的号召下，横扫盘踞在思想文化阵地上的大量牛鬼蛇神。';
  it('a date the text never names does not make a 1966 editorial current', () =>
    expect(statusOfImport('2016-06-01', editorial).statusNote).toMatch(/文化大革命/));
  it('a date the text names is its own', () =>
    expect(statusOfImport('2016-06-01', `二○一六年六月一日，重读旧文：${editorial}`).status).toBe('现行'));
});

describe('the period’s own voice', () => {
  it('1958: 高产卫星, 钢铁元帅, 土高炉, 一天等于二十年', () =>
    expect(
      statusOfImport(null, '各公社争放高产卫星。钢铁元帅升帐，土高炉遍地开花。这真是一天等于二十年的时代。').statusNote,
    ).toMatch(/大跃进/));
  it('1976: 反击右倾翻案风, 走资派', () =>
    expect(statusOfImport(null, '深入开展反击右倾翻案风的伟大斗争。走资派还在走，斗争远没有结束。').statusNote).toMatch(
      /文化大革命/,
    ));
  it('1978: the 新时期的总任务 of that spring is not the later 新时期', () =>
    expect(
      statusOfImport(null, '在英明领袖华主席为首的党中央领导下，为实现新时期的总任务，坚持抓纲治国的战略决策。')
        .statusNote,
    ).toMatch(/三中全会前/));
  it('a memoir written today that tells the period in its words is current', () => {
    const memoir =
      '公社革命委员会的干部到车站迎接我们。无产阶级文化大革命打乱了我们的学业。几十年过去了，回想起来，最难忘的是老乡们的善良。';
    expect(statusOfImport(null, memoir).status).toBe('现行');
    const childhood =
      '村里的铁锅都被收去大炼钢铁，大人们晚上围着土高炉炼铁。后来才知道，那些年的蛮干带来了多大的损失。';
    expect(statusOfImport(null, childhood).status).toBe('现行');
  });
});

describe('the slogans of those years', () => {
  it.each([
    '1958年，一些地方提出“一天等于二十年”，高指标盛行。',
    '报纸上登出早稻“亩产万斤”的消息，各地竞相“放卫星”。',
    '“横扫一切牛鬼蛇神”的口号使大批干部群众受到迫害。',
    '“一年初见成效，三年大见成效”的提法，反映了急于求成的思想。',
    '他们宣扬“知识越多越反动”，大批知识分子被下放劳动。',
    '学校里“停课闹革命”，一代青年失去了受教育的机会。',
  ])('%s is no 金句 and no question', (s) => expect(isCriticisedLine(s)).toBe(true));

  it('is never an answer', () => {
    expect(isSupersededLine('一天等于二十年')).toBe(true);
    expect(isSupersededLine('放卫星')).toBe(true);
    expect(isSupersededLine('发射卫星')).toBe(false);
  });
});

describe('a page header’s date (the copy’s, like a page’s) against the text’s voice', () => {
  it('a 2019 header on a 1967 text in its own voice leaves it historical', () =>
    expect(
      statusOfImport(null, '在无产阶级文化大革命的大好形势下，狠批走资本主义道路的当权派。', [], '2019-05').status,
    ).toBe('历史文献'));
});
