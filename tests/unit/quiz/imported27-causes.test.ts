// Causes found by judging questions-imported19.json (left acceptable) and a twenty-seventh draw of questions from
// documents a user imports (tests/eval/knowledge/questions-imported27.json: eight excerpts of library government work
// reports saved as a user saves them): a blank in a frame the library fills with another object (改革是推动【高质量
// 发展】的关键一招; 加强【精神文明】建设的重要内容), a blank in a clause that opens on 这 (这是加强…), and a “which year”
// question on a line whose wording places it in no time (职业教育是经济发展的重要支柱; 社保是民生之基). The lines are
// the reports'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { frameFilledOtherwise, refersBack } from '../../../electron/core/quiz/frame-rivals.js';
import { timeTied } from '../../../electron/core/quiz/import-lines.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** The 填空 keys of a line of a user's import asked as a 金句, the library saying `library`. */
const quoteKeys = (line: string, library: string) => {
  const docs = [
    sourceDoc('u:r0', 2022, [line], { title: '市委全会报道（学习摘录）' }),
    sourceDoc('b:lib', 2021, [library]),
  ];
  return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])));
};

describe('a blank in a frame the library fills with another object', () => {
  const line = '改革是推动高质量发展的关键一招，必须以更大的决心和勇气推进改革。';
  const library = '改革开放是决定当代中国命运的关键一招，也是决定实现“两个一百年”奋斗目标的关键一招。';
  it('is not determined (改革是推动【高质量发展】的关键一招 beside 改革开放是决定当代中国命运的关键一招)', () => {
    expect(frameFilledOtherwise(line, at(line, '高质量发展'), () => [library])).toBe(true);
    expect(quoteKeys(line, library)).not.toContain('高质量发展');
  });
  it('the verb and the frame’s next words (加强【精神文明】建设的重要内容 beside 加强社会主义精神文明建设…)', () => {
    const own = '发扬勤俭办一切事业的优良传统，是加强精神文明建设的重要内容。';
    const lib = '这是加强社会主义精神文明建设的重要内容。';
    expect(frameFilledOtherwise(own, at(own, '精神文明'), () => [lib])).toBe(true);
  });
  it('guard: a library filling the frame with the key only, or words across a clause’s end', () => {
    expect(frameFilledOtherwise(line, at(line, '高质量发展'), () => ['改革是推动高质量发展的关键一招。'])).toBe(false);
    const own = '按照推进国家治理体系和治理能力现代化的要求，加快建设法治政府。';
    const lib = '改革要积极推进。要按照社会主义市场经济的要求，转变政府职能。';
    expect(frameFilledOtherwise(own, at(own, '国家治理体系和治理能力现代化'), () => [lib])).toBe(false);
    // A filler of another head is another thought, not a reading of the key's (questions-imported19.json: good).
    const farm = '农业强国是社会主义现代化强国的根基，推进农业现代化是实现高质量发展的必然要求。';
    const other = '实现祖国完全统一，是实现中华民族伟大复兴的必然要求。';
    expect(frameFilledOtherwise(farm, at(farm, '高质量发展'), () => [other])).toBe(false);
  });
});

describe('a blank in a clause that opens on 这', () => {
  const line = '我们必须大力发扬勤俭建国，勤俭办一切事业的优良传统，这是加强精神文明建设的重要内容。';
  it('is not asked: what it says is of the sentence before (这是加强【精神文明】建设…)', () => {
    expect(refersBack(line, at(line, '精神文明'))).toBe(true);
    expect(quoteKeys(line, '全年城镇新增就业1300万人。')).toEqual([]);
  });
  it('guard: the same blank where the clause names its subject', () => {
    const own = '勤俭节约是加强精神文明建设的重要内容。';
    expect(refersBack(own, at(own, '精神文明'))).toBe(false);
  });
});

describe('“which year is this from” on a line of a user’s import', () => {
  /** A national leader's imported report saying `lines`, beside library reports of his and of nearby years. */
  const yearStems = (lines: string[]) => {
    const docs: SourceDoc[] = [
      sourceDoc('u:r0', 2014, lines, { title: '政府工作报告（节选）', speakers: ['李克强'] }),
      ...[2008, 2010, 2012, 2016, 2018].map((y) =>
        sourceDoc(`b:${y}`, y, ['全年城镇新增就业1300万人。'], { speakers: ['李克强'] }),
      ),
    ];
    const quotes = lines.map((text, i) => ({
      ...quoteOf(docs[0]!, text, null),
      paragraph: i,
      start: 0,
      end: text.length,
    }));
    return generateFromQuotes(sourceOf(docs, quotes))
      .filter((q) => q.stem.includes('出自哪一年'))
      .map((q) => q.fact);
  };
  const plain = ['社保是民生之基。', '职业教育是经济发展的重要支柱。', '实体经济是发展的根基。', '健康是幸福之本。'];
  it('is not asked where the wording places the line in no time (社保是民生之基)', () => {
    expect(timeTied('社保是民生之基。')).toBe(false);
    expect(yearStems(plain)).toEqual([]);
  });
  it('guard: a line its wording dates (今年, 新常态, a five-year plan) is asked', () => {
    expect(timeTied('今年是全面深化改革的开局之年。')).toBe(true);
    expect(timeTied('经济发展进入新常态，精神面貌要有新状态。')).toBe(true);
    const dated = plain.map((l) => `今年${l}`);
    expect(yearStems(dated).length).toBeGreaterThan(0);
  });
});
