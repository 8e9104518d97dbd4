// Round local28: what makes a local leader's line quotable (quotes-local21.json, sets local28 and local28h,
// local-docs/l28-*): a judgement about work stated generally in a form of its own — measure for measure, a thing
// asked whether it is so and answered by who knows best, what counts set against what does not, the small
// against the large, one thing rather than another, what seems against what is — and the named misses: a 越…越要
// about a kind of matter is an order of the work list, and a guest's request without 希望 is no 金句.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

const quotesOf = (texts: string[], type: '讲话' | '会议报道', name: string | null = '陶建华') =>
  extractQuotes(
    texts.map((text) => ({ kind: 'p' as const, text })),
    { speakers: name ? [{ name, role: null }] : [], occasion: null, date: null, type },
  ).map((q) => `${q.speaker ?? '—'}: ${q.text}`);

/** A plain paragraph a speech holds around its lines. */
const PLAIN = '今天召开全县工作会议，主要任务是总结去年工作，安排部署今年任务，动员全县上下真抓实干。';

describe('local forms of a judgement', () => {
  it('measure for measure is a form', () => {
    for (const line of [
      '干部的脚底沾了多少泥，群众的心里就有多少情。',
      '政府的服务多一分，企业的信心就多十分。',
      '作风漂浮一寸，群众就疏远一尺。',
      '审批多跑一次腿，企业就多一分负担。',
    ])
      expect(styleOf(line).pattern, line).toBe(true);
  });

  it('a thing asked whether it is so, answered by who knows best or by what it is not judged on', () => {
    for (const line of [
      '一条河流干不干净，群众看得最清楚。',
      '一个干部清廉不清廉，家里人最清楚，身边人最明白。',
      '手续办得快不快，群众和企业心里有本账。',
      '一个班子有没有战斗力，关键看班长。',
      '治理效果好不好，不看开了多少会、发了多少文，而要看群众的烦心事少了没有。',
    ])
      expect(styleOf(line).aphorism && styleOf(line).pattern, line).toBe(true);
  });

  it('antitheses of local speech: what counts, small and large, rather than, seems but is, even so', () => {
    for (const line of [
      '算账要算在群众的口袋里，不能只算在报表上。',
      '小事办不好，大事就无从谈起。',
      '引来一只“金凤凰”，不如培育一片“梧桐林”。',
      '作风问题看似小节，连着的却是民心。',
      '政府的账本再紧，民生的投入也不能减。',
      '年轻干部出问题，往往是从吃一顿饭、收一个红包开始的。',
      '心中有敬畏，行动才有底线。',
      '一个地方的发展，拼到最后拼的是营商环境。',
      '权力就像一把双刃剑，用好了能为民造福，用歪了就会伤及自身。',
    ])
      expect(styleOf(line).pattern, line).toBe(true);
    expect(styleOf('权力就像一把双刃剑，用好了能为民造福，用歪了就会伤及自身。').metaphors).toBeGreaterThan(0);
  });

  it('not a plain report, a task or a count', () => {
    for (const line of [
      '去年全县新登记市场主体4365户，增长12.1%。',
      '要全面推行“一窗受理、集成服务”，年底前将企业开办时间压缩到1个工作日以内。',
      '各部门主要负责人每季度至少走访企业一次，现场解决企业诉求。',
    ])
      expect(styleOf(line).pattern, line).toBe(false);
  });

  it('such lines of a speech become its 金句, the speaker credited', () => {
    const out = quotesOf(
      [
        PLAIN,
        '作风漂浮一寸，群众就疏远一尺。',
        PLAIN,
        '一个班子有没有战斗力，关键看班长。',
        PLAIN,
        '小事办不好，大事就无从谈起。',
      ],
      '讲话',
    );
    expect(out).toEqual([
      '陶建华: 作风漂浮一寸，群众就疏远一尺。',
      '陶建华: 一个班子有没有战斗力，关键看班长。',
      '陶建华: 小事办不好，大事就无从谈起。',
    ]);
  });

  it('a short condition on its own line is the paragraph’s point, not a heading', () => {
    const out = quotesOf(
      ['守住第一次，才能守住每一次。', '大家要把家风建设摆在重要位置，管好家属子女和身边工作人员。'],
      '讲话',
    );
    expect(out).toEqual(['陶建华: 守住第一次，才能守住每一次。']);
  });
});

describe('the named misses', () => {
  it('越…越要 about a kind of matter is an order of the work list', () => {
    for (const line of ['越是群众急难愁盼的事，越要抢在前头办。', '越是企业反映强烈的问题，越要优先解决。'])
      expect(isLocalFormula(line), line).toBe(true);
    expect(quotesOf([PLAIN, '越是群众急难愁盼的事，越要抢在前头办。', PLAIN], '讲话')).toEqual([]);
    // (A thesis of who stays.)
    expect(isLocalFormula('越是管干部的人，越要接受监督。')).toBe(false);
  });

  it('a guest’s request to the county without 希望 is a request', () => {
    expect(isReportDirective('县里进一步简化小微企业贷款手续，降低融资成本。')).toBe(true);
    expect(isReportDirective('县里加大对农村养老服务设施的投入，解决留守老人吃饭难的问题。')).toBe(true);
    expect(isReportDirective('政府守信用，企业才有信心。')).toBe(false);
    const out = quotesOf(
      [
        '1月18日，县委召开人大代表座谈会，县委书记葛长林主持会议并讲话。',
        '代表胡晓燕提出，县里进一步简化小微企业贷款手续，降低融资成本。',
      ],
      '会议报道',
      null,
    );
    expect(out.some((q) => q.includes('简化小微企业贷款手续'))).toBe(false);
  });
});

describe('a report goes on with a judgement after a person’s words', () => {
  it('a thing asked whether it is so right after his words is his', () => {
    const out = quotesOf(
      [
        '3月26日，县委书记马永泉主持召开县委常委会会议，研究部署基层治理工作。',
        '马永泉强调，群众的事情，群众最有发言权。治理效果好不好，不看开了多少会、发了多少文，而要看群众的烦心事少了没有。',
      ],
      '会议报道',
      null,
    );
    expect(out).toContain('马永泉: 治理效果好不好，不看开了多少会、发了多少文，而要看群众的烦心事少了没有。');
  });
});
