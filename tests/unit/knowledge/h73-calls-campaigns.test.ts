// Round h73 (history-fixtures/labels-h73.json): undated 1954–78 prose whose signs the code missed — a weak sign the
// text's own organ calls for (号召大家好人好马上三线, h72h-7's miss), 1954's 布票 统购统销 beginning, 1955's 建社, 1956's 公私合营
// asked for, 1957's 合作化 told as last year's, 1962's plenum unnumbered, 1963–64's 反修 and the 四清's items, 1965's 突出
// 政治, 1966–67's 革命师生, 夺权 and 红色政权, 1977's 工业学大庆会议 — and today's texts that look old: the call told (响应……
// 的号召), the plenum numbered, 突出政治标准 and 三线精神 of today, a memoir's 布票.
import { describe, expect, it } from 'vitest';
import { BUILDING, CR, FOUNDING, NEUTRAL, note, status } from './undated-status.js';

describe('1954–78 prose with the signs round h73 reads', () => {
  it.each([
    // A weak sign in the clause of the text's own call counts twice.
    ['厂党委召开大会，号召青年工人好人好马上三线，到山区去建设新厂。', NEUTRAL],
    ['矿党委动员一批老工人支援三线，下月随设备出发。', NEUTRAL],
    ['从明年一月一日起，全省食油实行统购统销，居民凭布票和油票购买。', FOUNDING],
    ['建社工作组进村以后，帮助新建的农业生产合作社搞好评工记分。', FOUNDING],
    ['县人民委员会已经批准全县饮食业实行公私合营。', FOUNDING],
    ['去年实现农业合作化以后，合作社统一交纳农业税，增产不增税。', FOUNDING],
    ['大队传达十中全会精神，社员们表示千万不要忘记阶级斗争。', BUILDING],
    ['机关党委组织大家学习九评，坚决反对现代修正主义。', BUILDING],
    ['工作队发动社员清工分、清账目，把账目公布于众。', BUILDING],
    ['全团贯彻突出政治的原则，活学活用毛主席著作，涌现了一批五好战士。', NEUTRAL],
    ['全市革命师生愤怒声讨资产阶级教育路线。', CR],
    ['革命派联合起来夺权，建立了新生的红色政权。', CR],
    ['全县认真贯彻全国工业学大庆会议精神，建成了三个大庆式企业。', NEUTRAL],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });
});

describe('what stays current', () => {
  it.each([
    // The call told by a later writer, the slogan quoted.
    '当年，父亲响应好人好马上三线的号召，举家来到贵州。',
    '在“好人好马上三线”的号召下，数万名职工来到这里。如今，三线精神代代相传。',
    // The plenum numbered, today's 突出政治标准, a memoir's 布票 in Arabic years, a co-operative of today.
    '1962年9月，党的八届十中全会在北京举行。',
    '选拔干部要突出政治标准，坚持德才兼备、以德为先。',
    '1961年，我家凭布票一年只能扯几尺布。如今，人们的衣柜早已装满。',
    '村里新建的农民专业合作社吸收了一百多户农户入社。',
    '学习三线精神，就要发扬艰苦创业、无私奉献的优良传统，号召青年到基层去。',
    '今年，全市将深入开展爱国卫生运动，动员广大市民清洁家园。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});
