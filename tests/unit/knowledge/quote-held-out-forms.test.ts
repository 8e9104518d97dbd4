// Forms the 金句 rules missed in the fresh reports they were not tuned on (quotes13): a stray opening
// mark that hid the rest of a report, necessity said by negation, what a thing's core is or lies
// in, a prohibition laid on anyone closing a task sentence, and a report with too few 金句 above the
// minimum. Invented sentences of the shapes the reports use (or their public wording).
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, NEAR_SCORE, selectQuotes, type RankedQuote } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { isTask } from '../../../electron/core/knowledge/sentence-tasks.js';
import { clausesOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore, scored } from './quote-score.js';

const report = (...texts: string[]) =>
  quoteCandidates({
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    type: '文件',
    speakers: [{ name: '王某某' }],
  });

describe('a stray opening mark', () => {
  it('opens no quotation when it is never closed', () => {
    const c = report(
      '一是建设美丽乡村。“规划（草案）》把乡村建设放在首位。',
      '各位代表！任何艰难险阻都挡不住我们前进的步伐。',
    );
    expect(c.map((x) => x.text)).toContain('任何艰难险阻都挡不住我们前进的步伐。');
  });

  it('still makes a quotation across paragraphs someone else’s words', () => {
    const c = report('老书记常对我们说：“做工作要实打实。', '群众的事再小也是大事。”', '我们要把群众的事办好。');
    expect(c.map((x) => x.text)).not.toContain('群众的事再小也是大事。”');
    expect(c.map((x) => x.text)).not.toContain('群众的事再小也是大事。');
  });
});

describe('a thesis the held-out reports showed missing', () => {
  it.each([
    // Necessity said by negation.
    '一个地方发展到现在这个阶段，不靠改革创新没有出路。',
    '经济不发展，什么事情都办不成。',
    '没有全社会的安定团结，经济建设搞不成，各项改革也搞不成。',
    // What a thing's core is.
    '基层治理的核心和本质，是为群众办实事。',
    // A prohibition laid on anyone, as a clause of its own.
    '绝不允许任何人以任何形式把一寸土地从祖国分裂出去。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads what a thing’s merit lies in as a judgement', () => {
    expect(styleOf('老一辈科学家的历史功绩，在于把科研写在祖国大地上。').aphorism).toBe(true);
  });

  it('offers where the core of a matter lies by itself, before the duty drawn from it', () => {
    const c = scored('乡村振兴的关键在人，要把各类人才引向农村一线，让他们留得住、干得好。');
    expect(c.find((x) => x.text === '乡村振兴的关键在人')?.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('offers the prohibition that closes a task sentence by itself, unless it points back', () => {
    const c = scored('坚决反对一切分裂活动，绝不允许任何人以任何形式把一寸土地从祖国分裂出去。');
    expect(
      c.find((x) => x.text === '绝不允许任何人以任何形式把一寸土地从祖国分裂出去。')?.score,
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    const d = scored('鼓励个体经济发展，决不允许任何方面对它们排挤和打击。');
    expect(d.map((x) => x.text)).not.toContain('决不允许任何方面对它们排挤和打击。');
  });

  it('offers a classical pair of 之 that opens what is to be done by itself', () => {
    const c = scored('民之所盼，政之所向，我们要把群众的急难愁盼放在心上。');
    expect(c.find((x) => x.text === '民之所盼，政之所向')?.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('reads an activity given two predicates as judged, not ordered', () => {
    const t = '推进共同富裕是社会主义的本质要求，也是人民群众的共同期盼。';
    expect(isTask(t, clausesOf(t))).toBe(false);
  });
});

describe('report prose that only looked like a judgement', () => {
  it('does not take 尤其是 for a copula', () => {
    expect(styleOf('严格食品、药品尤其是疫苗监管。').aphorism).toBe(false);
  });

  it.each([
    // A plan's period judged is the situation of its moment.
    '“十二五”是全面建设小康社会的关键时期，是深化改革开放的攻坚时期。',
    // Instructions: 狠抓, and a task set in a field.
    '狠抓军事训练，培养高素质军事人才。',
    '在一些服务业领域推行增值税改革试点，推进资源税改革。',
  ])('is no 金句: %s', (text) => {
    expect(quoteScore(text)).toBeLessThan(MIN_SCORE);
  });
});

describe('a long report with too few 金句 above the minimum', () => {
  const q = (text: string, score: number, thesis: boolean, paragraph: number): RankedQuote => ({
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker: null,
    source: 'own',
    score,
    reason: thesis ? '格言式论断' : '对偶反复',
    ...(thesis ? { thesis } : {}),
  });
  const above = [q('甲是乙之本。', 5, true, 0), q('丙是丁之源。', 4, true, 1)];
  const near = [q('只有戊，才能己。', 3, true, 2), q('庚辛壬癸。', 3.5, false, 3), q('子丑寅卯。', 2.5, true, 4)];

  it('admits its near-threshold theses up to half its quota', () => {
    const out = selectQuotes([...above, ...near], 20000).map((x) => x.text);
    expect(out).toContain('只有戊，才能己。');
    // Not a form that is no thesis, nor a thesis below NEAR_SCORE.
    expect(out).not.toContain('庚辛壬癸。');
    expect(out).not.toContain('子丑寅卯。');
    expect(NEAR_SCORE).toBeLessThan(MIN_SCORE);
  });

  it('admits none when enough candidates pass the minimum', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      q(`第${'甲乙丙丁戊己庚辛壬癸子丑'[i]}句是根本。`, 5, true, 10 + i),
    );
    const out = selectQuotes([...many, ...near], 20000).map((x) => x.text);
    expect(out).not.toContain('只有戊，才能己。');
  });
});
