// Generation from a small fixture library: every question faithful to its source passage,
// options distinct and from the library, blanks on content words, answer positions varying.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { chooseBlanks } from '../../../electron/core/text/segment.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import type { QuestionDraft, QuizSource } from '../../../electron/core/quiz/types.js';
import { DOCS, makeCore, type TestCore } from './helpers.js';
import { expectWellFormed } from './well-formed.js';

let t: TestCore;
let src: QuizSource;
let all: QuestionDraft[];
beforeAll(() => {
  t = makeCore();
  src = loadSource(t.core.ctx);
  all = generateQuestions(src, 'all', 1000);
});
afterAll(() => t.close());

test('every generated question is well formed and its answers sit in the source span', () => {
  expect(all.length).toBeGreaterThan(15);
  for (const d of all) expectWellFormed(d, src);
});

test('all four kinds of fact produce questions of the expected kinds', () => {
  const kinds = new Set(all.map((d) => `${d.factKind}:${d.kind}`));
  for (const k of ['quote:填空', 'quote:单选', 'term:填空', 'number:填空', 'number:单选']) expect(kinds).toContain(k);
  // No figure is asked as a 判断 (round outside18).
  expect(kinds).not.toContain('number:判断');
});

test('金句 source questions use library titles, speakers and years as options', () => {
  const titles = new Set(DOCS.map((d) => d.title));
  const speakers = new Set(DOCS.flatMap((d) => d.speakers));
  const years = new Set(DOCS.map((d) => `${d.date.slice(0, 4)}年`));
  const sourceQs = all.filter((d) => d.factKind === 'quote' && d.kind === '单选');
  expect(sourceQs.length).toBeGreaterThan(3);
  for (const d of sourceQs) {
    const pool = d.stem.endsWith('哪篇讲话或文献？') ? titles : d.stem.endsWith('是谁说的？') ? speakers : years;
    for (const o of d.options) expect(pool.has(o), `${o} in ${d.stem}`).toBe(true);
    const doc = DOCS.find((x) => x.id === d.docId);
    const right = d.options[d.correct[0] ?? -1];
    expect([doc?.title, ...(doc?.speakers ?? []), `${doc?.date.slice(0, 4)}年`]).toContain(right);
  }
});

test('number distractors are values with the same unit found elsewhere in the library', () => {
  const text = DOCS.flatMap((d) => d.paragraphs).join('');
  for (const d of all.filter((x) => x.factKind === 'number' && x.kind === '单选')) {
    const unit = d.fact.slice(d.blanks[0]?.end ?? 0).match(/^(万亿元|亿元|万人|人|%|元)/)?.[1] ?? '';
    for (const o of d.options) expect(text.includes(o + unit), `${o}${unit}`).toBe(true);
  }
});

test('the correct option does not always sit in the same position', () => {
  const positions = new Set(all.filter((d) => d.kind === '单选').map((d) => d.correct[0]));
  expect(positions.size).toBeGreaterThanOrEqual(3);
});

// Unquoted, a counted formulation keeps its numeral as the clue (四个____: imported4-causes.test.ts).
test('提法 填空 blanks a formulation the text quotes whole, e.g. 推行“____”工作法 → 四议两公开', () => {
  const siyi = all.find(
    (d) =>
      d.factKind === 'term' && d.kind === '填空' && d.fact.includes('四议两公开') && d.blanks[0]?.text === '四议两公开',
  );
  expect(siyi).toBeDefined();
});

test('generation is deterministic and free of duplicates', () => {
  const again = generateQuestions(src, 'all', 1000);
  expect(again.map((d) => d.stem + d.fact + d.options.join())).toEqual(
    all.map((d) => d.stem + d.fact + d.options.join()),
  );
  expect(new Set(all.map((d) => d.kind + d.stem + d.fact + JSON.stringify(d.blanks))).size).toBe(all.length);
});

describe('choosing blank words', () => {
  test.each([
    '江山就是人民，人民就是江山',
    '计划多一点还是市场多一点，不是社会主义与资本主义的本质区别',
    '发展是第一要务，人才是第一资源，创新是第一动力',
  ])('%s: content words only, never particles, punctuation or the whole sentence', (s) => {
    const blanks = chooseBlanks(s, 2);
    expect(blanks.length).toBeGreaterThan(0);
    for (const b of blanks) {
      expect(b.word).toBe(s.slice(b.start, b.end));
      expect(b.word.length).toBeGreaterThanOrEqual(2);
      expect(b.word).not.toMatch(/[\p{P}的了和与是]/u);
    }
    expect(blanks.reduce((n, b) => n + b.word.length, 0)).toBeLessThanOrEqual(s.length / 2);
  });
});

test('--from limits generation to one kind of fact and count caps the total', () => {
  expect(new Set(generateQuestions(src, 'numbers', 1000).map((d) => d.factKind))).toEqual(new Set(['number']));
  expect(new Set(generateQuestions(src, 'quotes', 1000).map((d) => d.factKind))).toEqual(new Set(['quote']));
  expect(generateQuestions(src, 'all', 5)).toHaveLength(5);
});
