// Round local22: shapes of local meeting reports and speeches (quotes-local21.json, sets local22 and
// local22h) — a report's directives to the hall, its pledges and requests (report-directive.ts), the
// closing call (closing-call.ts), 只有…没有… said without the comma, and an opinion on what was just
// said (我看这不是理由).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { closesOnDirective, isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { isClosingCall, isSpeechFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { onlyNot } from '../../../electron/core/knowledge/judgement-words.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

const report = (texts: string[]) =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: [], occasion: null, date: null, type: '会议报道' },
  ).map((q) => `${q.speaker}: ${q.text}`);

const speech = (texts: string[]) =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: [{ name: '邓志华', role: null }], occasion: null, date: null, type: '讲话' },
  ).map((q) => q.text);

describe("a meeting report's directives to the hall", () => {
  it('a duty set for every level, a whole place or the members of a body', () => {
    expect(isReportDirective('年底时间紧、任务重，各级干部要拿出冲刺的劲头，坚决完成全年任务。')).toBe(true);
    expect(isReportDirective('今年是关键之年，全市干部要把精力用在抓落实上。')).toBe(true);
    expect(isReportDirective('汛期关系群众安危，全县上下务必绷紧防汛这根弦。')).toBe(true);
    expect(isReportDirective('政协委员要多建睿智之言、多献务实之策。')).toBe(true);
    expect(isReportDirective('各村主要负责同志是第一责任人，汛期要坚守岗位。')).toBe(true);
  });

  it('a body’s pledge and a request', () => {
    expect(isReportDirective('老干部工作是全局工作的重要组成部分，县委将一如既往关心老同志。')).toBe(true);
    expect(isReportDirective('村里底子薄，希望县里多给些支持。')).toBe(true);
  });

  it('not a thesis said to the same people', () => {
    expect(isReportDirective('越是基层越要守纪律，越是群众身边越要讲规矩。')).toBe(false);
    expect(isReportDirective('村里的事，党员带头干，群众就跟着干。')).toBe(false);
    expect(isReportDirective('发展产业不能只盯着眼前，要让群众长久受益。')).toBe(false);
  });

  it('is left out of the report’s 金句, ranked or filled', () => {
    const got = report([
      '3月2日，全县春季防火工作会议召开。县委书记韩志平出席会议并讲话。',
      '韩志平指出：“春季风大物燥，各乡镇要把防火责任落实到山头地块，做到“山有人管、林有人护”。”',
      '县长蔡明远要求，各级干部要拿出只争朝夕的劲头，坚决打好防火攻坚战。',
      '林业局局长曹新民表示，林业局将继续加强巡查，为全县森林安全提供保障。',
      '青山村党支部书记周桂英发言说：“守住一片林，就是守住一方百姓的饭碗。”',
    ]);
    expect(got.filter((x) => /韩志平|蔡明远|曹新民/.test(x))).toEqual([]);
    expect(got.some((x) => x.startsWith('周桂英'))).toBe(true);
  });

  it('a retold point that closes on what the hall is to do', () => {
    expect(closesOnDirective('宣传部门是党的喉舌，要以过硬作风树立良好形象。')).toBe(true);
    expect(closesOnDirective('宣传部门是党的喉舌。')).toBe(false);
  });
});

describe('the closing call', () => {
  it('is no 金句 (让我们…)', () => {
    expect(isClosingCall('让我们以更加务实的作风、更加扎实的工作，交出人民满意的答卷。')).toBe(true);
    expect(isClosingCall('同志们，让我们携手并进。')).toBe(true);
    expect(isClosingCall('蓝图已经绘就，号角已经吹响')).toBe(false);
    expect(
      speech([
        '同志们，作风建设关乎人心向背。',
        '同志们，让我们以更加务实的作风、更加扎实的工作，交出人民满意的答卷。',
      ]),
    ).not.toContain('同志们，让我们以更加务实的作风、更加扎实的工作，交出人民满意的答卷。');
  });
});

describe('a well-known line used unmarked in a county speech', () => {
  it('is nobody’s, not the speaker’s (军民团结如一人，试看天下谁能敌)', () => {
    const got = extractQuotes([{ kind: 'p', text: '军民团结如一人，试看天下谁能敌。' }], {
      speakers: [{ name: '邓志华', role: null }],
      occasion: null,
      date: null,
      type: '讲话',
    });
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('the duty owned and the responsibilities listed', () => {
  it('are formulas, not 金句', () => {
    expect(isSpeechFormula('抓好党风廉政建设是各级党组织的分内之事、应尽之责。')).toBe(true);
    expect(isSpeechFormula('属地管理责任、行业监管责任、企业主体责任要层层压实，绝不能留下空白。')).toBe(true);
  });

  it('not a thesis on a duty, nor a list that is judged', () => {
    expect(isSpeechFormula('为人民干事是天职、不干是失职。')).toBe(false);
    expect(isSpeechFormula('发展是第一要务、人才是第一资源、创新是第一动力。')).toBe(false);
  });
});

describe('nobody outside and everyone in', () => {
  it('is a couplet: as a paragraph’s first line it clears the minimum', () => {
    expect(quoteScore('作风建设没有局外人，每一名党员干部都是责任人。', true)).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(styleOf('安全生产没有旁观者，人人都是责任人。').couplet).toBe(true);
  });

  it('not a count of who has not', () => {
    expect(styleOf('全村没有低保户，每户都有稳定收入来源和住房保障。').couplet).toBe(false);
  });
});

describe('an activity said never to end (held-out local22h)', () => {
  it('is a judgement of it, not an instruction (全面从严治党永远在路上)', () => {
    expect(styleOf('全面从严治党永远在路上。').task).toBe(false);
    expect(quoteScore('全面从严治党永远在路上。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('not the task it is set in (我们要以永远在路上的坚韧…)', () => {
    expect(quoteScore('我们要以永远在路上的坚韧和执着，奋力开创全面从严治党新局面。')).toBeLessThan(MIN_SCORE);
  });
});

describe('只有…没有… without the comma', () => {
  it('is the couplet it is with the comma', () => {
    expect(onlyNot('安全生产工作只有起点没有终点。')).toBe(true);
    expect(onlyNot('优化营商环境只有进行时没有完成时。')).toBe(true);
  });

  it('not a count (只有三个乡镇没有完成)', () => {
    expect(onlyNot('全县目前只有三个乡镇没有完成。')).toBe(false);
    expect(onlyNot('目前只有少数村没有通车。')).toBe(false);
  });
});

describe('an opinion on what was just said', () => {
  it('points back (我看这不是理由，…)', () => {
    expect(fragmentReason('我看这不是理由，越是事情多，越要把作风抓紧。')).toBe('指代上文，不能单独成立');
    expect(fragmentReason('我看，这不是小事。')).toBe('指代上文，不能单独成立');
    expect(fragmentReason('我认为，作风建设没有局外人。')).toBeNull();
  });
});

describe('the last kilometre (最后一公里)', () => {
  it('is a figure of speech, not a statistic', () => {
    expect(fragmentReason('社区是联系群众的最后一公里，代表履职就要在家门口为群众办实事。')).toBeNull();
    expect(fragmentReason('打通服务群众的最后一米。')).toBeNull();
    expect(fragmentReason('全县新修农村道路八十公里。')).toBe('含统计数字');
  });
});
