// Causes found by judging a fifth sample of generated questions outside the evaluation sample
// (tests/eval/knowledge/questions-outside5.json): a 金句 of judgement (…是…的基础和关键) blanked on
// a common noun of its modifier instead of its predicate; a 提法 fact cut after a clause that only
// frames the next one (…全党必须从…的高度), so the question ends mid-sentence; a 提法 asked where
// it modifies the people or the body after it (面对小康社会人民群众…, 中央全面依法治国领导小组).
// The sentences are written for these tests in the shapes of report and congress-report text.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { opensFrame } from '../../../electron/core/quiz/fact-cut.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

/** How many library facts hold a word: 发展 is in most of them, as in the library. */
const df = (w: string) => (w === '发展' ? 500 : 1);
const blanked = (text: string) => keyBlanks(text, 1, df, false, true).map((b) => b.text);

describe('金句 of judgement (X是…的Y)', () => {
  it('blanks the predicate, not a noun of a modifier (一切问题的, 国家的)', () => {
    expect(blanked('发展是解决我国一切问题的基础和关键。')).toEqual(['基础和关键']);
    expect(blanked('国家的统一，人民的团结，各民族的团结，这是我们的事业必定要胜利的基本保证。')).toEqual(['基本保证']);
  });

  it('leaves out 所在 and does not ask a general head (问题, 一部分)', () => {
    // Since round fill67 根本利益 is no 金句 blank either (共同利益, 长远利益 fit as well): the line is not asked.
    expect(blanked('党和国家的集中统一，是全国各族人民的根本利益所在。')).toEqual([]);
    expect(blanked('人民对美好生活的向往，就是我们的奋斗目标所在。')).toEqual(['人民对美好生活的向往']);
    expect(blanked('农业是关系全局的问题。')).not.toEqual(['问题']);
  });

  it('guard: the subject keeps its place where it is chosen (纪律是带电的高压线)', () => {
    expect(blanked('纪律是带电的高压线，谁碰谁就要付出代价。')).toEqual(['纪律']);
    expect(blanked('当今世界是丰富多彩的。')).toHaveLength(1);
  });
});

const termAt = (d: SourceDoc, term: string, paragraph = 0) => ({
  term,
  docId: d.id,
  paragraph,
  start: d.paragraphs[paragraph]!.text.indexOf(term),
});

const factsFor = (doc: SourceDoc, term: string) => {
  const src: QuizSource = { docs: new Map([[doc.id, doc]]), quotes: [], terms: [termAt(doc, term)] };
  return generateFromTerms(src)
    .filter((q) => q.kind === '填空')
    .map((q) => q.fact);
};

describe('提法 facts cut from a long sentence', () => {
  const long =
    '面对国际形势深刻复杂变化，面对繁重艰巨的改革发展稳定任务，我们必须坚持以经济建设为中心，' +
    '牢牢把握“三个代表”重要思想的根本要求，全党必须从党和国家事业兴旺发达、长治久安的高度，' +
    '进一步增强忧患意识和责任意识，把各项工作做得更好。';

  it('never ends on a clause that frames the next (…从…的高度)', () => {
    const facts = factsFor(sourceDoc('r', 2003, [long]), '三个代表');
    expect(facts.length).toBe(1);
    expect(facts[0]).not.toMatch(/高度$/);
    expect(facts[0]).toMatch(/增强忧患意识和责任意识$/);
  });

  it('frames: 从…的高度, 以…的精神风貌, 围绕…, 一靠…; a full clause is none', () => {
    expect(opensFrame('全党必须从社会主义事业兴旺发达的高度')).toBe(true);
    expect(opensFrame('以与时俱进、奋发有为的精神风貌')).toBe(true);
    expect(opensFrame('围绕保障和促进社会公平正义')).toBe(true);
    expect(opensFrame('一靠教育')).toBe(true);
    expect(opensFrame('坚持民主集中制')).toBe(false);
    expect(opensFrame('把扩大国内需求作为促进经济增长的主要措施')).toBe(false);
  });
});

describe('提法 modifying the people or body after it', () => {
  it('is not blanked there (面对小康社会人民群众…, 中央全面依法治国领导小组)', () => {
    const a = sourceDoc('a', 2002, ['面对小康社会人民群众日益增长的精神文化需求，我们要大力发展社会主义文化。']);
    const b = sourceDoc('b', 2017, ['成立中央全面依法治国领导小组，加强对法治中国建设的统一领导。']);
    expect(factsFor(a, '小康社会')).toEqual([]);
    expect(factsFor(b, '全面依法治国')).toEqual([]);
  });

  it('guard: a 提法 before the kind it names (…战略) is still asked', () => {
    const c = sourceDoc('c', 2018, ['我们要深入实施创新驱动发展战略，不断增强经济创新力和竞争力。']);
    expect(factsFor(c, '创新驱动发展')).toHaveLength(1);
  });
});
