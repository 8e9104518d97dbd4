// Causes found by judging a fifteenth draw of questions from documents a user imports (the papers and pages of
// import rounds 20 and 21 and the s20/s21 speech fixtures, tests/eval/knowledge/questions-imported15.json): a
// local line's blank on an ordinary noun that completes an everyday phrase (把项目现场当作【主战场】, 青年人才是
// 城市发展的【生力军】: 主力军 fits as well), and a five-year plan's number asked with no year to tell which. The
// texts are written for these tests in the shapes of those papers.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { undatedPlanNumber } from '../../../electron/core/quiz/generate.js';
import { knowableBlank, openSlotBlank } from '../../../electron/core/quiz/local-blanks.js';
import type { QuestionDraft, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Three county speeches (a user's imports, a local voice); the first says `line`. */
const speeches = (line: string): SourceDoc[] =>
  ['梁国庆', '郑海涛', '许文静'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2026, [i ? `全县新建党群服务中心${i + 10}个。` : line], {
      type: '讲话',
      source: null,
      title: ['在全县项目建设推进会上的讲话', '在全市作风建设大会上的讲话', '在全县组织工作会议上的讲话'][i]!,
      speakers: [who],
    }),
  );
const fills = (line: string, library: SourceDoc[] = []) => {
  const docs = [...speeches(line), ...library];
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)]))
    .filter((q) => q.kind === '填空')
    .map((q) => q.blanks.map((b) => b.text).join('；'));
};
const never = () => false;

describe('a blank of a local voice’s own line', () => {
  it('is no ordinary noun completing an everyday phrase (主战场, 生力军, 攻坚: others fit as well)', () => {
    expect(fills('各级领导干部要把项目现场当作主战场，一线发现问题、一线解决问题。')).toEqual([]);
    expect(fills('青年人才是城市发展的生力军，我们将拿出最大诚意，为青年人才提供更好的发展舞台。')).toEqual([]);
    expect(fills('今年是攻坚之年，全县干部要把心思用在干事上、把本领用在发展上。')).toEqual([]);
  });

  it('guard: a 提法 of the lexicon is still blanked (坚持稳中求进)', () => {
    expect(fills('谋划明年工作，要坚持稳中求进，既要保持战略定力，又要增强工作的主动性。')).toContain('稳中求进');
  });

  it('is kept where the library says the clause round it (纪律是管党治党的戒尺)', () => {
    const text = '我深刻认识到，纪律是管党治党的戒尺。';
    const said = (han: string) => '纪律是管党治党的戒尺也是党员干部的行为底线'.includes(han);
    expect(knowableBlank(text, at(text, '戒尺'), said)).toBe(true);
    expect(knowableBlank(text, at(text, '戒尺'), never)).toBe(false);
  });

  it('is kept where the line sets it in quotation marks (“一岗多责、一专多能”)', () => {
    const text = '村干部按照“一专多能”的要求统筹承担各项工作。';
    expect(knowableBlank(text, at(text, '一专多能'), never)).toBe(true);
  });
});

describe('a five-year plan’s number', () => {
  const draft = (stem: string, fact: string, key: string): QuestionDraft => ({
    kind: '填空',
    stem,
    fact,
    options: [],
    correct: [],
    blanks: [at(fact, key)],
    factKind: 'quote',
    docId: 'u:s0',
    paragraph: 0,
    start: 0,
    end: fact.length,
    explanation: '',
    tags: [],
  });
  const fact = '明年是实施“十四五”规划的关键一年，做好明年工作意义重大。';
  it('is not asked where no year tells which plan is meant', () => {
    expect(undatedPlanNumber(draft('补全金句（《中共青河县委十五届六次全会召开》）：', fact, '十四五'))).toBe(true);
  });
  it('guard: asked where the stem gives the year', () => {
    expect(undatedPlanNumber(draft('补全金句（《青河县委全会》（2024年））：', fact, '十四五'))).toBe(false);
  });
});

describe('guard: a well-known saying holding the blank', () => {
  it('is knowable (没有调查，就没有发言权)', () => {
    const text = '调查研究是谋事之基、成事之道，没有调查就没有发言权。';
    expect(knowableBlank(text, at(text, '发言权'), never)).toBe(true);
  });
});

describe('a 提法 blank of a local line in a slot any 提法 fills', () => {
  it('the object of a theme slogan’s verb of service, the field of a lever (乡村振兴, 高质量发展)', () => {
    expect(fills('践行初心使命，服务乡村振兴。')).toEqual([]);
    expect(fills('招商引资是经济工作的生命线，项目建设是高质量发展的主抓手。')).toEqual([]);
    const text = '项目建设是高质量发展的主抓手。';
    expect(openSlotBlank(text, at(text, '高质量发展'))).toBe(true);
  });
  it('guard: a 提法 the line ties down is not (坚持稳中求进，既要保持战略定力)', () => {
    const text = '要坚持稳中求进，既要保持战略定力，又要增强工作的主动性。';
    expect(openSlotBlank(text, at(text, '稳中求进'))).toBe(false);
  });
});
