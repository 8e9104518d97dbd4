// Blanks found by judging the ninth imported draw and the eighth library draw
// (questions-imported9.json, questions-outside8.json): a blank on a word fixed by who speaks (全市上下,
// 区政府), on a word announcing what follows (最深的体会是…), on a question put to the subject (好不好),
// on the word a judgement turns on (关键是…: the thing after it is blanked instead), and on a wording
// the sentence says again in short (违反党的纪律，…受到党纪处分). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';

/** The blanks of a 金句 where `word` is the rarest word (as the library's frequencies make it). */
const rarest = (text: string, word: string) =>
  keyBlanks(text, 1, (w) => (w === word ? 0 : 9), false, true).map((b) => b.text);

describe('a blank any word of its kind fits', () => {
  it('the speaker’s own jurisdiction or office is not blanked', () => {
    expect(rarest('全县上下要算好生态账、长远账，决不能以牺牲环境为代价换取一时增长。', '全县')).not.toContain('全县');
    expect(rarest('市政府始终把稳就业作为民生工作的头等大事。', '市政府')).not.toContain('市政府');
  });

  it('a noun a superlative announces before 是 is not blanked (最深的【体会】是…)', () => {
    expect(rarest('干了这么多年，最深的体会是要把老百姓放在心上。', '体会')).not.toContain('体会');
  });

  it('a question put to the subject is not blanked (服务【好不好】)', () => {
    expect(rarest('服务好不好，不是部门自己说了算，而是群众说了算。', '好不好')).not.toContain('好不好');
  });

  it('guard: a subject the sentence is about keeps its blank', () => {
    expect(rarest('纪律是带电的高压线，谁碰谁就要付出代价。', '纪律')).toContain('纪律');
  });
});

describe('the word a judgement turns on', () => {
  it('gives way to what follows it: 制造业升级，关键是____ → 技术改造', () => {
    expect(rarest('制造业升级，关键是技术改造。', '关键')).toEqual(['技术改造']);
  });

  it('guard: without a short phrase after it, nothing is blanked there', () => {
    expect(rarest('发展乡村产业，关键是要让农民更多分享产业增值收益。', '关键')).not.toContain('关键');
  });
});

describe('a wording the sentence says again in short', () => {
  it('is not blanked: 违反____，必须受到党纪处分 gives 党的纪律 away', () => {
    const text = '损害党员的民主权利，就是违反党的纪律，必须受到党纪处分。';
    expect(keyBlanks(text, 1, undefined, false, true).map((b) => b.text)).not.toContain('党的纪律');
  });
});
