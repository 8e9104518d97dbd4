// Causes found by judging a twenty-ninth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported29.json: excerpts of the 1982–2002 reports saved as a speech, a 文件 or a WeChat repost) and the
// held-out batches of the earlier rounds: an adverb of manner blanked before 地 (只有【坚定不移】地深化改革), the
// country named as a broad word (【祖国】的完全统一大业), a subject blanked with another blank besides (【精神文明】既是
// 【…】的重要内容), a 提法 that is the whole opening clause (【巩固拓展脱贫攻坚成果】，坚决防止…), and a list of plain
// nouns asked as a set (重点流域、区域、【海域】). The lines are the reports'; the documents around them are written
// for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromSeries } from '../../../electron/core/quiz/generate-series.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import {
  broadKey,
  mannerBlank,
  quantifiedKey,
  subjectAndMore,
  wholeOpeningClause,
} from '../../../electron/core/quiz/import-lines.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** An imported report (a user's import) saying `line`, and a library report. */
const imported = (line: string, id = 'u:r0'): SourceDoc[] => [
  sourceDoc(id, 1993, [line], { title: '政府工作报告（节选）', type: '讲话', speakers: ['李鹏'] }),
  sourceDoc('b:lib', 1992, ['全年国内生产总值增长百分之十二。']),
];
const quoteKeys = (line: string, id = 'u:r0') => {
  const docs = imported(line, id);
  return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '李鹏')])));
};

describe('an adverb of manner blanked before 地', () => {
  const line = '只有坚定不移地深化改革和扩大开放，才能解决社会经济生活中的深层次矛盾，推动经济发展。';
  it('is no key: 积极稳妥, 坚持不懈 fill it as well', () => {
    expect(mannerBlank(line, at(line, '坚定不移'))).toBe(true);
  });
  it('guard: a region before 地区, and the object after the verb, are not adverbs', () => {
    const west = '加快西部地区发展。';
    expect(mannerBlank(west, at(west, '西部'))).toBe(false);
    expect(mannerBlank(line, at(line, '深化改革'))).toBe(false);
  });
});

describe('the country as a broad word', () => {
  it('is no key: 国家 fits as well', () => {
    expect(broadKey({ text: '祖国' })).toBe(true);
    expect(quoteKeys('我们坚信，祖国的完全统一大业一定能够早日实现，这是全国各族人民的共同心愿。')).not.toContain(
      '祖国',
    );
  });
  it('guard: a 提法 is not broad', () => {
    expect(broadKey({ text: '一国两制' })).toBe(false);
  });
});

describe('a key opening on a word of quantity', () => {
  it('asks the modifier with the noun: 最高理想 fits the frame as well', () => {
    expect(quantifiedKey({ text: '整个思想体系' })).toBe(true);
  });
  it('guard: a noun alone is kept', () => {
    expect(quantifiedKey({ text: '思想体系' })).toBe(false);
    expect(quantifiedKey({ text: '整体' })).toBe(false);
  });
});

describe('a subject blanked with another blank besides', () => {
  const line = '精神文明既是有中国特色社会主义的重要内容，也是改革和建设顺利进行的重要保证。';
  it('leaves nothing to say what the sentence is about', () => {
    expect(subjectAndMore(line, [at(line, '精神文明'), at(line, '有中国特色社会主义')])).toBe(true);
    expect(quoteKeys(line)).toEqual([]);
  });
  it('guard: one blank on the subject, or two blanks inside the sentence, are kept', () => {
    expect(subjectAndMore(line, [at(line, '精神文明')])).toBe(false);
    const pair = '社会的改造，社会制度的进步，最终都将表现为物质文明和精神文明的发展。';
    expect(subjectAndMore(pair, [at(pair, '物质文明'), at(pair, '精神文明')])).toBe(false);
  });
  it('guard: the library’s own line keeps both blanks', () => {
    expect(quoteKeys(line, 'b:lib2').join()).toContain('精神文明');
  });
});

describe('a 提法 that is the whole opening clause', () => {
  const line = '巩固拓展脱贫攻坚成果，坚决防止出现规模性返贫，持续增加农民收入。';
  const termKeys = (text: string, term: string, id = 'u:r0') => {
    const src: QuizSource = {
      ...sourceOf(imported(text, id), []),
      terms: [{ term, docId: id, paragraph: 0, start: text.indexOf(term) }],
    };
    return keysOf(generateFromTerms(src));
  };
  it('is not asked as a 填空: the blank is a clause of its own', () => {
    expect(wholeOpeningClause(line, at(line, '巩固拓展脱贫攻坚成果'))).toBe(true);
    expect(termKeys(line, '巩固拓展脱贫攻坚成果')).toEqual([]);
  });
  it('guard: a 提法 inside its clause is asked', () => {
    const inside = '要坚决巩固拓展脱贫攻坚成果，坚决防止出现规模性返贫，持续增加农民收入。';
    expect(wholeOpeningClause(inside, at(inside, '巩固拓展脱贫攻坚成果'))).toBe(false);
    expect(termKeys(inside, '巩固拓展脱贫攻坚成果')).toEqual(['巩固拓展脱贫攻坚成果']);
  });
});

describe('a list of plain nouns', () => {
  const asked = (line: string, other: string) => {
    const docs = [
      sourceDoc('u:r0', 2001, [line], { title: '在全县生态环境保护大会上的讲话', type: '讲话', source: null }),
      sourceDoc('b:lib', 2003, [other]),
    ];
    return generateFromSeries({ docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] }).map((q) =>
      q.blanks.map((b) => b.text).join('；'),
    );
  };
  it('is no set to learn: 重点流域、区域、【海域】', () => {
    expect(asked('我县要继续开展重点流域、区域、海域的污染治理。', '加强重点流域、区域、海域污染防治工作。')).toEqual(
      [],
    );
  });
  it('guard: a coined set is still asked', () => {
    expect(asked('全县党员要做到学纪、知纪、明纪、守纪。', '开展学纪、知纪、明纪、守纪教育活动。')).toEqual(['守纪']);
  });
});
