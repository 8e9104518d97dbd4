// Causes found by judging a third draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported3.json): a web page's breadcrumb taken for its title; short
// maxims of a local text (纪律是党的生命线, 蓝图已经绘就，奋进正当其时) and longer set sayings
// (抓党建从工作出发，抓工作从党建入手) asked which document or who said them, a classic (亲其师，
// 信其道) as a teacher's words; a greeting's head count and a
// warning case's sums asked as figures; a Jan–Aug figure read as the year's; a 判断 on a lower bound
// (不少于10户); 三大纪律八项注意 blanked across both parts; a 党章 sentence's 提法 credited to the county
// speech repeating it. The texts are written for these tests in the shapes of local documents.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { SAYING_SHARE, sayingIn } from '../../../electron/core/knowledge/sayings.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';
import type { QuestionDraft, QuizSource, SourceDoc, SourceQuote } from '../../../electron/core/quiz/types.js';
import { sourceDoc } from './source-doc.js';

const sourceOf = (docs: SourceDoc[], quotes: SourceQuote[] = []): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes,
  terms: [],
});

const local = (id: string, year: number | null, texts: string[], over: Partial<SourceDoc> = {}) =>
  sourceDoc(id, year ?? 0, texts, {
    type: '讲话',
    source: null,
    title: `在全县党建工作会议上的讲话${id}`,
    year,
    speakers: ['刘建华'],
    ...over,
  });

const quote = (docId: string, text: string, speaker: string | null): SourceQuote => ({
  id: `${docId}:${text}`,
  docId,
  paragraph: 0,
  start: 0,
  end: text.length,
  text,
  speaker,
  occasion: null,
  date: null,
});

const blanked = (qs: QuestionDraft[]) => qs.flatMap((q) => q.blanks.map((b) => b.text));

describe('a web page copied into a text file', () => {
  it('does not take its breadcrumb for the title, nor keep its view counter', () => {
    const r = cleanText(
      [
        '首页 > 廉政教育 > 廉政党课',
        '以严明纪律护航县域高质量发展——在全县纪律教育专题党课上的讲稿',
        '来源：清风临川网　　发布日期：2024年05月21日　　浏览次数：1386',
        '同志们：',
        '按照县委党纪学习教育工作安排，今天我和大家一起学习《中国共产党纪律处分条例》。',
      ].join('\n'),
    );
    expect(r.lines.filter(Boolean)[0]).toBe('以严明纪律护航县域高质量发展——在全县纪律教育专题党课上的讲稿');
    expect(r.lines.some((l) => /首页|浏览次数/.test(l))).toBe(false);
  });
});

describe('金句 of a local leader’s text', () => {
  const maxim = '实干是最好的答卷。';
  const long = '办事效率再提高一点，审批时限再压缩一点，企业获得感就会再增强一点。';
  // Four speeches by four speakers: the first says both lines, the others neither.
  const speeches = ['刘建华', '陈国栋', '许文静', '何永祥'].map((who, i) =>
    local(`u:s${i}`, 2024, [i ? `全县新建党群服务中心${i + 10}个。` : maxim + long], { speakers: [who] }),
  );
  const at = (text: string, speaker: string | null) => ({
    ...quote('u:s0', text, speaker),
    start: (maxim + long).indexOf(text),
    end: (maxim + long).indexOf(text) + text.length,
  });

  it('ask neither which document nor who said a short maxim, and credit it to nobody', () => {
    const qs = generateFromQuotes(sourceOf(speeches, [at(maxim, '刘建华')]));
    expect(qs.filter((q) => /谁说的|出自哪/.test(q.stem))).toEqual([]);
    // questions21: nor blank it (a short local line is asked only by a 提法 of the lexicon in it).
    expect(qs.some((q) => q.kind === '填空')).toBe(false);
    for (const q of qs) expect(q.stem).not.toContain('刘建华');
  });

  it('still ask where a longer line of the speaker’s own comes from', () => {
    const qs = generateFromQuotes(sourceOf(speeches, [at(long, '刘建华')]));
    expect(qs.some((q) => q.stem.includes('出自哪篇'))).toBe(true);
  });

  it('still ask a national leader’s import where his short line comes from', () => {
    const report = sourceDoc('b:r', 2024, ['全面从严治党永远在路上。'], { speakers: ['李强'] });
    const byLeader = speeches.map((d) => ({ ...d, speakers: ['李强'] }));
    const qs = generateFromQuotes(sourceOf([report, ...byLeader], [at(maxim, '李强')]));
    expect(qs.some((q) => /出自哪篇|哪一年|谁说的/.test(q.stem))).toBe(true);
  });

  it('know longer set sayings local texts repeat, and the classic of 亲其师，信其道', () => {
    const lines = [
      '抓党建从工作出发，抓工作从党建入手。',
      '一个党员就是一面旗帜，一个支部就是一座堡垒。',
      '理想信念是共产党人精神上的“钙”。',
      '教师是立教之本、兴教之源。',
    ];
    for (const l of lines) {
      const m = sayingIn(l);
      expect(m?.coverage).toBeGreaterThanOrEqual(SAYING_SHARE);
      expect(m?.saying.speaker).toBeUndefined();
    }
    expect(sayingIn('亲其师，信其道。')?.saying.work).toBe('《礼记·学记》');
  });
});

describe('figures of an imported document', () => {
  it('are not the head count of a greeting to the hall', () => {
    const d = local('u:g', 2024, [
      '向今天受到表彰的12个先进基层党组织、36名优秀共产党员表示热烈的祝贺！首先，我代表镇党委，向全镇1426名共产党员致以节日的问候！',
      '全镇党员干部累计走访群众4800户，帮助解决急难愁盼问题326件。',
    ]);
    const words = blanked(generateFromNumbers(sourceOf([d])));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(['12', '36', '1426']).not.toContain(w);
  });

  it('are not the sums of a warning case told of a masked name', () => {
    const d = local('u:c', 2024, [
      '去年查处的某乡镇财政所原出纳李某某一案就很典型。李某某参加工作仅5年，先后利用职务便利挪用公款累计87.6万元用于网络赌博，最终被开除党籍、开除公职。',
      '2023年，全县纪检监察机关立案157件，给予党纪政务处分149人。',
    ]);
    const words = blanked(generateFromNumbers(sourceOf([d])));
    expect(words.length).toBeGreaterThan(0);
    expect(words).not.toContain('87.6万');
  });

  it('keep the part of the year they are of (今年1至8月)', () => {
    const d = local('u:y', 2024, [
      '周涛在发言中说，今年1至8月，全县规模以上工业增加值同比增长9.4%，固定资产投资同比增长7.8%，主要经济指标增速均高于全市平均水平。',
    ]);
    const qs = generateFromNumbers(sourceOf([d]));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.fact).toContain('今年1至8月');
  });

  it('ask a lower bound (不少于10户) only as a 填空', () => {
    const fact = '要深化“党员联系户”制度，每名在职党员联系群众不少于10户。';
    const docs = Array.from({ length: 12 }, (_, i) =>
      local(
        `u:b${i}`,
        2024,
        i % 2
          ? ['全县粮食总产量达到41万吨。', fact]
          : ['全县粮食总产量达到41万吨。', '全县新建高标准农田1.5万亩。', fact],
      ),
    );
    const pool = ['改造危房15户。', '建成示范户20户。', '新增脱贫户30户。', '帮扶困难户12户。'];
    const others = pool.map((t, i) => sourceDoc(`b:p${i}`, 2020 + i, [t]));
    const qs = generateFromNumbers(sourceOf([...docs, ...others])).filter((q) => q.fact.includes('不少于'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.kind).toBe('填空');
  });
});

describe('提法 of an imported document', () => {
  it('blank the second of two counted parts (三大纪律____)', () => {
    expect(blankPart('三大纪律八项注意')).toEqual({ start: 4, end: 8 });
    expect(blankPart('四议两公开')).toEqual({ start: 2, end: 5 });
  });

  it('name the 党章 as the source of a 党章 sentence a county speech repeats', () => {
    const text = '基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。';
    const d = local('u:p', 2025, [text]);
    const src: QuizSource = {
      ...sourceOf([d]),
      terms: [{ term: '战斗堡垒', docId: 'u:p', paragraph: 0, start: text.indexOf('战斗堡垒') }],
    };
    const fill = generateFromTerms(src).find((q) => q.kind === '填空');
    expect(fill?.stem).toContain('语出《中国共产党章程》');
  });
});
