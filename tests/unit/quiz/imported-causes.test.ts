// Causes found by judging questions generated from documents a user imports
// (tests/eval/knowledge/questions-imported.json): “这句话出自哪一年” asked of a county secretary's
// speech (its year is nobody's knowledge, and the common slogans it repeats get dated to it); a
// common or central line asked “which document” or “who said it” of a local speech; a 提法 blank
// cut out of a longer word (经济平【稳增长】).
// The sentences are written for these tests in the shapes of local speech text.
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import type { QuizSource, SourceDoc, SourceQuote } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const quoteOf = (d: SourceDoc, id: string, text: string, speaker: string | null): SourceQuote => {
  const paragraph = d.paragraphs.findIndex((p) => p.text.includes(text));
  const start = d.paragraphs[paragraph]!.text.indexOf(text);
  return { id, docId: d.id, paragraph, start, end: start + text.length, text, speaker, occasion: null, date: null };
};

const sourceOf = (docs: SourceDoc[], quotes: SourceQuote[]): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes,
  terms: [],
});

/** The library's national reports of nearby years (year distractors), one given by 李强. */
const library = [2019, 2020, 2021, 2022, 2023].map((y) =>
  sourceDoc(`b:r${y}`, y, [`${y}年国内生产总值稳步增长。`], { speakers: [y >= 2023 ? '李强' : '李克强'] }),
);

const LINES = [
  '项目是发展的生命线，投资是增长的发动机。',
  '抓产业就是抓民生，抓项目就是抓发展。',
  '群众满意不满意，是衡量我们工作的最终标准。',
  '服务企业没有休息日，优化环境没有完成时。',
  '作风是干部的形象，能力是干事的本钱。',
  '落实不能停在嘴上、写在纸上、挂在墙上。',
  '乡村振兴是一场接力赛，每一任班子都要跑好自己这一棒。',
  '检验工作成效的，不是材料写得多漂亮，而是群众的日子好没好。',
];

const yearQuestions = (speech: SourceDoc, lines = LINES) =>
  generateFromQuotes(
    sourceOf(
      [...library, speech],
      lines.map((l, i) => quoteOf(speech, `q${i}`, l, speech.speakers[0] ?? null)),
    ),
  ).filter((q) => q.docId === speech.id && /出自哪一年/.test(q.stem));

describe('“which year” of an imported document', () => {
  const local = (id: string, speaker: string, lines = LINES) =>
    sourceDoc(id, 2024, lines, {
      type: '讲话',
      source: null,
      title: `在全县经济工作会议上的讲话${id}`,
      speakers: [speaker],
    });

  it('is never asked of a county secretary’s speech the user imported', () => {
    expect(yearQuestions(local('u:county', '王建国'))).toEqual([]);
  });

  it('is still asked of the same speech in the library, and of an import by a national leader', () => {
    expect(yearQuestions(local('b:county', '王建国')).length).toBeGreaterThan(0);
    // An import is asked its year only of lines whose wording places them in time (imported27-causes.test.ts).
    const dated = LINES.map((l) => `今年，${l}`);
    expect(yearQuestions(local('u:premier', '李强', dated), dated).length).toBeGreaterThan(0);
  });
});

describe('a common or central line in a local speech', () => {
  // Lines a county or city leader repeats that are not theirs: a saying everyone uses, or central
  // wording (content/lexicon/sayings.json, no speaker: whose they first were is not certain here).
  const SAID = [
    '权力是一把双刃剑，用得好造福于民，用不好害人害己。',
    '基层治理是国家治理的基石。',
    '人民是历史的创造者，群众是真正的英雄。',
    '安全是发展的前提，发展是安全的保障。',
    '创新是引领发展的第一动力，人才是创新的第一资源。',
    '抓创新就是抓发展，谋创新就是谋未来。',
    '营商环境就是生产力，优化营商环境就是解放生产力。',
    '学思践悟，知行合一。',
    '群众的小事，就是我们的大事。',
    '根深才能叶茂，本固才能枝荣。',
  ];
  const speech = sourceDoc('u:city', 2024, SAID, {
    type: '讲话',
    source: null,
    title: '在全市基层治理工作会议上的讲话',
    speakers: ['陈志远'],
  });
  const others = ['在全县安全生产工作会议上的讲话', '在全市营商环境大会上的讲话', '在全镇党建工作会议上的讲话'].map(
    (title, i) =>
      sourceDoc(`u:o${i}`, 2024, ['今年全县各项工作取得新进展。'], {
        type: '讲话',
        source: null,
        title,
        speakers: [`张${i}华`],
      }),
  );
  const qs = generateFromQuotes(
    sourceOf(
      [...library, speech, ...others],
      SAID.map((l, i) => quoteOf(speech, `s${i}`, l.slice(0, -1), '陈志远')),
    ),
  );

  it('is not asked “which document” (the local speech is not where it comes from)', () => {
    expect(qs.filter((q) => /出自哪篇/.test(q.stem)).map((q) => q.fact)).toEqual([]);
  });

  it('is not asked “who said it” with the local speaker as the key', () => {
    expect(qs.filter((q) => /是谁说的/.test(q.stem)).map((q) => q.fact)).toEqual([]);
  });
});

describe('a 提法 blank', () => {
  it('never cuts a word of the sentence (经济平稳增长 holds no 稳增长)', () => {
    const s = '把市场主体的活跃度保持住、提上去，是促进经济平稳增长的关键所在。';
    expect(keyBlanks(s, 1, undefined, false, true).map((b) => b.text)).not.toContain('稳增长');
    expect(keyBlanks('要坚持稳增长、促改革、调结构、惠民生。', 1, undefined, true).map((b) => b.text)).toContain(
      '稳增长',
    );
  });
});

describe('a blank whose answer the stem shows', () => {
  it('is not asked (the title 坚持以高质量党建引领基层治理 over ____治理是国家治理的基石)', () => {
    const line = '基层治理是国家治理的重要基础。';
    const article = sourceDoc('u:art', 2023, [line], {
      type: '文章',
      source: null,
      title: '坚持以高质量党建引领基层治理',
    });
    const qs = generateQuestions(sourceOf([...library, article], [quoteOf(article, 'a0', line.slice(0, -1), null)]));
    const shown = qs.filter((q) => q.docId === 'u:art' && q.blanks.some((b) => q.stem.includes(b.text)));
    expect(shown.map((q) => `${q.stem} [${q.blanks.map((b) => b.text).join('|')}]`)).toEqual([]);
  });
});
