// Causes found by judging a nineteenth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported19.json): a blank on half of a bare subject (政治【体制改革】是…, 【职业】教育是…, 正确【决策】是…),
// a generic head ranked by a word its peers replace (企业优胜劣汰的【重要途径】: 有效途径), a mode of government service
// with its object between the verb and the mode (推行涉企事项“【一件事一次办】”: 一网通办) and a period's name set before
// what it dates (落实【新时代】党的建设总要求), and a predicate the library says of the subject otherwise (大型国有企业是
// 国民经济的【骨干】: 支柱). The lines are those of the report excerpts the draw imported; the
// speeches around them are written for these tests in the shapes of those papers.
import { describe, expect, it } from 'vitest';
import { eraBeforeNoun } from '../../../electron/core/quiz/cut-term.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { otherPredicate, rankOfHead, serviceMode } from '../../../electron/core/quiz/slot-rivals.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Two imported government work reports (a user's imports of the State Council's); the first says `line`. */
const imports = (line: string): SourceDoc[] =>
  [1997, 2017].map((year, i) =>
    sourceDoc(`u:r${i}`, year, [i ? `全年城镇新增就业${i + 1300}万人。` : line], {
      title: ['政府工作报告（摘编）', '政府工作报告（节选）'][i]!,
    }),
  );
/** The 填空 keys of an imported line asked as a 金句, the library holding the report it was cut from. */
const quoteKeys = (line: string) => {
  const docs = [...imports(line), sourceDoc('b:lib', 2002, [`我们认为，${line}`])];
  return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])));
};
/** The 填空 keys of `term` in an imported line asked as a 提法. */
const termKeys = (line: string, term: string) => {
  const docs = imports(line);
  const src: QuizSource = {
    ...sourceOf(docs, []),
    terms: [{ term, docId: 'u:r0', paragraph: 0, start: line.indexOf(term) }],
  };
  return keysOf(generateFromTerms(src));
};
const blanksOf = (text: string) => keyBlanks(text, 1, undefined, false, true).map((b) => b.text);

describe('a blank on half of a bare subject', () => {
  it('gives way to the predicate (政治【体制改革】是…: 自我完善和发展; 【实体】经济从来都是…: 根基)', () => {
    expect(blanksOf('政治体制改革是社会主义政治制度的自我完善和发展。')).toEqual(['自我完善和发展']);
    expect(blanksOf('实体经济从来都是我国发展的根基，当务之急是加快转型升级。')).toEqual(['根基']);
    expect(blanksOf('大型国有企业是国民经济的骨干。')).toEqual(['骨干']);
    expect(quoteKeys('政治体制改革是社会主义政治制度的自我完善和发展。')).toEqual(['自我完善和发展']);
  });
  it('guard: a subject of one word keeps its blank (【纪律】是带电的高压线)', () => {
    expect(blanksOf('纪律是带电的高压线。')).toEqual(['纪律']);
  });
});

describe('a generic head ranked by a word its peers replace', () => {
  it('is no key in an import (企业优胜劣汰的【重要途径】: 有效途径; 经济发展的【重要支柱】)', () => {
    const merge = '兼并破产是企业优胜劣汰的重要途径。';
    expect(rankOfHead(merge, at(merge, '重要途径'))).toBe(true);
    // Half a subject gives way to the predicate, whose rank is then no key: the question goes.
    expect(quoteKeys('职业教育是经济发展的重要支柱。')).toEqual([]);
    expect(quoteKeys('正确决策是各项工作成功的重要前提。')).toEqual([]);
  });
  it('guard: a formulation’s own rank, or a head that is no generic one (根本任务, 重要法宝)', () => {
    const task = '用党的创新理论武装全党是党的思想建设的根本任务。';
    expect(rankOfHead(task, at(task, '根本任务'))).toBe(false);
    const tool = '改革开放是党和人民事业大踏步赶上时代的重要法宝。';
    expect(rankOfHead(tool, at(tool, '重要法宝'))).toBe(false);
  });
});

describe('a mode of government service with its object before it', () => {
  it('is no key (推行涉企事项“一件事一次办”: 一网通办 fits as well)', () => {
    const line = '深化“放管服”改革，推行涉企事项“一件事一次办”，让企业和群众办事更加便捷。';
    expect(serviceMode(line, at(line, '一件事一次办'))).toBe(true);
    expect(termKeys(line, '一件事一次办')).toEqual([]);
  });
  it('guard: a line saying what the mode covers stays', () => {
    const covers = '深化“放管服”改革，“一件事一次办”事项扩大到56项。';
    expect(serviceMode(covers, at(covers, '一件事一次办'))).toBe(false);
  });
});

describe('a period’s name set before what it dates', () => {
  const line = '我们要落实新时代党的建设总要求，健全全面从严治党体系，使我们党坚守初心使命。';
  it('is no key (落实【新时代】党的建设总要求)', () => {
    expect(eraBeforeNoun(line, at(line, '新时代'))).toBe(true);
    expect(termKeys(line, '新时代')).toEqual([]);
  });
  it('guard: the period the clause says (进入了【新时代】。, 【新时代】是奋斗者的时代)', () => {
    const entered = '经过长期努力，中国特色社会主义进入了新时代，这是我国发展新的历史方位。';
    expect(eraBeforeNoun(entered, at(entered, '新时代'))).toBe(false);
    expect(termKeys(entered, '新时代')).toEqual(['新时代']);
    const strivers = '新时代是奋斗者的时代，幸福都是奋斗出来的。';
    expect(eraBeforeNoun(strivers, at(strivers, '新时代'))).toBe(false);
  });
});

describe('a predicate the library says of the subject otherwise', () => {
  const line = '大型国有企业是国民经济的骨干。';
  const library = () => ['国有企业是我国国民经济的支柱。要深化国有企业改革。'];
  it('is no key (大型国有企业是国民经济的【骨干】: the library says 国有企业是我国国民经济的支柱)', () => {
    expect(otherPredicate(line, at(line, '骨干'), library)).toBe(true);
    const docs = [...imports(line), sourceDoc('b:lib', 2002, [library()[0]!, `我们认为，${line}`])];
    expect(keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])))).toEqual([]);
  });
  it('guard: the library saying the same predicate, or another modifier (实体经济…发展的【根基】)', () => {
    expect(otherPredicate(line, at(line, '骨干'), () => ['大型国有企业是国民经济的骨干。'])).toBe(false);
    const base = '实体经济从来都是我国发展的根基。';
    expect(otherPredicate(base, at(base, '根基'), () => ['实体经济是国民经济的基础。'])).toBe(false);
  });
});
