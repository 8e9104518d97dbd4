// Paragraph openings that read like 金句 but only lead into what follows: a dash item's heading, a
// year praised in two unrelated four-character phrases, a task's greatness appraised, an
// instruction set on what is done already, progress told. Each beside the 金句 of the same shape
// that must stay. Invented sentences of the shapes the labelled reports use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

const own = (...texts: string[]) =>
  quoteCandidates({
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    type: '文件',
    speakers: [{ name: '王某某' }],
  });
/** The score of a paragraph's opening sentence (a topic sentence). */
const opening = (text: string) => {
  const c = own(`${text}后文再作展开说明。`).find((x) => x.text === text);
  return c ? (scoreCandidate(c)?.score ?? -Infinity) : -Infinity;
};

describe('a dash item of a plan', () => {
  it('drops its short heading and takes the sentence after it as the topic', () => {
    const c = own('——稳步增加居民收入，切实提升生活品质。就业是最基本的民生。坚持多劳多得。');
    expect(c.map((x) => x.text)).not.toContain('稳步增加居民收入，切实提升生活品质。');
    expect(c.find((x) => x.text === '就业是最基本的民生。')?.first).toBe(true);
  });

  it('keeps an opening that judges (——…是…)', () => {
    const c = own('——人民至上是我们的根本立场。坚持一切为了人民。');
    expect(c.find((x) => x.text === '人民至上是我们的根本立场。')?.first).toBe(true);
  });
});

describe('a year narrated', () => {
  it('is not excused by two four-character phrases that share nothing', () => {
    expect(opening('过去的一年，极不寻常，催人奋进。')).toBeLessThan(MIN_SCORE);
  });

  it('is excused by a real antithesis or a repeated phrase', () => {
    expect(opening('过去五年极不寻常、极不平凡。')).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(opening('过去一年，困难比预想的多，成效比预期的好。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

describe('a task appraised', () => {
  it('is no aphorism when it only says how great or hard the task is', () => {
    expect(styleOf('生态文明建设是十分艰巨而又光荣的事业。').aphorism).toBe(false);
    expect(styleOf('乡村振兴是一项极为繁重的任务。').aphorism).toBe(false);
  });

  it('leaves judgements of what the task is', () => {
    expect(styleOf('改革开放是决定当代中国命运的关键一招。').aphorism).toBe(true);
    expect(styleOf('发展是解决一切问题的基础和关键。').aphorism).toBe(true);
  });
});

describe('an instruction set on what is done', () => {
  it('is a task (在…基础上加强…)', () => {
    expect(styleOf('在总量调控基础上加强结构调控、预期调控、精准调控。').task).toBe(true);
  });

  it('is a thesis when the instruction is the subject of a judgement', () => {
    expect(styleOf('在平等互利的基础上发展同各国的经贸关系，是我国对外开放的基本方针。').task).toBe(false);
  });
});

describe('progress told', () => {
  it('全面加强 closing a clause is a record, not a couplet', () => {
    expect(styleOf('社会治理全面加强，群众生活保持安定。').narration).toBe(true);
    expect(opening('社会治理全面加强，群众生活保持安定。')).toBeLessThan(MIN_SCORE);
  });

  it('全面加强 as an instruction verb is not narration', () => {
    expect(styleOf('必须全面加强党的领导。').narration).toBe(false);
  });
});
