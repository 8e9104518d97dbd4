// Superseded lines (history-fixtures/README.md): historical documents in the forms users import
// them are 历史文献 with the note of their period; current texts that quote 以阶级斗争为纲 or the
// 两个凡是 to criticise them stay 现行, but the criticised lines never become a 金句, a question,
// an answer or a suggested 提法; current texts that merely mention an early year stay normal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
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

  it('covers historical, criticising and merely dated texts in .txt, .docx and .html', () => {
    expect(HISTORY_LABELS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(HISTORY_LABELS.map((l) => l.format))).toEqual(new Set(['txt', 'docx', 'html']));
  });
  it('gives every file its status and its period’s note', () => expect(found.status).toEqual([]));
  it('makes no 金句 of a criticised line or a historical document', () => expect(found.quotes).toEqual([]));
  it('asks no question on them and no answer is a superseded line', () => expect(found.questions).toEqual([]));
  it('suggests neither their 金句 nor a superseded line as a 提法', () => expect(found.suggestions).toEqual([]));
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
  ])('%s is no 金句 and no question', (s) => expect(isCriticisedLine(s)).toBe(true));

  it.each([
    '改革开放只有进行时，没有完成时。',
    '坚持“两个毫不动摇”，激发各类经营主体活力。',
    '实践是检验真理的唯一标准。',
    '“文化大革命”不是也不可能是任何意义上的革命或社会进步。',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));

  it('an answer that is a superseded line, not a title that names one', () => {
    expect(isSupersededLine('阶级斗争为纲')).toBe(true);
    expect(isSupersededLine('两个凡是')).toBe(true);
    expect(isSupersededLine('从“以阶级斗争为纲”到以经济建设为中心')).toBe(false);
    expect(isSupersededLine('实事求是')).toBe(false);
  });
});
