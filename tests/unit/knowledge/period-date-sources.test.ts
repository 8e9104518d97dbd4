// Where else a historical text keeps its date (history-fixtures/README.md, round h15): a source
// line that starts with the date, a closing source line, a news 电头; and what is not its date
// (a 大事记's year headings, a closing footnote). Plus the voice of 1957's campaign against the
// 资产阶级右派, and a title cited in 《》, which is no text's own voice.
import { describe, expect, it } from 'vitest';
import { ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

describe('the date a text gives itself, beyond a date line', () => {
  it.each([
    ['要反对保守主义，也要反对急躁情绪\n1956年6月20日《人民日报》社论\n今年上半年……', '1956-06-20'],
    [
      '人民公社好\n在今年夏收以後……\n人民公社是……\n它把工、農、商、學、兵結合在一起……\n我們相信……\n《人民日報》社論　一九五八年九月三日',
      '1958-09-03',
    ],
    ['高等学校招生进行重大改革\n新华社北京1977年10月21日电　国务院最近批准了……', '1977-10-21'],
    ['农业丰收\n本报讯（1958年9月3日）今年全省……', '1958-09-03'],
  ])('%s → %s', (text, date) => expect(ownPeriodDate(text)).toBe(date));

  it.each([
    ['一九六七年五月　北京', '1967-05'],
    ['北京，1967年5月', '1967-05'],
    ['2008年5月于北京', '2008-05'],
  ])('a 落款 of a date and a place (%s) dates the text', (signature, date) =>
    expect(ownPeriodDate(`标题\n正文一。\n正文二。\n正文三。\n正文四。\n${signature}`)).toBe(date),
  );
  it('a 大事记’s last entry is no 落款', () =>
    expect(
      ownPeriodDate('大事记\n1966年5月　通知\n1967年1月　夺权\n1971年9月　外逃\n1976年10月　粉碎四人帮'),
    ).toBeNull());
  it('a 大事记’s year headings are its sections, not its date', () => {
    expect(ownPeriodDate('大事记\n1966年\n5月16日　会议通过通知。\n1967年\n2月　成立。')).toBeNull();
    expect(ownPeriodDate('伟大转折\n1977年\n8月　十一大举行。\n1978年\n12月18日至22日　三中全会举行。')).toBeNull();
  });
  it('a footnote cites a source, it does not date the text', () => {
    const body = '标题\n正文第一段。\n正文第二段。\n正文第三段。\n正文第四段。\n';
    expect(ownPeriodDate(`${body}①《人民日报》社论　1958年9月3日`)).toBeNull();
    expect(ownPeriodDate(`${body}参见《人民日报》社论　1958年9月3日`)).toBeNull();
    expect(ownPeriodDate('标题\n①《人民日报》社论　1958年9月3日\n正文第一段。')).toBeNull();
  });
  it('a dispatch of today without a year gives none', () =>
    expect(ownPeriodDate('习近平会见代表\n新华社北京9月30日电　（记者）……')).toBeNull());
});

describe('the status of an undated text by its voice', () => {
  // Round h58: the campaign's years (1957–58) are those of 全面建设社会主义, the note a text dated 1957 gets too.
  it('1957’s campaign against the 资产阶级右派 in its own voice is historical, of the years of 全面建设社会主义', () => {
    const s = statusOfImport(
      null,
      '少数资产阶级右派分子借着整风的名义，向党和工人阶级发动了猖狂进攻。他们在大鸣大放中散布反党反社会主义的言论。',
    );
    expect([s.status, /全面建设社会主义时期/.test(s.statusNote ?? '')]).toEqual(['历史文献', true]);
  });
  it('the 历史决议’s account of 1957, with its verdict, is current', () => {
    const text =
      '极少数资产阶级右派分子乘机鼓吹所谓“大鸣大放”，向党发动进攻，对这种进攻进行反击是完全正确和必要的。但是反右派斗争被严重地扩大化了。';
    expect(statusOfImport(null, text).status).toBe('现行');
  });
  it('a 大事记 that cites the period’s documents by their titles is current', () => {
    const text =
      '8月8日　中共八届十一中全会通过《中国共产党中央委员会关于无产阶级文化大革命的决定》。\n2月　上海市革命委员会成立。';
    expect(statusOfImport(null, text).status).toBe('现行');
  });
});
