// Causes found by judging a fourth draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported4.json) and a sixth draw from the library
// (questions-outside6.json): a 范文's masked issuer (中共××县纪委办公室) taken alone for the title of
// its 通报; a county report's line built on a thesis 提法 (发展是第一要务，产业是发展的根基) asked which
// document or who said it and credited to the county secretary; set wordings repeated without a
// frame (理想信念是共产党人的精神支柱和政治灵魂, 列宁's 生活、实践的观点…) asked which document or year; a
// quoted counted formulation of the lexicon blanked on its counted word alone (坚定“四个____”, “三区____”). The texts are
// written for these tests in the shapes of local documents and congress reports.
import { describe, expect, it } from 'vitest';
import { processSource, type PipelineReport } from '../../../electron/core/content/pipeline.js';
import { SAYING_SHARE, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { lexicon } from '../../../electron/core/knowledge/lexicon.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';
import { thesisIn } from '../../../electron/core/quiz/thesis-terms.js';
import type { QuizSource } from '../../../electron/core/quiz/types.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

describe('a 通报 under its issuer’s masked name', () => {
  it('takes the issuer and the subject together as the title', () => {
    const report: PipelineReport = { removed: [], skipped: [], chars: 0 };
    const text = [
      '中共××县纪委办公室',
      '关于4起违反中央八项规定精神典型问题的通报',
      '各乡镇党委，县直各单位党组（党委）：',
      '今年以来，全县各级纪检监察机关坚持严的基调，持续深化纠治“四风”，共查处违反中央八项规定精神问题37起。',
      '上述问题，反映出一些党员干部纪律意识淡薄，全县各级党组织要深刻汲取教训，引以为戒。',
    ].join('\n');
    const doc = processSource(
      { origin: 'a.txt', text, kind: 'plain', hints: {} },
      {},
      { deferKnowledge: true },
      report,
    )[0]!;
    expect(doc.title).toBe('中共××县纪委办公室关于4起违反中央八项规定精神典型问题的通报');
  });
});

describe('a 金句 built on a thesis 提法', () => {
  const line = '发展是第一要务，产业是发展的根基。';
  const own = '抓产业要像绣花一样精细，抓项目要像钉钉子一样专注。';
  // Four county reports by four secretaries; the first says both lines.
  const reports = ['孙立平', '陈国栋', '许文静', '何永祥'].map((who, i) =>
    sourceDoc(`u:r${i}`, 2024, [i ? `全县新建标准化厂房${i + 10}万平方米。` : line + own], {
      type: '讲话',
      source: null,
      title: `在中共某县委全体会议上的工作报告${i}`,
      speakers: [who],
    }),
  );

  it('knows the theses of the lexicon, and only them', () => {
    expect(thesisIn(line)).toBe('发展是第一要务');
    expect(thesisIn('必须坚持科学技术是第一生产力。')).toBe('科学技术是第一生产力');
    expect(thesisIn(own)).toBeNull();
    expect(lexicon().some((e) => e.term === '发展是第一要务')).toBe(true);
  });

  it('is asked neither which document nor who said it, and is credited to nobody', () => {
    const qs = generateFromQuotes(sourceOf(reports, [quoteOf(reports[0]!, line, '孙立平')]));
    expect(qs.filter((q) => /谁说的|出自哪/.test(q.stem))).toEqual([]);
    expect(qs.some((q) => q.kind === '填空')).toBe(true);
    for (const q of qs) expect(q.stem).not.toContain('孙立平');
  });

  it('guard: the speaker’s own line is still asked where it comes from', () => {
    const qs = generateFromQuotes(sourceOf(reports, [quoteOf(reports[0]!, own, '孙立平')]));
    expect(qs.some((q) => q.stem.includes('出自哪篇'))).toBe(true);
  });
});

describe('set wordings a text repeats without a frame', () => {
  it('are sayings of nobody certain', () => {
    for (const l of ['理想信念是共产党人的精神支柱和政治灵魂。', '生活、实践的观点，是认识论的第一的和基本的观点。']) {
      const m = sayingIn(l);
      expect(m?.coverage).toBeGreaterThanOrEqual(SAYING_SHARE);
      expect(m?.saying.speaker).toBeUndefined();
    }
  });

  it('are not asked which year a congress report said them', () => {
    const text = '生活、实践的观点，是认识论的第一的和基本的观点。';
    const docs = [1982, 1987, 1992, 1997].map((y) =>
      sourceDoc(`b:c${y}`, y, [y === 1987 ? text : `全党要坚持${y}年确定的各项方针。`], { speakers: [] }),
    );
    const qs = generateFromQuotes(sourceOf(docs, [quoteOf(docs[1]!, text, null)]));
    expect(qs.filter((q) => /哪一年|出自哪/.test(q.stem))).toEqual([]);
  });
});

describe('a counted formulation the text sets in quotation marks', () => {
  const fill = (text: string, term: string) => {
    const doc = sourceDoc('b:r', 2019, [text]);
    const src: QuizSource = {
      docs: new Map([[doc.id, doc]]),
      quotes: [],
      terms: [{ term, docId: doc.id, paragraph: 0, start: text.indexOf(term) }],
    };
    return generateFromTerms(src)
      .filter((q) => q.kind === '填空')
      .map((q) => q.blanks.map((b) => b.text));
  };

  it('is blanked whole, not on the word its numeral counts', () => {
    expect(fill('各级政府要树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”。', '四个自信')).toEqual([['四个自信']]);
    expect(fill('扎实开展“两学一做”学习教育，坚决纠正“四风”。', '两学一做')).toEqual([['两学一做']]);
  });

  it('guard: unquoted or local it keeps its numeral as the clue; a formulation of two parts asks the second', () => {
    expect(fill('各级政府要增强四个意识，坚决维护党中央权威。', '四个意识')).toEqual([['意识']]);
    expect(fill('我市结合实际实施“五大工程”，各单位要抓好落实。', '五大工程')).toEqual([['工程']]);
    expect(blankPart('两手抓、两手都要硬', true)).toEqual({ start: 4, end: 9 });
    expect(blankPart('三大纪律八项注意', true)).toEqual({ start: 4, end: 8 });
  });
});
