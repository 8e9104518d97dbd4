// Causes found by judging a twenty-sixth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported26.json: excerpts of ten library reports saved as a user saves them): a 多选 of the 提法 a paper
// holds (dull in every imported draw), a 提法 blanked at its canonical length where the text writes a longer variant
// (统筹【山水林田湖草】沙系统治理), a view a news item reports of a named person (…教授林静认为，【教育强国】建设的关键在
// 教师), a subject whose bare predicate the library says of another (【全面从严治党】永远在路上: 党的自我革命), a
// condition whose result names only our cause (只有坚持【改革开放】，才能把我们的事业继续推向前进), a verb before a
// quality that opens its object (【营造】良好的文化环境), the course of an act (在【攻坚克难】中取得) and half of a subject
// the segmenter opens on a verb (收入【分配制度】是…); and, left acceptable in questions-imported19.json, a
// shortened form of the library's line (发展是解决一切问题的…) and a blank on a word for the world at large
// (【世界】的发展…). The lines are the reports'; the documents around them are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { otherSubject } from '../../../electron/core/quiz/open-subject.js';
import { openCondition } from '../../../electron/core/quiz/slot-rivals.js';
import { broadKey, shortenedLine } from '../../../electron/core/quiz/import-lines.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** An imported report (a user's import) saying `line`, and a library report. */
const imported = (line: string, library = '全年城镇新增就业1300万人。'): SourceDoc[] => [
  sourceDoc('u:r0', 2022, [line], { title: '政府工作报告（学习摘录）' }),
  sourceDoc('b:lib', 2021, [library]),
];
/** The 填空 keys of `term` in an imported line asked as a 提法. */
const termKeys = (line: string, term: string) => {
  const src: QuizSource = {
    ...sourceOf(imported(line), []),
    terms: [{ term, docId: 'u:r0', paragraph: 0, start: line.indexOf(term) }],
  };
  return keysOf(generateFromTerms(src));
};
/** The 填空 keys of an imported line asked as a 金句, the library saying `library`. */
const quoteKeys = (line: string, library: string) => {
  const docs = imported(line, library);
  return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])));
};
const blanksOf = (text: string) => keyBlanks(text, 1, undefined, false, true).map((b) => b.text);

describe('a 提法 the text writes in a longer variant', () => {
  it('is not blanked at its canonical length (统筹【山水林田湖草】沙系统治理)', () => {
    const line = '加强生态环境分区管控，科学开展国土绿化，统筹山水林田湖草沙系统治理，保护生物多样性。';
    expect(termKeys(line, '山水林田湖草')).toEqual([]);
  });
  it('guard: the canonical form written as it is', () => {
    const line = '加强生态环境分区管控，科学开展国土绿化，统筹山水林田湖草系统治理，保护生物多样性。';
    expect(termKeys(line, '山水林田湖草')).toEqual(['山水林田湖草']);
  });
});

describe('a view a news item reports of a named person', () => {
  it('is no 提法 fact (…教授林静认为，【教育强国】建设的关键在教师)', () => {
    const line = '全国政协委员、某大学教授林静认为，教育强国建设的关键在教师，要让教师成为最受尊重的职业。';
    expect(termKeys(line, '教育强国')).toEqual([]);
  });
  it('guard: the same line said as the text’s own, or as ours (我们认为，…)', () => {
    expect(termKeys('加快建设教育强国，办好人民满意的教育，要让教师成为最受尊重的职业。', '教育强国')).toEqual([
      '教育强国',
    ]);
    expect(
      termKeys('我们认为，加快建设教育强国，办好人民满意的教育，要让教师成为最受尊重的职业。', '教育强国'),
    ).toEqual(['教育强国']);
  });
});

describe('a subject whose bare predicate the library says of another subject', () => {
  const line = '全面从严治党永远在路上。';
  const library = '全党必须牢记，全面从严治党永远在路上，党的自我革命永远在路上，决不能有松劲歇脚、疲劳厌战的情绪。';
  it('has that subject as an answer too (【全面从严治党】永远在路上: 党的自我革命)', () => {
    expect(otherSubject(line, at(line, '全面从严治党'), [library])).toBe('党的自我革命');
    expect(quoteKeys(line, library)).toEqual([]);
  });
  it('guard: a library saying it of the key only', () => {
    expect(otherSubject(line, at(line, '全面从严治党'), ['全面从严治党永远在路上，一刻也不能放松。'])).toBeNull();
  });
});

describe('a condition whose result names only our cause', () => {
  it('is open to any principle (只有坚持【改革开放】，才能把我们的事业继续推向前进)', () => {
    const line = '只有坚持改革开放，才能把我们的事业继续推向前进。';
    expect(openCondition(line, at(line, '改革开放'))).toBe(true);
    expect(quoteKeys(line, '改革开放是国家发展进步的根本动力。')).toEqual([]);
  });
  it('guard: a result naming its own field (才能赢得人民群众的衷心拥护)', () => {
    const line = '只有坚持以人民为中心，才能赢得人民群众的衷心拥护。';
    expect(openCondition(line, at(line, '以人民为中心'))).toBe(false);
  });
});

describe('words of a sentence that ask a guess', () => {
  it('a verb before a quality that opens its object (【营造】良好的文化环境: 创造 fits)', () => {
    expect(blanksOf('营造良好的文化环境，是提高社会文明程度、推进改革开放和现代化建设的重要条件。')).not.toContain(
      '营造',
    );
  });
  it('the course of an act (在【攻坚克难】中取得: 艰苦奋斗 fits)', () => {
    expect(blanksOf('中国的发展成就从来都是在攻坚克难中取得的。')).not.toContain('攻坚克难');
  });
  it('half of a subject the segmenter opens on a verb (收入【分配制度】是…)', () => {
    const line = '收入分配制度是经济社会发展中一项根本性、基础性的制度，是社会主义市场经济体制的重要基石。';
    expect(blanksOf(line)).not.toContain('分配制度');
  });
  it('guard: a noun object of a verb and a subject of one word keep their blanks', () => {
    expect(blanksOf('纪律是带电的高压线。')).toEqual(['纪律']);
    expect(blanksOf('实体经济从来都是我国发展的根基，当务之急是加快转型升级。')).toEqual(['根基']);
  });
});

describe('what questions-imported19 left acceptable', () => {
  const library = '发展是解决我国一切问题的基础和关键，发展必须是科学发展。';
  it('a shortened form of the library’s line is not asked (发展是解决一切问题的【基础和关键】)', () => {
    expect(shortenedLine('发展是解决一切问题的基础和关键。', [hanChars(library)])).toBe(true);
    expect(quoteKeys('发展是解决一切问题的基础和关键。', library)).toEqual([]);
  });
  it('guard: the full line, or one the library also says word for word', () => {
    expect(shortenedLine('发展是解决我国一切问题的基础和关键。', [hanChars(library)])).toBe(false);
    const spirit = '民族精神是一个民族赖以生存和发展的精神支撑。';
    expect(shortenedLine(spirit, [hanChars(`坚持弘扬和培育民族精神。${spirit}`)])).toBe(false);
  });
  it('a blank on a word for the world at large or everyday life is no key of an import (【世界】的发展…)', () => {
    const line = '世界的发展也决不能长期建立在广大发展中国家贫穷落后的基础之上。';
    const [blank] = keyBlanks(line, 2, undefined, false, true);
    expect(blank?.text).toBe('世界');
    expect(broadKey(blank!)).toBe(true);
    expect(broadKey({ text: '精神支撑' })).toBe(false);
  });
});
