// Round h18 (history-fixtures/README.md): a reprint's closing 原载 note dates the text though it
// names the copy's year too; a quoted method opening a 党史 sentence and judged by a harm in a later
// clause is a criticised line; the steel, 共产风 and 1968–1970 campaign slogans are superseded lines.
import { describe, expect, it } from 'vitest';
import { ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine, isSupersededLine } from '../../../electron/core/knowledge/superseded-lines.js';

describe('a source note naming the first appearance and the copy', () => {
  const reprint = '大搞技术革新\n正文一。\n正文二。\n正文三。\n（原载《人民日报》1960年3月，本网2015年转载）';
  it('dates the text by the 原载 clause, at the end or under the title', () => {
    expect(ownPeriodDate(reprint)).toBe('1960-03');
    expect(ownPeriodDate('标题\n（原载《红旗》杂志1967年第3期，2019年收入本书）\n正文。')).toBe('1967');
  });
  it('keeps a reprint on a later page historical', () =>
    expect(statusOfImport('2015-08-01', reprint).status).toBe('历史文献'));
  it('still reads a note with two dates and no 原载 clause as no date', () =>
    expect(ownPeriodDate('标题\n（1921—2021）\n正文。')).toBeNull());
});

describe('a quoted method opening the sentence, judged by a later harm', () => {
  it.each([
    '“土法上马”大炼钢铁，砍伐了大量森林，炼出的多是废铁，造成了巨大浪费。',
    '“土法上马”大炼钢铁，炼出的大量是不能用的废铁，浪费了大量人力物力。',
    '“小土群”遍地开花，炼出的铁大多不能用，结果劳民伤财。',
  ])('%s is no study material', (s) => expect(isCriticisedLine(s)).toBe(true));
  it.each([
    '“绿水青山就是金山银山”的理念深入人心，生态环境持续改善。',
    '“放管服”改革持续深化，及时排查隐患，避免了严重损失。',
    '全县干部“土法上马”建起了简易水窖，解决了群众吃水难题。',
    '“俄方反对单边行动”“美方政策在地区各国助长冲突”……国际社会普遍反对。',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));
});

describe('the steel, 共产风 and 1968–1970 campaign slogans', () => {
  it.each(['9月，全县掀起“大办钢铁”运动。', '县委纠正“一平二调”的“共产风”。', '1970年，开展“一打三反”运动。'])(
    '%s is no study material',
    (s) => expect(isCriticisedLine(s)).toBe(true),
  );
  it('include 抓纲治国 as a county or a works took it up (held out)', () => {
    expect(isCriticisedLine('1977年，县委提出“抓纲治县”，继续开展“农业学大寨”运动。')).toBe(true);
    expect(isSupersededLine('抓纲治厂')).toBe(true);
  });
  it('are no answer', () => {
    expect(isSupersededLine('超英赶美')).toBe(true);
    expect(isSupersededLine('清理阶级队伍')).toBe(true);
  });
});

describe('a reprint in a current anthology', () => {
  const body1975 =
    '学习无产阶级专政理论\n毛主席关于理论问题的重要指示，是当前全党全国工作的纲。\n' +
    '我们要学习无产阶级专政理论，限制资产阶级法权。\n要坚持以阶级斗争为纲，把无产阶级专政下的继续革命进行到底。\n';
  const body1958 = '大搞小土群\n各地要大搞小土群，以钢为纲，土法上马。\n只要全党全民大办钢铁，任务就一定能完成。\n';
  it('goes by its body’s voice, not its editor’s verdict from later', () =>
    expect(
      statusOfImport(null, `${body1975}编者说明：本书收入的文章保持原貌，其中的错误观点已被历史决议否定。`).status,
    ).toBe('历史文献'));
  it('is not dated by its editor’s year on a page of that year', () =>
    expect(statusOfImport('2019-05-01', `${body1958}编者注（2019年）：本文反映了当时的认识。`).status).toBe(
      '历史文献',
    ));
  it('is not dated by the anthology’s edition year', () => {
    const text = `${body1958}（选自《学习文选》，2018年版）`;
    expect(ownPeriodDate(text)).toBeNull();
    expect(statusOfImport(null, text).status).toBe('历史文献');
  });
  it('leaves a current text with an 编者按 current', () =>
    expect(
      statusOfImport('2019-05-01', '乡村振兴的县域实践\n2019年，全县推进乡村振兴。\n编者按：本文作者为县委书记。')
        .status,
    ).toBe('现行'));
});

describe('a 题注 or origin sentence, labelled or not, at the top or the end', () => {
  const body = '\n我们要认真学习，提高觉悟。\n全体同志要团结一致，做好工作。\n第三句。\n第四句。\n';
  it.each([
    ['标题\n【题注】本文原载一九六七年五月《红旗》杂志，收入本书时未作改动。' + body, '1967-05'],
    ['标题\n题注：本文原载1958年9月3日《人民日报》。' + body, '1958-09-03'],
    ['标题' + body + '【题注】本文是作者1975年8月在县委扩大会议上的讲话。', '1975-08'],
    ['标题\n（本文写于一九七六年五月，二〇一六年收入本书时略有删节）' + body, '1976-05'],
    ['标题' + body + '（写于1968年秋，2010年整理）', '1968'],
    ['标题' + body + '本文原载《人民日报》1959年10月1日。', '1959-10-01'],
    ['标题' + body + '本文发表于《求是》2021年第5期。', '2021'],
  ])('%s → %s', (text, date) => expect(ownPeriodDate(text)).toBe(date));
  it('keeps the reprint historical on a page of the anthology’s year', () =>
    expect(
      statusOfImport('2016-05-01', '标题\n（本文写于一九七六年五月，二〇一六年收入本书时略有删节）' + body).status,
    ).toBe('历史文献'));
});
