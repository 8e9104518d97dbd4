// Causes found for round imported69 (tests/eval/knowledge/questions-imported69.json: 巡察整改 报告, 民主生活会 对照检查,
// 支部 工作计划, 入党申请书/思想汇报, 红色教育 总结) and the two cases imported68 left open: the writer's pledge asked as a
// series item and as a 金句 (imported68h: 我将坚持精准治污、科学治污、【依法治污】), and 严格落实“【三会一课】”制度 asked as a
// 单选 among 组织生活会, 谈心谈话 and 民主生活会 — each a 制度 a 支部 keeps —, and 积极参加支部组织的“【三会一课】”和主题党日
// 活动 beside 组织生活会, which a member attends too. The lines are the documents'.
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { writersPick } from '../../../electron/core/quiz/open-slots.js';
import { kindBlind, kindMates } from '../../../electron/core/quiz/term-kinds.js';
import { termDistractors, type BlankFit } from '../../../electron/core/quiz/term-distractors.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const fit = (after: string): BlankFit => ({
  fitsVerb: () => false,
  fitsFrame: () => false,
  couldBeTrue: () => false,
  saidHere: () => false,
  after,
});

describe('a 单选 where every term of the key’s kind fits', () => {
  const line = '各支部严格落实“”制度，规范组织生活记录。';
  it('三会一课 before 制度: no options, so no 单选', () => {
    expect(kindBlind('三会一课', '制度，规范组织生活记录。')).toBe(true);
    expect(termDistractors('三会一课', [], line, fit('制度，规范组织生活记录。'), 2025, undefined, true)).toEqual([]);
  });
  it('guard: the same key where the text tells it apart keeps its kind; another kind before 制度 is no case', () => {
    const told = '严格落实“”，按期召开支部党员大会、支委会、党小组会，按时上好党课。';
    const after = '，按期召开支部党员大会、支委会、党小组会，按时上好党课。';
    expect(kindBlind('三会一课', after)).toBe(false);
    expect(termDistractors('三会一课', [], told, fit(after), 2025, undefined, true)).toContain('谈心谈话');
    expect(kindBlind('一岗双责', '制度')).toBe(false);
    expect(kindBlind('四下基层', '制度')).toBe(false);
  });
  it('the object of 参加 (a member attends 三会一课, 主题党日 and 组织生活会 alike): no 单选', () => {
    const b = '一年来，在支部的培养下，我参加了每一次';
    expect(kindBlind('三会一课', '，思想上有了很大进步。', b)).toBe(true);
    const fitBefore = { ...fit('，思想上有了很大进步。'), before: b };
    expect(termDistractors('三会一课', [], b + '“”，思想上有了很大进步。', fitBefore, 2025, undefined, true)).toEqual(
      [],
    );
    expect(kindBlind('三会一课', '”和主题党日', '局机关党委将…把延安精神融入“')).toBe(true);
    // guard: 参加 in an earlier clause says nothing of the blank's
    expect(kindBlind('三会一课', '。', '我参加了培训，支部严格落实“')).toBe(false);
  });
  it('三会一课 and 组织生活会 are never each other’s rival (a member attends both); the others stay', () => {
    expect(kindMates('三会一课', '', 2025)).not.toContain('组织生活会');
    expect(kindMates('组织生活会', '', 2025)).not.toContain('三会一课');
    expect(kindMates('三会一课', '', 2025)).toEqual(['主题党日', '民主生活会', '谈心谈话', '民主评议党员']);
  });
});

describe('the kinds where they tell the key apart', () => {
  it('not on a heading: 夯实全面实施【乡村振兴】战略的组织基础 keeps the options it had', () => {
    const heading = { ...fit('战略的组织基础'), before: '夯实全面实施' };
    const ds = termDistractors('乡村振兴', [], '夯实全面实施战略的组织基础', heading, 2022, undefined, true);
    expect(ds).not.toContain('科教兴国');
    const sentence = { ...fit('战略，建设宜居宜业和美乡村。'), before: '要全面实施' };
    expect(
      termDistractors('乡村振兴', [], '要全面实施战略，建设宜居宜业和美乡村。', sentence, 2022, undefined, true),
    ).toContain('科教兴国');
  });
  it('only with three of the kind left: 1999’s 科教兴国 beside 扩大内需 and 可持续发展 alone is not asked so', () => {
    const line = '实施战略，是实现经济振兴和国家现代化的根本大计，也是本届政府极其重要的任务。';
    const b = { ...fit('战略，是实现经济振兴和国家现代化的根本大计'), before: '实施' };
    expect(kindMates('科教兴国', '战略', 1999)).toEqual(['可持续发展', '扩大内需']);
    expect(termDistractors('科教兴国', [], line, b, 1999, undefined, true)).not.toContain('扩大内需');
  });
});

describe('what struck the writer most', () => {
  it('我体会最深的是【创新驱动发展】战略: his own pick, open to any of its kind', () => {
    const line = '作为科技系统的一名党员，我体会最深的是创新驱动发展战略。';
    const at = line.indexOf('创新驱动发展');
    expect(writersPick(line, { start: at, end: at + 6, text: '创新驱动发展' })).toBe(true);
    const plain = '要深入实施创新驱动发展战略。';
    const p = plain.indexOf('创新驱动发展');
    expect(writersPick(plain, { start: p, end: p + 6, text: '创新驱动发展' })).toBe(false);
  });
});

describe('the writer’s pledge is no study item of any kind', () => {
  const doc = (line: string) => sourceDoc('u:p0', 2025, [line], { title: '学习新发展理念心得' });
  const asked = (line: string) => {
    const d = doc(line);
    return generateQuestions(sourceOf([d], [quoteOf(d, line, null)]), 'all', 100).filter((q) => q.fact === line);
  };
  it('我将坚持精准治污、科学治污、依法治污…: neither a 金句 nor a series item', () => {
    expect(asked('我将坚持精准治污、科学治污、依法治污，深入打好污染防治攻坚战。')).toEqual([]);
    expect(asked('2026年，我将继续坚持精准治污、科学治污、依法治污，深入打好污染防治攻坚战。')).toEqual([]);
  });
  it('guard: the same line as the Party’s task is asked', () => {
    expect(asked('要坚持精准治污、科学治污、依法治污，深入打好污染防治攻坚战。').length).toBeGreaterThan(0);
  });
});
