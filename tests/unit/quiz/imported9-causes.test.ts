// Causes found by judging a ninth draw of questions from documents a user imports (the pages, Word/PDF
// papers and speech fixtures of round 15, tests/eval/knowledge/questions-imported9.json) and an eighth
// library draw (questions-outside8.json): what a meeting says of its own lecture or of the opinions it
// heard, a plan pointed back to by its kind (方案把…), an answer's opening (主要是…), a unit's own report
// (我们村推行…) and a matter only said to be tangled (体制改革，头绪纷繁) taken for 金句; a local office's
// plan (区政府将继续…) asked as a 金句; “which document” offering a title one character from the right one
// (全市 / 全县), and one whose right title alone shares a word of the line the segmenter tags a name (文明/nr,
// a miss the questions15 round left). The texts are written for these tests in the shapes of news items,
// transcripts and speeches.
import { describe, expect, it } from 'vitest';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { nearTwinTitle, titleGivesAway } from '../../../electron/core/quiz/quote-worth.js';
import { sayingIn } from '../../../electron/core/knowledge/sayings.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const TITLES = [
  '在全市安全生产工作会议上的讲话',
  '在全县乡村振兴推进会上的讲话',
  '在全市组织工作会议上的讲话',
  '在全县教育工作会议上的讲话',
  '在全市廉政工作会议上的讲话',
];

/** A user's local speech holding one line, beside other local speeches. */
const localDocs = (line: string, titles = TITLES): SourceDoc[] =>
  titles.map((title, i) =>
    sourceDoc(`u:s${i}`, 2024, [i === 0 ? line : `全县新建项目${i + 10}个，总投资${i + 20}亿元。`], {
      type: '讲话',
      source: null,
      speakers: [`王${'一二三四五'[i]}明`],
      title,
    }),
  );

const asked = (line: string, titles = TITLES) => {
  const docs = localDocs(line, titles);
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, docs[0]!.speakers[0]!)]));
};

describe('what a meeting says of itself', () => {
  it('a judgement of the lecture it heard is asked nothing', () => {
    expect(asked('专家的辅导报告视野开阔、分析透彻，对我们做好下一步工作很有启发。')).toEqual([]);
  });

  it('a judgement of the opinions it heard is asked nothing', () => {
    expect(asked('各位代表提出的意见建议很有针对性，县委将逐条研究吸纳。')).toEqual([]);
  });

  it('guard: a judgement on the work is still asked', () => {
    expect(asked('调查研究是谋事之基、成事之道，没有调查就没有发言权。').length).toBeGreaterThan(0);
  });
});

describe('lines that point elsewhere or report one unit', () => {
  it('a plan pointed back to by its kind is asked nothing (方案把…作为…)', () => {
    expect(asked('方案把汛期前后作为整治的关键时段。')).toEqual([]);
    expect(asked('该意见明确了今后三年基层减负的主要任务。')).toEqual([]);
  });

  it('the opening of an answer is asked nothing (主要是…)', () => {
    expect(asked('主要是新能源汽车和家电消费增长较快。')).toEqual([]);
  });

  it('what the speaker’s own village or firm does is asked nothing', () => {
    expect(asked('我们社区推行“红色物业”模式，居民参与社区事务的积极性明显提高。')).toEqual([]);
  });

  it('a local office’s plan is asked nothing (区政府将继续…, 我们将…)', () => {
    expect(asked('县政府将继续把农业作为财政投入的重点领域，确保投入只增不减。')).toEqual([]);
    expect(asked('我们将健全网格化管理制度，让群众既是参与者，也是受益者。')).toEqual([]);
  });

  it('guard: a national report’s resolve on 将 is still asked', () => {
    const docs = [2001, 2002, 2003, 2004, 2005].map((y, i) =>
      sourceDoc(`b:g${i}`, y, [i === 0 ? '我们将以最大的诚意、尽最大的努力，实现祖国的和平统一。' : `粮食增产${i}%。`]),
    );
    const line = '我们将以最大的诚意、尽最大的努力，实现祖国的和平统一。';
    expect(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])).length).toBeGreaterThan(0);
  });
});

describe('a matter only said to be tangled', () => {
  it('is no 金句: 千头万绪, 任务繁重 fit as well', () => {
    const docs = [1982, 1983, 1984, 1985, 1986].map((y, i) =>
      sourceDoc(`b:g${i}`, y, [i === 0 ? '价格改革，头绪纷繁。' : `粮食增产${i}%。`]),
    );
    expect(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, '价格改革，头绪纷繁。', null)]))).toEqual([]);
  });
});

describe('which document, among titles one character apart', () => {
  const twins = ['在全市优化营商环境大会上的讲话', '在全县优化营商环境大会上的讲话', ...TITLES.slice(1)];

  it('two titles one Han character apart are twins; two years or congresses are not', () => {
    expect(nearTwinTitle(twins[0]!, twins[1]!)).toBe(true);
    expect(nearTwinTitle('2008年政府工作报告', '2009年政府工作报告')).toBe(false);
    expect(nearTwinTitle('十六大报告', '十七大报告')).toBe(false);
  });

  it('the twin is never offered beside the right title', () => {
    const line = '能简化的手续坚决简化，能合并的环节坚决合并，能网上办的坚决不让企业跑腿。';
    const whence = asked(line, twins).filter((q) => /出自哪/.test(q.stem));
    expect(whence.length).toBeGreaterThan(0);
    for (const q of whence) expect(q.options).not.toContain(twins[1]);
  });
});

describe('central words a speech or report repeats without a frame', () => {
  it('are sayings: not asked which document or year', () => {
    expect(sayingIn('产业兴旺是解决农村一切问题的前提。')).not.toBeNull();
    expect(sayingIn('要一手抓物质文明建设，一手抓精神文明建设。')).not.toBeNull();
  });
});

describe('found by the held-out draw', () => {
  it('a moment the hall is told is near is asked nothing (…即将开始，各单位要…)', () => {
    expect(asked('同志们，汛期即将来临，各乡镇要扎实做好防汛各项准备工作。')).toEqual([]);
  });

  it('how those present received a policy is asked nothing (普遍反映良好)', () => {
    expect(asked('与会代表对县里出台的稳岗政策普遍反映良好，希望尽快兑现到位。')).toEqual([]);
  });
});

describe('which document, where a word of the line is tagged a name', () => {
  const options = [
    '文明城市创建倡议书',
    '关于开展全民阅读活动的通知',
    '关于端午节期间严明纪律要求的通知',
    '在全县防汛工作会议上的讲话',
  ];

  it('a common noun the segmenter tags as a name still gives the right title away (文明/nr)', () => {
    expect(titleGivesAway('文明是一座城市的品格，也是每一位市民的名片。', options, 0)).toBe(true);
  });

  it('guard: the name of a body both share does not (中国共产党)', () => {
    const titles = [
      '中国共产党章程学习辅导',
      '在全县防汛工作会议上的讲话',
      '关于开展全民阅读活动的通知',
      '县委全会报告',
    ];
    expect(titleGivesAway('中国共产党的领导是我们事业成功的根本保证。', titles, 0)).toBe(false);
  });
});
