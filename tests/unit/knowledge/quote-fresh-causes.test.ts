// Causes of 金句 missed or wrongly kept in the fresh reports (quotes11): things listed judged together
// by 都是 or by one copula before a duty, a verb alone named as what is key (改革是关键), an activity
// equated with another (…就是…), a judgement by a verb with a duty that orders no task, 符合…根本利益;
// and against report prose: a trend told in every clause (越来越), 近些年 as a period narrated, a
// duty closing on who is to lead the way (…要带头), a goal to reach (努力做到…) closing a work plan.
// Invented sentences of the shapes the reports use.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { topicKey } from '../../../electron/core/knowledge/sentence-tasks.js';
import { quoteScore } from './quote-score.js';

describe('theses the fresh reports showed missing', () => {
  it.each([
    // Things listed, or every one of a kind, judged together by 都是.
    '城市、乡村、园区都是高质量发展的主阵地。',
    '公办学校、民办学校、职业学校都是培养人才的重要阵地。',
    // A listed subject defined, then the duty it lays on everyone.
    '住房使用权、宅基地使用权、集体资产收益权是法律赋予群众的财产权利，任何人都不能侵犯。',
    // What is key to the activity named first, when it is a verb alone (a thing named).
    '推进乡村振兴，创新是关键。',
    // A subject said to serve everyone's root interest.
    '开放合作符合各国人民的根本利益。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads an activity equated with another (…就是…) as a judgement, not a task', () => {
    const f = styleOf('保护生态就是保护生产力、保护发展潜力。');
    expect(f.task).toBe(false);
    expect(f.aphorism).toBe(true);
    expect(styleOf('加强生态保护，推进绿色发展。').task).toBe(true);
  });

  it('takes a judgement by a verb followed by a duty that orders no task', () => {
    expect(styleOf('饮用水安全事关群众健康，必须管得严而又严。').aphorism).toBe(true);
    // 必须 before an instruction verb is the task the judgement leads to.
    expect(styleOf('交通建设关系到发展，必须加快推进铁路和公路网络建设。').aphorism).toBe(false);
  });

  it('leaves what is key a task when it has its object (增加出口)', () => {
    expect(topicKey('推进乡村振兴，创新是关键。')).toBe(true);
    expect(topicKey('扩展对外贸易，增加出口是关键。')).toBe(false);
  });
});

describe('report prose the fresh reports showed kept', () => {
  it.each([
    // A trend told in every clause: no 越…越 and no 反复.
    '基层治理的水平越来越高，群众的满意度越来越高。',
    '社会保障的覆盖面越来越广，保障水平越来越高。',
    // 近些年 narrates a period.
    '近些年是我国教育发展最快的时期。',
    // A duty closing on who is to lead the way.
    '各级机关必须勤俭办事、厉行节约，市级机关和县级机关要带头。',
    // A clause setting a goal to reach (努力做到, 力争) makes the sentence a work plan.
    '向促创新要动力，向调结构要助力，向惠民生要潜力，既扩大有效需求，又增加有效供给，努力做到稳中求进。',
  ])('stays out: %s', (text) => {
    expect(quoteScore(text)).toBeLessThan(MIN_SCORE);
  });

  it('still takes 越…越 and a single 越来越 judged elsewhere', () => {
    expect(styleOf('越是困难越要坚定信心。').pattern).toBe(true);
    expect(styleOf('基层治理的水平越来越高，群众的满意度越来越高。').pattern).toBe(false);
  });
});
