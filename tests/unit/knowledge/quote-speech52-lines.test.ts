// Round speech52: what a page of remarks offers that is no 金句 — an answer naming only the key (its topic is in the
// question), two sides of a situation set side by side, a report's credit for the year's results, a work said to
// have many threads (tests/eval/knowledge/quotes-speech52.json).
// Each rule here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text) => ({ kind: 'p', text }));
const interview = (title: string, lines: string[]) =>
  extractQuotes(paras(lines), { speakers: [], occasion: null, date: null, title, type: '文章' }).map((q) => [
    q.speaker,
    q.text,
  ]);

describe('an answer that names only the key', () => {
  it('is no line: the matter it is key to is in the question (关键在技能。)', () => {
    expect(fragmentReason('关键在技能。')).not.toBeNull();
    expect(fragmentReason('关键在产业。')).not.toBeNull();
  });

  it('keeps a thesis that names its matter, and 关键 as a noun of its own', () => {
    expect(fragmentReason('乡村振兴，关键在人。')).toBeNull();
    expect(fragmentReason('关键核心技术是要不来、买不来、讨不来的。')).toBeNull();
  });
});

describe('two sides of a situation', () => {
  it('are narration (一边是…，一边是…)', () => {
    expect(fragmentReason('一边是企业招工难，一边是青年就业难。')).not.toBeNull();
    expect(fragmentReason('我们也清醒看到，一边是产业基础薄弱，一边是群众期盼越来越高。')).not.toBeNull();
  });

  it('leave a ban on a state alone (决不能一边…，一边…)', () => {
    expect(fragmentReason('要更大规模加快棚户区改造，决不能一边高楼林立，一边棚户连片。')).toBeNull();
  });
});

describe('an interview', () => {
  const page = [
    '问：您到青石镇工作几年了？',
    '答：整整六年。刚来的时候，镇上连一条像样的街道都没有。',
    '问：这几年最大的变化是什么？',
    '答：一边是年轻人回来了，一边是老人不再守着空房子了。',
    '问：怎么让年轻人愿意回来？',
    '答：关键在产业。我们先后引进了3家服装加工厂。',
    '问：对基层干部有什么想说的？',
    '答：心里装着群众，脚下才有力量。把小事办好，就是大事。',
  ];
  const got = interview('“把小事办好就是大事”——访青石镇党委书记罗文静', page);

  it('offers the answers that are points, as the interviewee’s', () => {
    expect(got).toContainEqual(['罗文静', '心里装着群众，脚下才有力量。']);
  });

  it('offers no two sides and no bare key', () => {
    const texts = got.map(([, t]) => t);
    expect(texts.filter((t) => /一边是|^关键在/.test(t ?? ''))).toEqual([]);
  });
});

describe('a local report’s formulas', () => {
  it('credit for the year’s results and a work with many threads are no points', () => {
    expect(isLocalFormula('成绩来之不易，是镇党委坚强领导的结果，是全镇干部群众共同奋斗的结果。')).toBe(true);
    expect(isLocalFormula('社区工作千头万绪。')).toBe(true);
  });

  it('a thesis that opens on the results is not one of them', () => {
    expect(isLocalFormula('基层治理千头万绪，关键在党建引领。')).toBe(false);
  });
});
