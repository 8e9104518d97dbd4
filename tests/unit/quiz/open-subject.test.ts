// A definition whose blank is its subject (____是发展的动力 → 改革) where the library says the same
// predicate of another subject (创新是引领发展的第一动力; 党的团结是党的生命 beside 党内民主是党的生命;
// “九二共识”政治基础 beside 一个中国原则是两岸关系的政治基础): a learner's other standard answer would be
// marked wrong (questions-outside10.json's open cases, questions19). The texts are written for these tests
// in the shapes of the government work reports and congress reports.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { otherSubject } from '../../../electron/core/quiz/open-subject.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const report = (id: string, year: number, text: string) =>
  sourceDoc(id, year, [text], { type: '报告', source: '国务院', title: `${year}年政府工作报告`, speakers: [] });

/** The 填空 of `line` in a report of 1998, beside a report of 2016 saying `other`. */
const fills = (line: string, other: string) => {
  const doc = report('r:a', 1998, `要处理好改革、发展、稳定三者之间的关系。${line}要以“三个有利于”为标准。`);
  const docs = [doc, report('r:b', 2016, other), report('r:c', 2005, '今年经济工作的主要任务是保持稳定。')];
  return generateFromQuotes(sourceOf(docs, [quoteOf(doc, line, null)]))
    .filter((q) => q.kind === '填空')
    .map((q) => q.blanks.map((b) => b.text).join('；'));
};

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word };
};

describe('a subject another document gives the same predicate is no key', () => {
  it('a role word said of another subject with the modifier’s noun (改革是发展的动力 / 创新是引领发展的第一动力)', () => {
    expect(fills('改革是发展的动力。', '创新是引领发展的第一动力，必须摆在国家发展全局的核心位置。')).toEqual([]);
  });

  it('the same predicate word for word (党内民主是党的生命 / 党的团结是党的生命)', () => {
    const line = '党内民主是党的生命。';
    expect(otherSubject(line, at(line, '党内民主'), ['党的团结是党的生命，团结统一是党的力量所在。'])).toBe('党的团结');
  });

  it('a shorter standard answer inside the key (解放思想、实事求是 / 实事求是的思想路线)', () => {
    const line = '解放思想、实事求是是我们党的思想路线。';
    const texts = ['坚持解放思想、实事求是的思想路线。', '重新确立马克思主义的实事求是的思想路线。'];
    expect(otherSubject(line, at(line, '解放思想、实事求是'), texts)).toBe('实事求是');
  });

  it('another 提法 set in quotation marks before the head (“九二共识”政治基础)', () => {
    const line = '一个中国原则是两岸关系的政治基础。';
    expect(otherSubject(line, at(line, '一个中国原则'), ['继续坚持“九二共识”政治基础，坚决反对“台独”。'])).toBe(
      '九二共识',
    );
  });

  it('guard: the same answer said longer or shorter elsewhere, or another predicate, keeps the question', () => {
    expect(fills('改革是发展的动力。', '全面深化改革是发展的强大动力。')).toEqual(['改革']);
    const line = '党内民主是党的生命。';
    expect(otherSubject(line, at(line, '党内民主'), ['党的基本路线是党和国家的生命线。'])).toBeNull();
    // A whole whose head the 提法 is (两岸关系和平发展的政治基础) names no answer.
    const taiwan = '一个中国原则是两岸关系的政治基础。';
    expect(otherSubject(taiwan, at(taiwan, '一个中国原则'), ['巩固两岸关系和平发展的政治基础。'])).toBeNull();
    // A broad noun (国家) alone ties no two predicates: 构筑法治国家的基础 is not 国家发展的基础.
    const law = '法治社会是构筑法治国家的基础。';
    expect(otherSubject(law, at(law, '法治社会'), ['科技、教育和人才是国家发展的基础和根本。'])).toBeNull();
    // A possessive subject's head (社会主义的【根本任务】) is no subject another could replace.
    const task = '社会主义的根本任务是解放和发展生产力。';
    expect(otherSubject(task, at(task, '根本任务'), ['改革开放是解放和发展生产力。'])).toBeNull();
  });
});

describe('a role word blanked as a predicate where the library gives the subject another', () => {
  it('创新是企业的【生命线】 beside 创新是一个民族进步的灵魂: 灵魂 would be marked wrong', () => {
    const line = '创新是企业的生命线，要加大研发投入。';
    expect(otherSubject(line, at(line, '生命线'), ['创新是一个民族进步的灵魂，是一个国家兴旺发达的不竭动力。'])).toBe(
      '灵魂',
    );
  });

  it('guard: the same role word elsewhere (党的团结是党的生命) keeps the question', () => {
    const line = '党的团结是党的生命。';
    expect(otherSubject(line, at(line, '生命'), ['党的团结是党的生命。在加快改革开放的新形势下…'])).toBeNull();
  });
});
