// What the 党代会 reports held out in round quotes17 (the 十大 and 十一大 reports, "set": "held17") showed:
// a firm belief that the nation's cause will surely be achieved is a 金句 (a routine wish is not);
// 我们这个党 says whose, it points nowhere; a saying used without a frame is its author's or nobody's;
// a quotation speaking of a person of the story (她会闹事) is a remark.
// Invented sentences in the reports' shapes.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE, NEAR_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import type { QuoteCandidate } from '../../../electron/core/knowledge/quote-candidates.js';
import { quoteScore } from './quote-score.js';

describe('a firm belief in the nation’s cause', () => {
  it.each(['我们坚信，祖国完全统一的历史大业一定能够实现。', '我们深信，这条道路必将越走越宽广！'])(
    'is a 金句: %s',
    (text) => {
      expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
    },
  );

  it('is at least near the line when it names the conditions too (a short report keeps it)', () => {
    expect(
      quoteScore('我们坚信，只要海内外中华儿女共同奋斗，就一定能够实现祖国的完全统一，实现民族的伟大复兴！'),
    ).toBeGreaterThanOrEqual(NEAR_SCORE);
  });

  it.each([
    // A hope, not a firm belief.
    '我们相信，祖国完全统一的历史大业一定能够实现。',
    // A routine wish of the report.
    '我们坚信，香港、澳门一定能够保持长期繁荣稳定。',
    '我们坚信，依靠各族人民的共同努力，一定能够开创更加美好的未来。',
    // A long one lists its conditions.
    '我们坚信，在党中央的领导下，高举伟大旗帜，坚持基本路线，团结奋斗，开拓进取，我国人民一定能够克服任何困难，实现祖国统一。',
  ])('is not: %s', (text) => {
    expect(quoteScore(text)).toBeLessThan(NEAR_SCORE);
  });
});

describe('我们这个党, 我们这个国家 say whose', () => {
  it('stands alone', () => {
    expect(fragmentReason('我们这个党是大有希望的，我们这个国家是大有希望的。')).toBeNull();
    expect(quoteScore('我们这个党是大有希望的，我们这个国家是大有希望的。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it.each(['这个党是大有希望的。', '我们这个问题必须解决好。'])('still points back: %s', (text) => {
    expect(fragmentReason(text)).not.toBeNull();
  });
});

describe('a saying used without a frame', () => {
  const own = (text: string): QuoteCandidate => ({
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    source: 'own',
    speaker: '某某',
  });
  it('is its author’s when certain', () => {
    const q = creditSaying(own('在人民内部，不可以没有自由，也不可以没有纪律；不可以没有民主，也不可以没有集中。'));
    expect(q.speaker).toBe('毛泽东');
  });
  it('is nobody’s when in common use, even inside the speaker’s own sentence', () => {
    const q = creditSaying(own('国家要独立，民族要解放，人民要革命，是任何力量也阻挡不了的历史潮流。'));
    expect(q.speaker).toBeNull();
  });
});

describe('a quotation that speaks of a person of the story', () => {
  const framed = (text: string): QuoteCandidate => ({
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    source: 'frame',
    speaker: '毛泽东',
  });
  it.each(['我离开以后，她一定会闹事。', '他有野心，想当委员长。'])('is a remark, not a 金句: %s', (text) => {
    expect(scoreCandidate(framed(text))).toBeNull();
  });
  // (Round a22: a bare `要学习其他国家的长处。` is now left out as a plain instruction, quote-a22-news.test.ts.)
  it.each(['我们应当学习其他国家的长处。', '他山之石，可以攻玉。'])('is no story where 他 is no person: %s', (text) => {
    expect(scoreCandidate(framed(text))).not.toBeNull();
  });
});

describe('a consequence told of the story before (结果是，…)', () => {
  it('leans on the text before', () => {
    expect(fragmentReason('结果是，一切都不能指挥，一切都不能调动。')).not.toBeNull();
    expect(fragmentReason('结果，团结不是削弱而是加强了。')).not.toBeNull();
  });
  it('is no lead where 结果 is the subject', () => {
    expect(fragmentReason('结果比预想的好，困难比预料的多。')).toBeNull();
  });
});
