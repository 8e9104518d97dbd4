// What a teacher asks of a question set: no two questions on one sentence and none giving another's
// answer away, sets spread over documents, 判断 perturbations that the source contradicts, “谁说的”
// only when certain. (Historical documents: tests/unit/knowledge/historical-api.test.ts.)
import { describe, expect, it } from 'vitest';
import { assemble, conflicts } from '../../../electron/core/quiz/assemble.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const draft = (over: Partial<QuestionDraft>): QuestionDraft => ({
  kind: '填空',
  factKind: 'number',
  docId: 'd1',
  paragraph: 0,
  start: 0,
  end: 10,
  stem: '',
  fact: '国内生产总值增长5.2%',
  options: [],
  correct: [],
  blanks: [{ start: 8, end: 11, text: '5.2' }],
  explanation: '',
  tags: [],
  ...over,
});

describe('assembling a set', () => {
  it('never puts two questions on one sentence', () => {
    const a = draft({});
    const b = draft({ kind: '单选', stem: '增长____%', options: ['5.2', '5', '6'], correct: [0] });
    expect(conflicts(a, b)).toBe(true);
    expect(assemble([a, b], 2)).toEqual([a]);
  });

  it('never lets one question give another’s answer away', () => {
    const term = draft({
      factKind: 'term',
      docId: 'd2',
      fact: '增强“四个意识”、坚定“四个自信”',
      blanks: [{ start: 3, end: 7, text: '四个意识' }],
    });
    const choice = draft({
      kind: '单选',
      factKind: 'term',
      docId: 'd3',
      stem: '下列哪项是“四个意识”的内容？',
      fact: '政治意识',
      blanks: [],
      options: ['政治意识', '市场意识'],
      correct: [0],
    });
    expect(conflicts(term, choice)).toBe(true);
  });

  it('spreads a set over documents while other documents have questions', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      draft({ docId: 'big', paragraph: i, fact: `第${i}句`, blanks: [{ start: 0, end: 2, text: `第${i}` }] }),
    );
    const others = Array.from({ length: 8 }, (_, i) =>
      draft({ docId: `d${i}`, paragraph: 0, fact: `别的${i}句`, blanks: [{ start: 0, end: 3, text: `别的${i}` }] }),
    );
    const set = assemble([...many, ...others], 10);
    expect(set).toHaveLength(10);
    expect(set.filter((q) => q.docId === 'big').length).toBeLessThanOrEqual(2);
  });
});

const doc = (id: string, year: number, type: string, speakers: string[], texts: string[]): SourceDoc =>
  sourceDoc(id, year, texts, { title: `${year}年报告${id}`, type, speakers });

describe('判断 perturbations and 谁说的', () => {
  const docs = [
    doc(
      'a',
      2024,
      '文件',
      ['李强'],
      ['国内生产总值增长超过3%，城镇新增就业1244万人。', '粮食产量13908亿斤，居民消费价格上涨0.2%。'],
    ),
    doc(
      'b',
      2023,
      '文件',
      ['李克强'],
      ['国内生产总值增长5.2%，城镇新增就业1206万人。', '居民消费价格上涨2%，国内生产总值增长3%。'],
    ),
    doc('c', 2022, '文件', ['李克强'], ['国内生产总值增长8.1%，城镇新增就业1269万人，居民消费价格上涨0.9%。']),
  ];
  const src: QuizSource = { docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] };

  it('asks a bound figure (超过3%) only as a blank, and keys 判断 错误 only against a contradicted figure', () => {
    const qs = generateFromNumbers(src);
    expect(qs.length).toBeGreaterThan(3);
    for (const q of qs) {
      const bound = /超过$/.test(q.fact.slice(0, q.blanks[0]!.start));
      if (bound) expect(q.kind, q.fact).toBe('填空');
      if (q.kind === '判断' && q.correct[0] === 1) {
        const statement = /“(.*)”$/.exec(q.stem)![1]!;
        expect(statement).not.toBe(q.fact);
        expect(statement.replace(/[\d.]+/g, '#')).toBe(q.fact.replace(/[\d.]+/g, '#'));
      }
    }
  });

  it('offers figures at least 5 % apart (增长9% / 9.1% / 8.9% asks a decimal nobody learns)', () => {
    const growth = [9, 9.1, 8.9, 9.2, 10.4, 7.5, 8.1, 11.3, 6.9];
    // The second figure of a document is asked as a 单选 (the first as a blank).
    const many = growth.map((g, i) =>
      doc(
        `g${i}`,
        2000 + i,
        '文件',
        ['温家宝'],
        [`城镇新增就业${1000 + 37 * i}万人。`, `国内生产总值比上年增长${g}%。`],
      ),
    );
    const s3: QuizSource = { docs: new Map(many.map((d) => [d.id, d])), quotes: [], terms: [] };
    const choices = generateFromNumbers(s3).filter((q) => q.kind === '单选');
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) {
      const v = q.options.map(Number).sort((a, b) => a - b);
      for (let i = 1; i < v.length; i++)
        expect((v[i]! - v[i - 1]!) / v[i]!, q.options.join(' ')).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('asks “谁说的” for a speech’s own words or framed words, never for a report’s line or a classical saying', () => {
    const speech = {
      ...doc('s', 2021, '讲话', ['习近平'], ['江山就是人民，人民就是江山。', '行百里者半九十。']),
      source: null,
    };
    const report = doc('r', 2019, '文件', ['李克强'], ['我们永远不称霸，永远不做超级大国。']);
    const s2: QuizSource = {
      docs: new Map([...docs, speech, report].map((d) => [d.id, d])),
      quotes: [
        {
          id: 'q1',
          docId: 's',
          paragraph: 0,
          start: 0,
          end: 13,
          text: '江山就是人民，人民就是江山。',
          speaker: '习近平',
          occasion: null,
          date: null,
          score: 8,
          reason: '对仗',
        },
        {
          id: 'q2',
          docId: 's',
          paragraph: 1,
          start: 0,
          end: 8,
          text: '行百里者半九十。',
          speaker: '习近平',
          occasion: null,
          date: null,
          score: 7,
          reason: '古语凝练',
        },
        {
          id: 'q3',
          docId: 'r',
          paragraph: 0,
          start: 0,
          end: 17,
          text: '我们永远不称霸，永远不做超级大国。',
          speaker: '李克强',
          occasion: null,
          date: null,
          score: 7,
          reason: '对偶反复',
        },
      ],
      terms: [],
    };
    const who = generateFromQuotes(s2).filter((q) => q.stem.endsWith('是谁说的？'));
    for (const q of who) expect(q.fact).toBe('江山就是人民，人民就是江山。');
  });
});
