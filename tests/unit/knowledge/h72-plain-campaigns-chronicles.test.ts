// Round h72 (history-fixtures/labels-h72.json): undated 1949–78 prose whose signs the code missed — 1962's 压缩城镇人口,
// 1951's 斗争大会 and 浮财, 1955's 三定 as the work laid on, 1961's accounting unit sent down, the 四清 and its 贫协, 1963's
// 题词 just given, letters to the 志愿军, 1956's 百花齐放 just proposed, 1957's 整风 and 鸣放, 1958's 小土群 and 并社, the
// 三线, 1975's 派性 and 三项指示, 1967's Hong Kong struggle, 1978's 科学大会 — and today's texts that look old: a 村史 told by
// the year, a 党史 lesson's moral, Hong Kong's return kept, a 三线 纪念 quoting its slogan.
import { describe, expect, it } from 'vitest';
import { BUILDING, CR, FOUNDING, LEAP, NEUTRAL, note, status } from './undated-status.js';

describe('1949–78 prose with the signs round h72 reads', () => {
  it.each([
    ['县里压缩城镇人口二千人，精减职工六百人，都已回乡参加生产。', BUILDING],
    ['村里开了斗争大会，贫雇农上台诉苦，浮财分给了穷人。', FOUNDING],
    ['乡干部要做好粮食定产、定购、定销的工作，按户落实。', FOUNDING],
    ['公社把基本核算单位下放到生产队，实行三级所有，队为基础。', BUILDING],
    ['四清工作队进村以后，组织起了贫下中农协会。', BUILDING],
    ['毛主席为雷锋同志题词以后，全连战士人人争做毛主席的好战士。', BUILDING],
    ['亲爱的志愿军同志们：我们厂开展爱国增产竞赛，支援你们打胜仗。', FOUNDING],
    ['上级最近提出了百花齐放、百家争鸣的方针，所里按照十二年科学远景规划安排课题。', FOUNDING],
    ['欢迎同志们大胆鸣放，帮助党整风，揭露官僚主义、宗派主义和主观主义。', FOUNDING],
    ['全县大搞小土群，保证钢产量翻一番。', LEAP],
    ['各乡小社并大社以后，公社实行供给制。', LEAP],
    ['厂里号召好人好马上三线，加快三线建设。', NEUTRAL],
    ['县委号召全县干部克服派性，把国民经济搞上去。', NEUTRAL],
    ['全厂以三项指示为纲，克服派性，搞好生产。', CR],
    ['港英當局瘋狂鎮壓愛國工人，各界同胞堅持反英抗暴。', CR],
    ['全国科学大会召开以后，大家决心向科学技术现代化进军。', NEUTRAL],
    ['各单位要把揭发批判“四人帮”的斗争搞好，狠批“四人帮”破坏生产的罪行。', NEUTRAL],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });
});

describe('what stays current', () => {
  it.each([
    // A 村史 told by the year: three sentences opening on three years.
    '一九五〇年冬，村里开了斗争大会。一九五二年，成立了互助组。一九五五年，办起了初级社。',
    // A 党史 lesson's moral, and a 地方志 telling the 三定 beside a later year.
    '一九六一年，中央作出减少城镇人口的决定，全国精减职工近千万。这段历史告诉我们，要同人民群众同甘共苦。',
    '一九五五年，全县推行定产、定购、定销，一九八五年改为合同定购。',
    // Hong Kong's return kept, not the state's founding.
    '今年是香港回归祖国二十五周年，各界举行庆祝活动。',
    // The slogan quoted, the conference told as past, the 百花齐放 told as then, 宗派性 of today.
    '当年，建设者们怀着“好人好马上三线”的豪情来到山区。如今，三线精神薪火相传。',
    '四十多年前召开的全国科学大会，迎来了科学的春天。',
    '一九五六年，我考进大学。那时候刚提出百花齐放、百家争鸣的方针，老师们各抒己见。',
    '一九七九年，公社继续实行三级所有，队为基础的制度，贫下中农协会停止活动。',
    '要克服宗派性，防止搞小圈子，把全市经济搞上去。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});
