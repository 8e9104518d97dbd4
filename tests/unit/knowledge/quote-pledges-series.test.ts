// Forms the fresh reports (the 2017 government work report among them) showed missing: a sure
// outcome said with 一定会/必定会 or after a longer subject, a series of members joined by ； that
// open and close alike (凡…都要…；凡…都要…), the speaker's own pledge (我们一定要…，不负人民重托),
// 完全有能力 as a pledge, and two sayings in common use that take the speaker off. Invented
// sentences of the shapes the reports use.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { alikeSeries } from '../../../electron/core/knowledge/semicolon-series.js';
import { quoteScore, scored } from './quote-score.js';

describe('a sure outcome and a pledge', () => {
  it.each([
    // 一定会 / 必定会, like 必将 and 一定能.
    '全县上下齐心协力、苦干实干，家乡的明天一定会更加美好。',
    '全社会持之以恒，城乡环境必定会一年比一年好起来。',
    // A subject of seven or eight characters before 必将.
    '各族群众同心同向、同心同德、同心同行，各族人民大家庭必将更加和美。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('takes the speaker’s long pledge (我们一定要…，不负…重托) for a resolve', () => {
    expect(
      quoteScore('我们一定要迎难而上，勇于担当，扎扎实实做好各项工作，不辱时代使命，不负群众重托。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(quoteScore('就业问题始终是头等大事，我们一定要下力气也完全有能力守住民生的底线。')).toBeGreaterThanOrEqual(
      MIN_SCORE,
    );
  });

  it('leaves an instruction that ends on the pledge words below', () => {
    expect(quoteScore('要深入调查研究，认真听取各方意见，切实改进工作作风，不辱时代使命，不负群众重托。')).toBeLessThan(
      MIN_SCORE,
    );
  });
});

describe('a series joined by ；', () => {
  it('is one candidate when its members open and close alike', () => {
    const text =
      '凡群众反映强烈的问题，都要限期整改到位；凡作风漂浮的单位，都要严肃通报批评；凡整改不力的责任人，都要依规依纪问责。';
    const c = scored(text).find((x) => x.text === text);
    expect(c?.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('joins a long pair of halves and a series opening on 对', () => {
    const pair = '我们的干部来自基层，必须经得起基层的考验；我们的干部正在推动改革，也必须经得起改革的考验。';
    expect(scored(pair).map((x) => x.text)).toContain(pair);
    const dui = '对弄虚作假的，必须严肃处理；对推诿扯皮的，必须限期整改；对失职渎职的，必须依法追责。';
    expect(scored(dui).find((x) => x.text === dui)?.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('leaves a report’s list of tasks in its parts', () => {
    expect(
      alikeSeries([
        '加强基层组织建设，夯实执政根基；',
        '推进干部队伍建设，提升履职能力；',
        '完善监督制度，规范权力运行。',
      ]),
    ).toBe(false);
    // Members that open alike but close differently are no series either.
    expect(alikeSeries(['对重点项目，要加快建设进度；', '对困难企业，必须帮助纾困解难。'])).toBe(false);
  });
});

describe('sayings in common use inside the speaker’s sentence', () => {
  it.each(['我们要直面问题，安不忘危，治不忘乱，勇于担当，不负群众期待。', '人命关天，安全至上。'])(
    'take the speaker off: %s',
    (text) => {
      const q = creditSaying({
        paragraph: 0,
        start: 0,
        end: text.length,
        text,
        speaker: '王某某',
        source: 'own' as const,
      });
      expect(q.speaker).toBeNull();
    },
  );
});
