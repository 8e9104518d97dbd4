// Causes found by judging a fifth draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported5.json): central wording a local text repeats without a
// frame (思政课是落实立德树人根本任务的关键课程, 锲而不舍落实中央八项规定精神…, 中国式现代化是在改革开放中不断
// 推进的…) asked which speech and who said it, and credited to the university's secretary; two set
// wordings of that kind without a 提法 (理想指引人生方向，信念决定事业成败; 基层是党的执政之基、力量之源);
// national leaders offered beside a local speaker; ____是我们共同的家 asking 社区, which only the
// speaker fixes. The texts are written for these tests in the shapes of local speeches.
import { describe, expect, it } from 'vitest';
import { SAYING_SHARE, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Four local speeches by four speakers, imported by the user; the first says `first`. */
const localSpeeches = (first: string) =>
  ['刘振华', '周丽娟', '赵志远', '何永祥'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2025, [i ? `全校新建实验室${i + 10}个。` : first], {
      type: '讲话',
      source: null,
      title: `在某校开学典礼上的讲话${i}`,
      speakers: [who],
    }),
  );

describe('a local speech’s line built on a 提法 of the lexicon', () => {
  const line = '思政课是落实立德树人根本任务的关键课程。';
  const own = '抓招生就是抓质量，抓就业就是抓民生，抓科研就是抓未来。';

  it('is asked neither which speech nor who said it, and is credited to nobody', () => {
    const docs = localSpeeches(line + own);
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, '刘振华')]));
    expect(qs.filter((q) => /谁说的|出自哪/.test(q.stem))).toEqual([]);
    expect(qs.some((q) => q.kind === '填空' && q.blanks[0]?.text === '立德树人')).toBe(true);
    for (const q of qs) expect(q.stem).not.toContain('刘振华');
  });

  it('guard: the speaker’s own line, holding no 提法, is still asked where it comes from and who said it', () => {
    const docs = localSpeeches(line + own);
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, own, '刘振华')]));
    expect(qs.some((q) => q.stem.includes('出自哪篇'))).toBe(true);
    expect(qs.some((q) => q.stem.includes('谁说的'))).toBe(true);
  });

  it('guard: a national leader’s line built on a 提法 is still his', () => {
    const text = '发展新质生产力是推动高质量发展的内在要求和重要着力点。';
    const docs = [2021, 2022, 2023, 2024].map((y, i) =>
      sourceDoc(`b:g${y}`, y, [i === 3 ? text : `${y}年国内生产总值增长${i + 3}%。`], {
        type: '讲话',
        speakers: [['甲一', '乙二', '丙三', '丁四'][i]!],
      }),
    );
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[3]!, text, '丁四')]));
    expect(qs.some((q) => /谁说的|出自哪/.test(q.stem))).toBe(true);
  });
});

describe('set wordings local texts repeat without a frame', () => {
  it('are sayings of nobody certain', () => {
    for (const l of ['理想指引人生方向，信念决定事业成败。', '基层是党的执政之基、力量之源。']) {
      const m = sayingIn(l);
      expect(m?.coverage).toBeGreaterThanOrEqual(SAYING_SHARE);
      expect(m?.saying.speaker).toBeUndefined();
    }
  });
});

describe('who said a local speaker’s line', () => {
  const own = '抓招生就是抓质量，抓就业就是抓民生，抓科研就是抓未来。';
  const local = localSpeeches(own);
  const national = ['甲一', '乙二', '丙三', '丁四', '戊五', '己六'].map((who, i) =>
    sourceDoc(`b:n${i}`, 2020 + i, [`${2020 + i}年国内生产总值增长${i + 3}%。`], { speakers: [who] }),
  );

  it('offers local speakers only, never the national leaders of the period', () => {
    const qs = generateFromQuotes(sourceOf([...local, ...national], [quoteOf(local[0]!, own, '刘振华')]));
    const who = qs.find((q) => q.stem.includes('谁说的'));
    expect(who?.options.slice().sort()).toEqual(['何永祥', '刘振华', '周丽娟', '赵志远'].sort());
  });

  it('guard: a national leader stands beside national leaders', () => {
    const lines = [
      '抓改革要一步一个脚印，抓落实要一锤接着一锤敲。',
      '改革越深入，越要注意协同，既抓方案协同，也抓落实协同。',
      '开放带来进步，封闭必然落后，这是被实践反复证明的道理。',
    ];
    const docs = national.map((d, i) =>
      i < 3 ? { ...d, type: '讲话', paragraphs: [{ kind: 'p' as const, text: lines[i]! }] } : d,
    );
    const quotes = lines.map((l, i) => quoteOf(docs[i]!, l, docs[i]!.speakers[0]!));
    const asked = generateFromQuotes(sourceOf([...local, ...docs], quotes)).filter((q) => q.stem.includes('谁说的'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked)
      expect(q.options.every((o) => ['甲一', '乙二', '丙三', '丁四', '戊五', '己六'].includes(o))).toBe(true);
  });
});

describe('a subject said to be ours', () => {
  it('is not blanked: who speaks fixes it, not the sentence', () => {
    expect(keyBlanks('社区是我们共同的家。', 1, undefined, false, true)).toEqual([]);
  });

  it('guard: a subject judged by its predicate, or said of our Party, keeps its blank', () => {
    expect(keyBlanks('纪律是带电的高压线。', 1, undefined, false, true).map((b) => b.text)).toEqual(['纪律']);
    expect(keyBlanks('人民是我们党执政的最大底气。', 1, undefined, false, true).map((b) => b.text)).toEqual(['人民']);
  });
});
