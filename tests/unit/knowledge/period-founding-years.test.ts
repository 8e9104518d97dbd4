// Round h17 of the historical-document rules (history-fixtures/README.md): the founding years'
// campaigns in their own voice (土改, 镇反, 三反五反), a 发文字号 as the only date, a date line the
// header reader took off above the body, the note of a 1957–1966 date, and lines a current text
// recalls from a wall or says were shouted before the harm they did.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { leadPeriodDate, ownPeriodDate } from '../../../electron/core/knowledge/own-period-date.js';
import { statusByDate, statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine } from '../../../electron/core/knowledge/superseded-lines.js';

describe('the founding years’ campaigns in their own voice are historical, of the early years', () => {
  it.each([
    '我们依靠贫雇农，团结中农，中立富农，有步骤地消灭封建剥削制度。划分阶级成分时，三榜定案。',
    '坚决贯彻镇压与宽大相结合的政策，坚持首恶者必办，胁从者不问，立功者受奖。',
    '对于大贪污犯，要组织专门的打虎队，坚决打退贪污分子的猖狂进攻。',
    '不法資本家的五毒行為，嚴重損害了國家建設。',
  ])('%s', (text) => {
    const s = statusOfImport(null, text);
    expect([s.status, /新中国成立初期/.test(s.statusNote ?? '')]).toEqual(['历史文献', true]);
  });
  it('a 志 that tells the 土改 in plain words, the policy quoted, is current', () => {
    const text =
      '1950年冬，县委组成土改工作队，开展划分阶级成分，没收地主土地分给农民。土改中贯彻“依靠贫雇农，团结中农，中立富农”的路线，实现了“耕者有其田”。';
    expect(statusOfImport(null, text).status).toBe('现行');
  });
});

describe('a 发文字号 dates the document it heads', () => {
  it.each([
    ['中共某某市委关于开展运动的通知\n市委发〔1952〕第3号\n各区委：', '1952'],
    ['关于农田水利建设的通知\n（65）县农字第12号\n各公社管理委员会：', '1965'],
    ['关于做好防汛工作的通知\n县政办发〔2024〕5号\n各乡镇：', '2024'],
  ])('%s → %s', (text, year) => expect(ownPeriodDate(text)).toBe(year));
  it('a 发文字号 the 公文版头 cleaning took off still dates an import', async () => {
    const text =
      '国务院批转教育部关于高等学校招生工作的意见\n国发〔1977〕112号\n各省、市、自治区，国务院各部委：\n国务院同意教育部的意见，现转发给你们，请遵照执行。\n今年招生，采取自愿报名、统一考试、择优录取的办法。';
    const doc = (await importBytes('notice.txt', Buffer.from(text))).documents[0]!;
    expect([doc.status, /三中全会前/.test(doc.statusNote ?? '')]).toEqual(['历史文献', true]);
  });
});

describe('the lines above the body give the text’s own date', () => {
  const lines = ['做雷锋式的青年', '共青团某某市委宣传部', '一九六三年三月', '毛主席号召我们向雷锋同志学习。'];
  it('an organ over its date line under the title', () =>
    expect(leadPeriodDate(lines, '毛主席号召我们向雷锋同志学习。')).toBe('1963-03'));
  it('but not a line of the body itself', () => expect(leadPeriodDate(lines, lines.join('\n'))).toBeNull());
  it('nor a title that opens on a year, as if it were a 落款', () =>
    expect(
      leadPeriodDate(['一九七五年整顿的历史意义', '1975年，邓小平主持工作。'], '1975年，邓小平主持工作。'),
    ).toBeNull());
});

describe('the note of a dated text names its own years and judges nothing', () => {
  it('1957 to May 1966: the ten years of 全面建设社会主义', () => {
    const note = statusByDate('1963-03').statusNote ?? '';
    expect([/全面建设社会主义时期/.test(note), /否定|错误/.test(note)]).toEqual([true, false]);
  });
  it('before 1957: the founding years', () => expect(statusByDate('1952-02-15').statusNote).toMatch(/新中国成立初期/));
});

describe('lines a current text recalls or says did harm', () => {
  it.each([
    '小时候，那面墙上刷着“不忘阶级苦，牢记血泪仇”几个大字。',
    '黑板上方用红漆写着“千万不要忘记阶级斗争”。',
    '1958年秋，有的地方喊出“跑步进入共产主义”，大刮“共产风”，给农业生产造成了严重损失。',
    '有的地方提出“苦战三年，改变面貌”，把群众的干劲引向不切实际的高指标。',
    '一些地方提出“大办县社工业”，抽调大批农村劳动力，造成了严重的浪费。',
    '“人民公社是桥梁，共产主义是天堂”的标语贴满了墙，严重挫伤了农民的生产积极性。',
    '“某某口号”的口号，在当时被提到了不适当的高度，把阶级斗争扩大化、绝对化了。',
  ])('%s is no 金句 and no question', (s) => expect(isCriticisedLine(s)).toBe(true));
  it.each([
    '习近平总书记提出“绿水青山就是金山银山”，扭转了粗放发展造成严重污染的局面。',
    '村口挂着“乡村振兴，关键在人”的标语，鼓舞着乡亲们。',
    '雷锋在日记中写道：“人的生命是有限的，可是，为人民服务是无限的。”',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));
});
