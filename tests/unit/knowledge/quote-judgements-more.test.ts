// More theses without a marked form: where the root of a matter lies (…的根本出路在…), a subject
// said to rest on something with a categorical second clause (…系于…，…是绝对没有出路的), the
// only road (必由之路), a resolve closing on 答卷, and the 回顾过去…；展望未来… couplet; against
// the report prose of the same words that stays out (the year told, an origin told, an instruction).
// Invented sentences of the shapes the labelled reports use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

const score = quoteScore;
const doc = (text: string) => ({
  paragraphs: [{ kind: 'p' as const, text }],
  type: '讲话',
  speakers: [{ name: '王某某' }],
});

describe('a judgement without a marked form (more shapes)', () => {
  it.each([
    '山区的根本出路在教育。',
    '乡村振兴的根本在于人才。',
    '民族的未来系于团结，内斗是绝对没有前途的。',
    '深化改革、扩大开放，持续增进人民福祉，是国家富强、人民幸福的必由之路。',
    '我们要勤勉尽责、开拓创新、迎难而上、决不松懈，交出一份群众满意的答卷。',
  ])('is a 金句: %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('takes the 回顾过去…；展望未来… couplet opening a paragraph for a 金句, the year looked back on not', () => {
    expect(
      score('回顾过去，我们团结奋斗，赢得重大胜利；展望未来，我们使命光荣，仍须砥砺前行。', true),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(
      score('回顾过去一年，我们团结奋斗，赢得重大胜利；展望未来，我们使命光荣，仍须砥砺前行。', true),
    ).toBeLessThan(MIN_SCORE);
  });

  it.each([
    // Where the root lies as an instruction, or in a long clause of particulars.
    '要在根本上解决这些问题，必须加强基层组织建设。',
    '全省农业农村工作中存在问题的根本原因在于投入长期不足和基础设施薄弱。',
    // The verb 系于 with an instruction after it, not a categorical judgement.
    '企业的发展系于市场，要进一步扩大对外开放。',
    // The year looked back on, without the prospect it is set against.
    '回顾过去一年，我们攻坚克难，取得显著成绩；各项事业全面推进，人民生活持续改善。',
    // Two halves of a work plan at ；, each an instruction.
    '加强基础设施，推进城乡建设；完善社会保障，促进就业创业。',
    // How a thing arose is its history, not a judgement of it.
    '这一重要思想，是在深入总结实践经验的基础上提出来的。',
  ])('stays ordinary prose: %s', (text) => {
    expect(score(text)).toBeLessThan(MIN_SCORE);
  });

  it('marks each form by its own feature', () => {
    expect(styleOf('山区的根本出路在教育。').aphorism).toBe(true);
    expect(styleOf('民族的未来系于团结，内斗是绝对没有前途的。').aphorism).toBe(true);
    expect(styleOf('民族的未来系于团结，内斗是绝对没有前途的。').pattern).toBe(true);
    const couplet = styleOf('回顾过去，我们团结奋斗，赢得重大胜利；展望未来，我们使命光荣，仍须砥砺前行。');
    expect(couplet.couplet).toBe(true);
    expect(couplet.narration).toBe(false);
    expect(styleOf('回顾过去一年，我们攻坚克难，取得显著成绩；展望未来，我们使命光荣，仍须砥砺前行。').narration).toBe(
      true,
    );
    expect(styleOf('这一重要思想，是在深入总结实践经验的基础上提出来的。').aphorism).toBe(false);
    // (Found reading the library's 金句, lead stop 40: the first clause of 问题的关键在于，要努力保证… was
    // offered alone.)
    expect(styleOf('问题的关键在于').aphorism).toBe(false);
    expect(
      quoteCandidates(doc('问题的关键在于，要努力保证群众的收入增长，实际生活不断有所改善。')).map((c) => c.text),
    ).not.toContain('问题的关键在于');
  });
});
