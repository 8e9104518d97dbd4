// Causes found by judging a seventh draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported7.json): a line about the meeting itself (大家的发言很实在…)
// blanked and asked which document it comes from; a noun that announces what follows set off by a
// comma (我的体会是，…; 最重要的经验，就是…) blanked; a figure of a company the speaker calls his own
// (我们公司…8%); “which document” whose right title alone shares a word of the line (安全生产…
// beside 在全县安全生产工作会议上的讲话); a reporter's word on a villager the feature narrates (张大山是
// 村里的“带头人”) blanked as a 金句. The texts are written for these tests in the shapes of local
// speeches and meeting transcripts.
import { describe, expect, it } from 'vitest';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Local speeches imported by the user, one per speaker; the i-th says texts[i] (or a figure). */
const localSpeeches = (texts: string[], titles: string[]) =>
  ['赵立新', '王建国', '周丽娟', '何永祥', '陈志远'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2024, [texts[i] ?? `全县新建项目${i + 10}个。`], {
      type: '讲话',
      source: null,
      title: titles[i]!,
      speakers: [who],
    }),
  );

const TITLES = [
  '在全县重点工作推进会上的讲话',
  '在全县党建工作会议上的讲话',
  '在全县防汛工作会议上的讲话',
  '在全县教育工作大会上的讲话',
  '在全县民营经济发展大会上的讲话',
];

describe('a line about the meeting itself', () => {
  it('is asked nothing: what the hall is told of its proceedings is no study', () => {
    for (const line of [
      '大家的发言很实在，有情况、有分析、有建议。',
      '会议精神要在第一时间传达到每一个部门、每一个窗口。',
    ]) {
      const docs = localSpeeches([line], TITLES);
      expect(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')]))).toEqual([]);
    }
  });

  it('guard: a line of substance in the same speech is still asked', () => {
    const line = '抓项目就是抓发展，谋项目就是谋未来。';
    const docs = localSpeeches([line], TITLES);
    expect(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')])).length).toBeGreaterThan(0);
  });
});

describe('a noun that announces what follows, set off by a comma', () => {
  it('is not blanked: 体会, 启示, 收获 fit as well', () => {
    for (const [text, word] of [
      ['我的体会是，支部强不强，要看群众富不富。', '体会'],
      ['最重要的经验，就是始终牢记习近平总书记的嘱托。', '经验'],
    ] as const)
      expect(keyBlanks(text, 1, undefined, false, true).map((b) => b.text)).not.toContain(word);
  });

  it('guard: a subject judged by what follows 就是 keeps its blank', () => {
    expect(keyBlanks('隐患就是事故，事故就是责任。', 1, undefined, false, true).map((b) => b.text)).toEqual(['隐患']);
  });
});

describe('a figure of a unit the speaker calls his own', () => {
  const transcript = (text: string) =>
    sourceDoc('u:t', 2024, [text], { type: '新闻', source: null, title: '全市科技创新大会发言实录' });

  it('is not asked: the stem cannot say which company', () => {
    const doc = transcript('我们公司每年拿出销售收入的8%用于研发，创新就是企业的生命。');
    expect(generateFromNumbers(sourceOf([doc], []))).toEqual([]);
  });

  it('guard: a figure of the place the document is about is still asked', () => {
    const doc = transcript('全市上下要把科技创新摆在更加突出的位置，每年新增科技投入不低于10%。');
    expect(generateFromNumbers(sourceOf([doc], [])).length).toBeGreaterThan(0);
  });
});

describe('which speech a line comes from', () => {
  const which = (line: string, titles: string[]) => {
    const docs = localSpeeches([line], titles);
    return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '赵立新')])).find((q) =>
      q.stem.includes('出自哪篇'),
    );
  };

  it('is not asked where the right title alone shares a word of the line', () => {
    const titles = ['在全县安全生产工作会议上的讲话', ...TITLES.slice(1)];
    expect(which('安全生产没有局外人，人人都是安全员，个个都是监督员。', titles)).toBeUndefined();
  });

  it('guard: it is asked where no title shares a word of the line', () => {
    expect(which('抓项目就是抓发展，谋项目就是谋未来，干项目就是干事业。', TITLES)).toBeDefined();
  });
});

describe('a reporter’s word on a person the feature narrates', () => {
  const feature = (line: string) =>
    sourceDoc(
      'u:f',
      2024,
      [
        line,
        '村党支部书记张大山带着记者走进大棚。“过去种粮食，一亩地一年挣不了一千块。”张大山告诉记者。',
        '谈到下一步打算，张大山表示，村里准备建一个冷库。',
      ],
      { type: '新闻', source: null, title: '大棚里的“新农人”', speakers: [] },
    );

  it('is asked nothing: 带头人, 能人, 领头雁 fit the blank as well', () => {
    const doc = feature('张大山是村里的“带头人”，也是群众的贴心人。');
    expect(generateFromQuotes(sourceOf([doc], [quoteOf(doc, doc.paragraphs[0]!.text, null)]))).toEqual([]);
  });

  it('guard: a judgement whose subject is no person of the feature is still asked', () => {
    const doc = feature('产业是乡村振兴的基础，也是农民增收的根本。');
    expect(generateFromQuotes(sourceOf([doc], [quoteOf(doc, doc.paragraphs[0]!.text, null)])).length).toBeGreaterThan(
      0,
    );
  });
});

describe('guard: a kind of person the feature quotes', () => {
  it('is no person it narrates: 党员是… stays a judgement', () => {
    const doc = sourceDoc(
      'u:g',
      2024,
      ['党员是党的肌体的细胞，要在乡村振兴中发挥先锋模范作用。', '一位老党员说，村里的变化大家都看在眼里。'],
      { type: '新闻', source: null, title: '青石村党建见闻', speakers: [] },
    );
    expect(generateFromQuotes(sourceOf([doc], [quoteOf(doc, doc.paragraphs[0]!.text, null)])).length).toBeGreaterThan(
      0,
    );
  });
});
