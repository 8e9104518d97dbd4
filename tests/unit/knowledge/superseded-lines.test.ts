// Superseded lines (history-fixtures/README.md): historical documents in the forms users import
// them are 历史文献 with the note of their period; current texts that quote 以阶级斗争为纲 or the
// 两个凡是 to criticise them stay 现行, but the criticised lines never become a 金句, a question,
// an answer or a suggested 提法; current texts that merely mention an early year stay normal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPeriodDate, ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine, isSupersededLine } from '../../../electron/core/knowledge/superseded-lines.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';
import { HISTORY_LABELS, judgeHistory, type HistoryFindings } from './history-fixtures.js';

describe('the labelled set of historical and history-discussing imports', () => {
  let t: TestCore;
  let found: HistoryFindings;
  beforeAll(async () => {
    t = makeCore();
    found = await judgeHistory(t);
  }, 120_000);
  afterAll(() => t.close());

  it('covers historical, criticising and merely dated texts in .txt, .docx, .html, .pdf and .doc', () => {
    expect(HISTORY_LABELS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(HISTORY_LABELS.map((l) => l.format))).toEqual(new Set(['txt', 'docx', 'html', 'pdf', 'doc']));
  });
  it('gives every file its status and its period’s note', () => expect(found.status).toEqual([]));
  it('makes no 金句 of a criticised line or a historical document', () => expect(found.quotes).toEqual([]));
  it('asks no question on them and no answer is a superseded line', () => expect(found.questions).toEqual([]));
  it('suggests neither their 金句 nor a superseded line as a 提法', () => expect(found.suggestions).toEqual([]));
  it('labels a superseded line the user’s files alone hold (一大二公) as a 历史提法', () =>
    expect(found.terms).toEqual([]));
  it('never blocks a line that stays study material (为人民服务, the 历史决议’s verdict)', () =>
    expect(found.blockedValid).toEqual([]));
  it('keeps the other 金句 of the current texts', () => expect(found.currentQuotes).toBeGreaterThanOrEqual(12));
});

describe('the date a text gives itself', () => {
  it.each([
    ['把无产阶级文化大革命进行到底\n（一九六七年五月）\n当前……', '1967-05'],
    ['（这是作者一九五八年九月在省委工作会议上讲话的一部分。）\n同志们：', '1958-09'],
    ['（原载《红旗》杂志1976年第4期）\n当前……', '1976'],
    ['在全省农村工作会议上的讲话\n1962年3月\n同志们：', '1962-03'],
    ['……推向新的高潮。\n县农办\n1975.1', '1975-01'],
  ])('%s → %s', (text, year) => expect(ownPeriodDate(text)).toBe(year));

  it('is a Word page header’s date line, not a year inside its words', () => {
    expect(headerPeriodDate(['红旗县委办公室　一九六四年十二月'])).toBe('1964-12');
    expect(headerPeriodDate(['人民日报 1967年5月16日'])).toBe('1967-05-16');
    expect(headerPeriodDate(['红星机械厂（始建于1956年）'])).toBeNull();
    expect(headerPeriodDate(['学习资料 2023年第5期'])).toBeNull();
  });
  it('is not a span under a title nor a year in the body', () => {
    expect(ownPeriodDate('建党百年\n（1921—2021）\n正文……')).toBeNull();
    expect(ownPeriodDate('同志们：\n1956年4月，我厂在一片荒滩上破土动工，1958年建成投产。\n正文')).toBeNull();
  });
});

describe('the status of an undated import by its own voice', () => {
  it('the Great Leap’s and 1977’s own wording are historical, with their period', () => {
    const leap = statusOfImport(null, '钢是工业的元帅。全党全民大办钢铁，为在十五年内赶上和超过英国而奋斗！');
    expect([leap.status, /大跃进/.test(leap.statusNote ?? '')]).toEqual(['历史文献', true]);
    const y1977 = statusOfImport(null, '在英明领袖华主席为首的党中央领导下，贯彻抓纲治国的战略决策。');
    expect([y1977.status, /三中全会前/.test(y1977.statusNote ?? '')]).toEqual(['历史文献', true]);
  });
  it('the 两个凡是 and the campaign against the 四人帮 in 1977’s own voice are historical', () => {
    const text =
      '在以华国锋同志为首的党中央领导下，深入揭批“四人帮”。凡是毛主席作出的决策，我们都坚决维护。要把揭批“四人帮”的第三战役打好。';
    expect(statusOfImport(null, text).statusNote).toMatch(/三中全会前/);
  });
  it('a date the file keeps outside its text (a page header) dates it', () =>
    expect(statusOfImport(null, '全县各人民公社认真学习大寨大队的经验。', [], '1964-12').status).toBe('历史文献'));
  it('a later text that quotes them is current', () => {
    const text = '党史学习辅导材料：“以钢为纲”、全民大炼钢铁的做法，造成浪费；“人有多大胆，地有多大产”是错误的。';
    expect(statusOfImport(null, text).status).toBe('现行');
  });
});

describe('criticised lines', () => {
  it.each([
    '“以阶级斗争为纲”是错误的理论和实践，给党和人民造成了严重损失。',
    '全会坚决批判了“两个凡是”的错误方针。',
    '我们党摒弃了“阶级斗争，一抓就灵”的错误做法。',
    '当时流行的“人有多大胆，地有多大产”的口号，已被实践证明是错误的。',
    '宁要社会主义的草，不要资本主义的苗。',
    '阶级斗争，一抓就灵。',
    '当时提出的“一大二公”“穷过渡”等主张，脱离了生产力发展的实际，严重挫伤了农民的生产积极性。',
    '“造反有理”“全面专政”等口号，造成了严重的混乱和破坏。',
    '连队的墙上写着“抓革命，促生产”几个大字。',
    '车站的喇叭里反复播放着最高指示：“要关心国家大事。”',
    '當年鼓吹的「一大二公」，早已被歷史證明是錯誤的。',
    '当年鼓吹的「某某挂帅」，早已被证明是错误的。',
    '“文攻武卫”的口号提出后，各地武斗不断升级。',
    '造反派打着“全面夺权”的旗号，把各级党委和政府机关搞得瘫痪。',
    '红卫兵以“破四旧”为名，砸毁了大批文物。',
    '“三忠于”“四无限”的活动，使个人崇拜登峰造极。',
  ])('%s is no 金句 and no question', (s) => expect(isCriticisedLine(s)).toBe(true));

  it.each([
    '改革开放只有进行时，没有完成时。',
    '坚持“两个毫不动摇”，激发各类经营主体活力。',
    '实践是检验真理的唯一标准。',
    '“文化大革命”不是也不可能是任何意义上的革命或社会进步。',
    '“文化大革命”是一场由领导者错误发动，被反革命集团利用，给党、国家和各族人民带来严重灾难的内乱。',
    '全心全意为人民服务，是我们党的根本宗旨。',
    '毛泽东同志强调：“没有调查，就没有发言权。”',
    '务必使同志们继续地保持谦虚、谨慎、不骄、不躁的作风，务必使同志们继续地保持艰苦奋斗的作风。',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));

  it('an answer that is a superseded line, not a title that names one', () => {
    expect(isSupersededLine('阶级斗争为纲')).toBe(true);
    expect(isSupersededLine('两个凡是')).toBe(true);
    expect(isSupersededLine('从“以阶级斗争为纲”到以经济建设为中心')).toBe(false);
    expect(isSupersededLine('实事求是')).toBe(false);
  });
});
