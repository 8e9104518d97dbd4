import { describe, expect, it, test } from 'vitest';
import { extractQuotesAndTerms, formatCitation } from '../../../electron/core/content/quotes.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { seedBytes, seedName } from './helpers.js';

async function doc(prefix: string) {
  const r = await importBytes(seedName(prefix), seedBytes(prefix));
  return r.documents;
}

describe('金句 in the seeds', () => {
  const cases: { seed: string; start: string; speaker: string; citation: RegExp }[] = [
    { seed: '001', start: '基层是党的执政根基', speaker: '习近平', citation: /^——习近平/ },
    {
      seed: '004',
      start: '建好党支部,选好的带头人',
      speaker: '习近平',
      citation: /^——习近平在郝家桥村考察时的讲话（2021年9月）$/,
    },
    { seed: '004', start: '党建工作的难点在基层', speaker: '习近平', citation: /^——习近平.*（2018年11月）$/ },
  ];
  for (const c of cases) {
    it(`${c.seed}: “${c.start}…”`, async () => {
      const docs = await doc(c.seed);
      const q = docs.flatMap((d) => d.quotes.map((x) => ({ ...x, d }))).find((x) => x.text.startsWith(c.start));
      expect(q).toBeDefined();
      expect(q!.speaker).toBe(c.speaker);
      expect(q!.citation).toMatch(c.citation);
      // Offsets point at the quoted text inside the exact paragraph it came from.
      expect(q!.d.paragraphs[q!.paragraph]!.text.slice(q!.start, q!.end)).toBe(q!.text);
    });
  }

  it('“两委”, “四议两公开” and “五级书记” are 提法, not 金句', async () => {
    const docs = [...(await doc('004')), ...(await doc('000'))];
    const quoteTexts = docs.flatMap((d) => d.quotes.map((q) => q.text));
    const terms = new Map(docs.flatMap((d) => d.terms.map((t) => [t.term, t] as const)));
    for (const t of ['两委', '四议两公开', '五级书记']) {
      expect(quoteTexts).not.toContain(t);
      expect(terms.has(t)).toBe(true);
    }
    const d004 = docs[0]!;
    const liangwei = d004.terms.find((t) => t.term === '两委')!;
    // Every occurrence, each pointing at the term.
    expect(liangwei.occurrences.length).toBe(
      d004.paragraphs.map((p) => p.text.split('两委').length - 1).reduce((a, b) => a + b, 0),
    );
    for (const o of liangwei.occurrences)
      expect(d004.paragraphs[o.paragraph]!.text.slice(o.start, o.start + 2)).toBe('两委');
  });
});

describe('extractQuotesAndTerms', () => {
  const ctx = { speakers: [{ name: '陳德榮', role: '市委書記' }], occasion: '全市基層黨建工作會議', date: '2009' };
  // (Round a22: framed theses, as a plain framed instruction is no longer a 金句.)
  const cases: { text: string; quote: string | null; speaker?: string }[] = [
    {
      text: '陳德榮強調，“基層黨組織是推動科學發展的堅強戰鬥堡壘，黨員是群眾身邊的一面旗幟”。',
      quote: '基層黨組織是推動科學發展的堅強戰鬥堡壘，黨員是群眾身邊的一面旗幟',
      speaker: '陳德榮',
    },
    { text: '文件指出，“基層黨組織是推動科學發展的堅強戰鬥堡壘，黨員是群眾身邊的一面旗幟”。', quote: null },
    { text: '习近平总书记来到社区。“群众紧紧团结在党的周围，党执政的人心基础就更加稳固。”', quote: null },
    {
      text: '“群众紧紧团结在党的周围，党执政的人心基础就更加稳固。”习近平总书记说。',
      quote: '群众紧紧团结在党的周围，党执政的人心基础就更加稳固。',
      speaker: '习近平',
    },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 20), () => {
      const r = extractQuotesAndTerms([{ kind: 'p', text: c.text }], ctx);
      if (c.quote === null) expect(r.quotes).toEqual([]);
      else {
        expect(r.quotes.map((q) => q.text)).toEqual([c.quote]);
        expect(r.quotes[0]!.speaker).toBe(c.speaker);
      }
    });
  }

  it('dates a quote by `今年N月` against the document year, not by a citing document', () => {
    const paras = [
      { kind: 'p' as const, text: '今年8月，习近平总书记来到辽宁沈阳牡丹社区考察。' },
      { kind: 'p' as const, text: '习近平总书记强调：“要加强社区基层党组织建设，加强和改进社区工作。”' },
      {
        kind: 'p' as const,
        text: '习近平总书记指出，“基层是党的执政根基、力量之源，只有基层党组织坚强有力，党的根基才能牢固”。',
      },
    ];
    const r = extractQuotesAndTerms(paras, { speakers: [], occasion: '某市座谈会', date: '2022' });
    expect(r.quotes[0]!.date).toBe('2022-08');
    expect(r.quotes[0]!.citation).toBe('——习近平在辽宁沈阳牡丹社区考察时的讲话（2022年8月）');
    expect(r.quotes[1]!.date).toBeNull();
    expect(r.quotes[1]!.occasion).toBeNull();
  });

  it('formats the 出处 line', () => {
    expect(formatCitation('习近平', '中央人才工作会议', '2021-09-27')).toBe(
      '——习近平在中央人才工作会议上的讲话（2021年9月）',
    );
    expect(formatCitation('习近平', null, '2021')).toBe('——习近平（2021年）');
  });
});

describe('formatCitation', () => {
  test.each([
    [['习近平', '郝家桥村考察时', '2021-09'], '——习近平在郝家桥村考察时的讲话（2021年9月）'],
    [['陈德荣', '全市统筹城乡基层党建工作会议', '2009'], '——陈德荣在全市统筹城乡基层党建工作会议上的讲话（2009年）'],
    [['习近平', null, '2018-11', { title: '建强战斗堡垒', date: '2022' }], '——习近平（2018年11月）'],
    [
      ['毛泽东', null, null, { title: '1956年政府工作报告', date: '1956' }],
      '——毛泽东（转引自《1956年政府工作报告》，1956年）',
    ],
  ] as const)('%j → %s', (args, expected) => {
    const [speaker, occasion, date, source] = args as unknown as [
      string,
      string | null,
      string | null,
      { title: string; date: string | null } | undefined,
    ];
    expect(formatCitation(speaker, occasion, date, source)).toBe(expected);
  });
});
