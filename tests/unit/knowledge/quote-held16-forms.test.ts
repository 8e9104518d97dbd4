// Forms the 金句 rules missed or misread in three held-out government work reports (quotes16: 2002,
// 2009, 1995): an activity (or three) judged by one copula, what a thing is the guarantee or pillar
// of, 只能…不能, a state judged unchanged; and report prose offered as 金句: a heading, an item of a
// numbered work list, a means then the task, the size of a task, 这么 pointing back. Invented
// sentences of the shapes the reports use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { clausesOf, styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { isTask } from '../../../electron/core/knowledge/sentence-tasks.js';
import { quoteScore } from './quote-score.js';

const report = (...texts: string[]) =>
  quoteCandidates({
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    type: '文件',
    speakers: [{ name: '王某某' }],
  });

describe('a judgement the held-out reports showed missing', () => {
  it.each([
    // Three short activities judged by one copula.
    '加强法治建设，维护公平正义，促进社会和谐，是全体人民的根本利益所在。',
    // What alone may be done set against what may not.
    '我国是一个发展中国家，只能量力而行，不能好高骛远。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it.each([
    // The pillar, the common wish: a paragraph's topic sentence.
    '乡镇企业特别是实力较强的骨干企业，是我们县域经济的支柱。',
    '保护生态环境，建设美丽家园，是全体村民的共同愿望。',
  ])('is a 金句 opening its paragraph: %s', (text) => {
    expect(quoteScore(text, true)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads what a thing is the guarantee of as a judgement', () => {
    expect(styleOf('加强党的自身建设，是我们各项事业顺利发展的坚强政治保证。').aphorism).toBe(true);
  });

  it('leaves the list number off an item judged in its own sentence', () => {
    const c = report('二是大力发展职业教育，这是缓解就业压力最直接、最有效的办法。').map((x) => x.text);
    expect(c).toContain('大力发展职业教育，这是缓解就业压力最直接、最有效的办法。');
  });

  it('reads a state of things judged unchanged as a judgement', () => {
    expect(styleOf('我国经济稳中向好的基本态势没有改变。').aphorism).toBe(true);
  });

  it('reads one aim served as a thesis, a list of aims as a policy', () => {
    const one = '坚持改革开放，是实现国家富强的基础和前提。';
    expect(isTask(one, clausesOf(one))).toBe(false);
    const two = '坚持改革开放，是保持合理规模、优化结构的根本保证。';
    expect(isTask(two, clausesOf(two))).toBe(true);
  });

  it('takes steady growth for no statistic', () => {
    expect(styleOf('保持经济持续增长，是改善民生的基础。').dated).toBe(false);
    expect(styleOf('全年财政收入比上年增长。').dated).toBe(true);
  });
});

describe('report prose the held-out reports showed offered', () => {
  it.each([
    '三是实施乡村建设行动，提高农村人居环境质量。',
    '通过发展特色产业，继续增加农民收入。',
    '市、县财政有困难的，省级财政也要予以补助。',
    '当务之急是落实减税政策，确保企业轻装上阵。',
    '大兴调查研究之风，深入基层，了解实情。',
    '密切联系群众，倾听群众呼声。',
  ])('is a task: %s', (text) => {
    expect(isTask(text, clausesOf(text))).toBe(true);
  });

  it('leaves out the size of a task said clause by clause', () => {
    expect(quoteScore('我们面临的任务艰巨而繁重，我们肩负的使命光荣而伟大。')).toBe(-Infinity);
  });

  it('reads a plan’s years and the problem of the moment as narration', () => {
    expect(styleOf('今后十年是我国发展的关键时期。').narration).toBe(true);
    expect(styleOf('主要的问题是物价上涨过快。').narration).toBe(true);
  });

  it('reads 这么 as pointing back', () => {
    expect(fragmentReason('问题这么多，既有客观原因，也有主观原因。')).not.toBeNull();
  });

  it('offers no heading line, but keeps a judgement set as a heading', () => {
    const body =
      '要坚持以人为本，节约资源，保护环境，推动形成绿色生产方式和生活方式，让人民群众在良好的环境中生产生活。';
    expect(report('走绿色发展之路。', body).map((c) => c.text)).not.toContain('走绿色发展之路。');
    const thesis = '加强团结，维护统一，是人民的根本利益所在。';
    expect(report(thesis, body).map((c) => c.text)).toContain(thesis);
  });
});
