// Forms the fresh labelled reports (the 2015 government work report added to them, the 十三大
// report) showed missing or mistaken: plain judgements without a marked form (one subject given two
// predicates, what is key to an activity, a definition followed by a duty, a short maxim closing on
// a rule), a judgement after 我们坚信 or 历史将证明, 亿万 read as a statistic — and, against them,
// prose that looked like a 金句: a word said twice in one clause taken for an antithesis, which form
// a thing takes, a term glossed in its own words (X即X…), seeing both sides as a lead-in, the second
// half of a ；-couplet that leans on the first with 也. Invented sentences in the reports' shapes.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { clausesOf, styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { isTask } from '../../../electron/core/knowledge/sentence-tasks.js';
import { quoteScore, scored } from './quote-score.js';

describe('a plain judgement the fresh reports showed missing', () => {
  it.each([
    // What is key to the activity named first (not an instruction to do it).
    '推进乡村振兴，人才是关键。',
    '发展现代农业，科技是根本。',
    // A short maxim closing on a rule.
    '大道至简，用权不可任性。',
    // A judgement with a grand predicate noun, however long its subject.
    '开放是振兴一个地区经济的唯一出路，是人心所向，大势所趋。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads a thing defined, then the duty it lays on everyone, as a judgement', () => {
    // (A topic sentence, as in the report: the length of the definition leaves it one feature short otherwise.)
    const text = '青山绿水是大自然留给子孙后代的宝贵财富，必须倍加珍惜。';
    expect(styleOf(text).aphorism).toBe(true);
    expect(quoteScore(text, true)).toBeGreaterThanOrEqual(MIN_SCORE);
    // A definition followed by an instruction is not one (…，要…).
    expect(styleOf('青山绿水是大自然留给子孙后代的宝贵财富，要加大保护力度。').aphorism).toBe(false);
  });

  it('gives a sentence one subject with two predicates the form of a judgement', () => {
    const text = '改革是社会主义经济体制的自我完善，是推进一切工作的动力。';
    expect(styleOf(text).aphorism).toBe(true);
    // Two clauses that do not judge one subject stay plain.
    expect(styleOf('各地区各部门认真贯彻中央部署，是今年工作顺利完成的重要原因。').aphorism).toBe(false);
  });

  it('keeps what is key an instruction when the key is one more task', () => {
    expect(styleOf('扩展对外贸易，增加出口是关键。').aphorism).toBe(false);
    expect(styleOf('推进乡村振兴，人才是关键。').aphorism).toBe(true);
    expect(isTask('推进乡村振兴，人才是关键。', clausesOf('推进乡村振兴，人才是关键。'))).toBe(false);
  });

  it('reads a judgement after 我们坚信 without its lead, but not a hope of what will follow', () => {
    const c = scored('我们坚信，城乡融合发展是不可阻挡、不可逆转的历史潮流。');
    expect(c.find((x) => x.text === '城乡融合发展是不可阻挡、不可逆转的历史潮流。')?.score).toBeGreaterThanOrEqual(
      MIN_SCORE,
    );
    // 我们相信，…一定能…: a belief in what will follow keeps its lead (RUBRIC: not a sure outcome).
    const hope = scored('我们相信，只要上下同心，全县就一定能够实现既定目标。');
    expect(hope.map((x) => x.text)).toContain('我们相信，只要上下同心，全县就一定能够实现既定目标。');
  });

  it('counts a thesis history will prove as a lesson drawn', () => {
    const c = scored('历史将证明，按照新思路推进区域合作，是我们民族政治智慧的伟大创造。');
    expect(
      c.find((x) => x.text === '按照新思路推进区域合作，是我们民族政治智慧的伟大创造。')?.score,
    ).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('does not read 亿万 (a set phrase) as a statistic', () => {
    expect(styleOf('把亿万群众的智慧调动起来，就一定能够汇成创新的大潮。').dated).toBe(false);
    expect(quoteScore('把亿万群众的智慧调动起来，就一定能够汇成创新的大潮。')).toBeGreaterThanOrEqual(MIN_SCORE);
    // An amount in 亿 still is one.
    expect(styleOf('全县财政收入突破两亿元，民生支出占七成。').dated).toBe(true);
  });
});

describe('prose that only looked like a 金句', () => {
  it('does not take a word said twice in one clause for an antithesis of the situation', () => {
    // 当今世界是…的: the situation of the moment (NARRATION), not redeemed by 世界…世界.
    expect(quoteScore('当今世界是开放的世界。', true)).toBeLessThan(MIN_SCORE);
    // A real antithesis of a year still stands (困难比预料的多，结果比预想的好).
    expect(quoteScore('今年困难比预料的多，结果比预想的好。', true)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('does not take which form a thing takes for a judgement', () => {
    expect(styleOf('企业之间的合作，是区域经济联合的基本形式。').aphorism).toBe(false);
    expect(quoteScore('企业之间的合作，是区域经济联合的基本形式。', true)).toBeLessThan(MIN_SCORE);
  });

  it('sees a term glossed in its own words as a gloss, a metaphor as none', () => {
    expect(fragmentReason('政企分开即政企职能分开。')).not.toBeNull();
    expect(fragmentReason('时间即生命。')).toBeNull();
  });

  it('sees seeing both sides as the lead-in to the problems listed next', () => {
    expect(fragmentReason('我们既要看到成绩，更要看到前进中的困难和挑战。')).not.toBeNull();
    expect(quoteScore('我们既要看到成绩，更要看到工作中的问题和不足。', true)).toBeLessThan(MIN_SCORE);
    // Seeing alone, without the two sides, is no lead-in.
    expect(fragmentReason('要看到人民群众中蕴藏着巨大的创造力。')).toBeNull();
  });

  it('does not offer the second half of a ；-couplet that goes on with 也', () => {
    const c = scored('我们党处于执政地位，必须经得起执政的考验；我们党正在领导改革，也必须经得起改革的考验。');
    expect(c.map((x) => x.text)).not.toContain('我们党正在领导改革，也必须经得起改革的考验。');
    // Halves that open and close alike are one candidate, the whole pair (semicolon-series.ts).
    const pair = '有悖于鼓励基层创新的陈规旧章，要抓紧修改废止；有碍于激发市场活力的繁文缛节，要下决心砍掉。';
    expect(scored(pair).map((x) => x.text)).toContain(pair);
  });
});

describe('a year told as progress', () => {
  it('reads a clause ending on 持续推进 or 深入推进 as progress told', () => {
    expect(styleOf('新型城镇化持续推进，发展基础日益雄厚，改革红利正在释放。').narration).toBe(true);
    expect(styleOf('党风廉政建设深入推进，干部作风明显好转。').narration).toBe(true);
    // An instruction that opens on it tells nothing done.
    expect(styleOf('持续推进乡村建设，让农村更美。').narration).toBe(false);
  });
});
