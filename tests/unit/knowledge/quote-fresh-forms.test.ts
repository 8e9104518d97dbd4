// Forms the fresh labelled reports (the 2018 government work report among them) showed missing or
// mistaken: a universal judgement across a comma (一切…，都是), two things judged bound together, a
// sure outcome of the conditions before (…，国家必将…), a maxim closing an instruction, a lead
// 对…来说 — and, against them, report prose that only looked like a 金句. Invented sentences of the
// shapes the reports use (or their public wording).
import { describe, expect, it } from 'vitest';
import { MIN_SCORE, quotaFor, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { trailingMaxim } from '../../../electron/core/knowledge/trailing-maxim.js';
import { quoteScore, scored } from './quote-score.js';

describe('a thesis the fresh reports showed missing', () => {
  it.each([
    // 一切…，都是: the universal judgement with a comma after its subject.
    '我们所做的一切努力，都是为了群众。',
    '全县发展的一切成绩，都是干出来的。',
    // Two things judged bound together.
    '城市发展与市民福祉息息相关。',
    '基层民主和基层法治不可分割。',
    // A sure outcome of the conditions before.
    '集思广益、群策群力，一定能闯出改革的新路子。',
    '干部群众心齐气顺、向善向上，全县必将焕发新的生机。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads a judgement after 对…来说 without its lead', () => {
    const c = scored('对各级干部来说，为群众办事是本分、不办是失职。');
    expect(c.map((x) => x.text)).toContain('为群众办事是本分、不办是失职。');
    expect(c.find((x) => x.text === '为群众办事是本分、不办是失职。')!.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('counts a thesis drawn as a lesson (实践表明，…) as one the text singles out', () => {
    const c = scored('实践表明，一个地方的发展成就从来都是在攻坚克难中取得的。');
    expect(c.find((x) => x.text === '一个地方的发展成就从来都是在攻坚克难中取得的。')?.score).toBeGreaterThanOrEqual(
      MIN_SCORE,
    );
    // The same words told without the lead stay below.
    expect(quoteScore('一个地方的发展成就从来都是在攻坚克难中取得的。')).toBeLessThan(MIN_SCORE);
  });

  it('offers the maxim that closes an instruction by itself', () => {
    const c = scored('坚持严格规范公正文明执法，有权不可任性，用权必受监督。');
    expect(c.find((x) => x.text === '有权不可任性，用权必受监督。')?.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(
      trailingMaxim('我们要坚持教育优先发展，加快推进教育现代化，厚植人民幸福之本，夯实国家富强之基。'),
    ).not.toBeNull();
    // Two more instructions, and a predicate whose subject is before it, are no maxim.
    expect(trailingMaxim('坚持党建引领，传承红色基因，赓续红色血脉。')).toBeNull();
    expect(trailingMaxim('增加财政支出，决不是可以敞开口子花钱，而必须珍惜人民的血汗钱。')).toBeNull();
    // A judgement is its own 金句 whole: nothing is cut from it.
    expect(trailingMaxim('干部清正，政府清廉，政治清明，有权不可任性，用权必受监督。')).toBeNull();
  });
});

describe('report prose that only looked like a 金句', () => {
  it.each([
    // A circumstance and what was done in it (two clauses of one length, no pair).
    '在任务繁重情况下，持续加大民生投入。',
    // A year's record whose two halves share a character by chance (健).
    '全民健身广泛开展，体育健儿勇创佳绩。',
    // The copula inside the 理念 an instruction names.
    '树立绿水青山就是金山银山理念，以前所未有的力度加强生态保护。',
    // The state of the world now, opening the part on foreign affairs.
    '当今世界是丰富多彩的。',
    // Instructions: 以…促…, 今后应当….
    '以开放促改革、促发展、促创新。',
    '今后应当更充分地尊重选举人的意志，保证选举人有选择的余地。',
    // A sure outcome of one year's targets, and a belief declared.
    '只要我们万众一心，共克时艰，就一定能够实现全年各项目标。',
    '我们坚信，两岸同胞一定能共创美好未来。',
  ])('stays ordinary prose: %s', (text) => {
    expect(quoteScore(text)).toBeLessThan(MIN_SCORE);
  });

  it('takes a sentence opening on 却 for half of one', () => {
    expect(fragmentReason('却可以增加生产，增加财富，于公于私，都有好处。')).not.toBeNull();
  });

  it('marks each form by its own feature', () => {
    expect(styleOf('城市发展与市民福祉息息相关。').aphorism).toBe(true);
    expect(styleOf('我们所做的一切努力，都是为了群众。').pattern).toBe(true);
    expect(styleOf('在任务繁重情况下，持续加大民生投入。').couplet).toBe(false);
    expect(styleOf('当今世界是丰富多彩的。').narration).toBe(true);
    expect(styleOf('以开放促改革、促发展、促创新。').task).toBe(true);
  });
});

describe('the quota of a document', () => {
  const ranked = (scores: number[]): RankedQuote[] =>
    scores.map((score, i) => ({
      paragraph: i,
      start: 0,
      end: 10,
      text: `${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[i]}字开头的一句话。`,
      speaker: null,
      source: 'own' as const,
      score,
      reason: '对仗；格言式论断',
    }));

  // (Round q24b: a short text's quota counts its lines above the minimum, up to twice the floor; past
  // that, only sentences of two marked forms pass it.)
  it('is passed by sentences of two marked forms and a short length (6), not by less', () => {
    const q = 2 * quotaFor(1500);
    expect(selectQuotes(ranked(Array.from({ length: q + 2 }, () => 6)), 1500)).toHaveLength(q);
    expect(selectQuotes(ranked(Array.from({ length: q + 2 }, () => 5.5)), 1500)).toHaveLength(q);
    const long = quotaFor(6500);
    expect(selectQuotes(ranked(Array.from({ length: long + 2 }, () => 6)), 6500)).toHaveLength(long + 2);
    expect(selectQuotes(ranked(Array.from({ length: long + 2 }, () => 5.5)), 6500)).toHaveLength(long);
  });
});
