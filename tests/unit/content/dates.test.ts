import { describe, expect, it } from 'vitest';
import {
  dateOnlyLine,
  findDate,
  findDateline,
  findLabelledDate,
  parseDateValue,
} from '../../../electron/core/content/dates.js';

describe('dates', () => {
  it.each([
    ['2019年9月11日', '2019-09-11'],
    ['来源：人民网 2019年09月11日08:17', '2019-09-11'],
    ['2024/03/15 10:00', '2024-03-15'],
    ['2024.3.5', '2024-03-05'],
    ['2020 07/15 10:23:45', '2020-07-15'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
    ['二○一九年九月十一日', '2019-09-11'],
    ['二〇二四年三月十日', '2024-03-10'],
    ['（2000年12月31日）', '2000-12-31'],
  ])('findDate(%s) = %s', (text, want) => expect(findDate(text)).toBe(want));

  it('rejects impossible dates and partial ones', () => {
    expect(findDate('2023年2月30日')).toBeNull();
    expect(findDate('2023年2月')).toBeNull();
    expect(findDate('第13届第2次会议')).toBeNull();
  });

  it('reads meta values: ISO with zone, gov.cn firstpublishedtime, unix seconds', () => {
    expect(parseDateValue('2024-03-15T23:30:00+08:00')).toBe('2024-03-15');
    expect(parseDateValue('2024-03-15-10:00:00')).toBe('2024-03-15');
    // 2024-03-14T16:30Z is already 15 March in Beijing.
    expect(parseDateValue(String(Date.parse('2024-03-14T16:30:00Z') / 1000))).toBe('2024-03-15');
    // The same instant written in UTC or in another zone: still 15 March in Beijing.
    expect(parseDateValue('2024-03-14T16:30:00Z')).toBe('2024-03-15');
    expect(parseDateValue('2024-03-14T16:30:00.000Z')).toBe('2024-03-15');
    expect(parseDateValue('2024-03-15T01:00:00-05:00')).toBe('2024-03-15');
    expect(parseDateValue('2024-03-14T23:10:00+0800')).toBe('2024-03-14');
  });

  it('labelled lines: 发布时间, 发布日期 and a bare 时间, never 成文日期 or 报名时间', () => {
    expect(findLabelledDate('来源：县政府办 发布时间：2023-09-12 10:30')).toBe('2023-09-12');
    expect(findLabelledDate('发布日期：2024年03月15日')).toBe('2024-03-15');
    expect(findLabelledDate('成文日期：2024年03月10日')).toBeNull();
    expect(findLabelledDate('1.报名时间:2019年10月17日—11月7日17:30')).toBeNull();
    expect(findLabelledDate('时间：2024-03-15')).toBe('2024-03-15');
  });

  it('a dateline has no year: it takes one only from the same day written in full', () => {
    const line = '新华社北京3月5日电（记者 林晖）';
    const text = `${line}2024年3月5日，十四届全国人大二次会议开幕。`;
    expect(findDateline(text, text)).toMatchObject({
      date: '2024-03-05',
      agency: '新华社',
      place: '北京',
    });
    // Written the evening before, sent the next day.
    expect(findDateline(line, `标题\n${line}2024年3月4日晚，…`)?.date).toBe('2024-03-05');
    // A title's year is often another year (a 2019 review printed in 2020).
    expect(findDateline(line, '2024年政府工作报告')).toEqual({
      date: null,
      agency: '新华社',
      place: '北京',
      day: '3月5日',
    });
    expect(findDateline('新华社北京1月1日电', '2016年全市居民消费价格上涨1.8%')?.date).toBeNull();
    // Years mentioned in the text are past ones; the first full date is another day.
    expect(findDateline('新华社北京1月31日电', '回顾2016年全年工作，研究部署2017年重点任务。')?.date).toBeNull();
    expect(findDateline('新华社北京2月17日电', '2019年12月28日，常委会决定…')?.date).toBeNull();
    // Anniversaries and yearly events repeat the month and day.
    expect(findDateline('新华社北京10月3日电', '新中国成立70周年，1949年10月1日…')?.date).toBeNull();
    expect(findDateline('新华社某地5月1日电', '两地互办文化周活动，首次举办是在1998年5月1日。')?.date).toBeNull();
    expect(findDateline('新华社北京3月5日电', '政府工作报告')?.date).toBeNull();
    expect(findDateline('北京3月5日电', '2024年3月5日')).toBeNull();
  });

  it('date-only lines, bracketed or not; sentences are not date lines', () => {
    expect(dateOnlyLine('（2012年11月8日）')).toBe('2012-11-08');
    expect(dateOnlyLine('二〇二三年十二月二十八日')).toBe('2023-12-28');
    expect(dateOnlyLine('2023年12月28日，市委召开会议。')).toBeNull();
  });
});
