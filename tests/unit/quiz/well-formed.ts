// Shared checks that a generated question is well formed and faithful to its source passage.
import { expect } from 'vitest';
import type { QuestionDraft, QuizSource } from '../../../electron/core/quiz/types.js';
import { normOption } from '../../../electron/core/quiz/options.js';
import { tokenize } from '../../../electron/core/text/segment.js';
import { askable } from '../../../electron/core/quiz/term-distractors.js';

const PARTICLES = new Set([
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '和',
  '与',
  '及',
  '之',
  '而',
  '也',
  '在',
  '是',
  '把',
  '被',
  '对',
  '为',
]);

export function expectWellFormed(d: QuestionDraft, src: QuizSource): void {
  const ctx = `${d.kind} ${d.stem} ${d.fact}`;
  // The fact is exactly the source span of its paragraph.
  expect(d.docId, ctx).not.toBeNull();
  const paragraph = src.docs.get(d.docId ?? '')?.paragraphs[d.paragraph ?? -1]?.text;
  expect(paragraph, ctx).toBeDefined();
  expect(paragraph?.slice(d.start ?? -1, d.end ?? -1), ctx).toBe(d.fact);
  for (const b of d.blanks) {
    // Every answer span really is in the source span, and covers neither particles nor punctuation.
    expect(d.fact.slice(b.start, b.end), ctx).toBe(b.text);
    expect(paragraph?.slice((d.start ?? 0) + b.start, (d.start ?? 0) + b.end), ctx).toBe(b.text);
    expect(b.text, ctx).not.toMatch(/^[\p{P}\p{S}\s]|[\p{P}\s]$/u);
    expect(PARTICLES.has(b.text), ctx).toBe(false);
    expect(b.text.length, ctx).toBeLessThan(d.fact.length);
  }
  if (d.kind === '填空') {
    expect(d.blanks.length, ctx).toBeGreaterThan(0);
    expect(d.options, ctx).toEqual([]);
    // Blanks start and end on word boundaries of the fact (never half a word, never a lone particle),
    // or are a whole 提法 of the lexicon (社会主义市场经济, whatever the segmenter makes of it).
    const cuts = new Set(tokenize(d.fact).flatMap((t) => [t.start, t.end]));
    if (d.factKind === 'quote')
      for (const b of d.blanks) expect((cuts.has(b.start) && cuts.has(b.end)) || askable(b.text), ctx).toBe(true);
  } else {
    expect(d.options.length, ctx).toBeGreaterThanOrEqual(2);
    expect(new Set(d.options.map(normOption)).size, ctx).toBe(d.options.length);
    expect(d.correct.length, ctx).toBeGreaterThan(0);
    for (const i of d.correct) expect(d.options[i], ctx).toBeDefined();
    if (d.kind !== '多选') expect(d.correct, ctx).toHaveLength(1);
    // A choice built on a span has the span's text as its correct option (判断 excepted).
    if (d.kind === '单选' && d.blanks.length === 1) expect(d.options[d.correct[0] ?? -1], ctx).toBe(d.blanks[0]?.text);
  }
}
