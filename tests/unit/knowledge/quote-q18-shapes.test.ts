// What the fresh set's misses showed in round quotes18: a short run of listed members sharing a word
// that closes the sentence (老有所养、病有所医、住有所居) is as tight as short clauses; conditions followed by
// what we (the Party) shall surely gain (…，我们党就能…); a stake judged, then the duty it lays (…事关…，
// 必须…). Invented sentences in the reports' shapes.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { quoteScore } from './quote-score.js';

describe('a run of short members sharing a word, closing the sentence', () => {
  it.each([
    '我们要持之以恒，努力让全体人民学有所教、劳有所得、弱有所扶。',
    '作为人民的政府，一切工作都要尊重人民意愿、保障人民权益、依靠人民力量。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it.each([
    // Names of fairs share one character, not a word.
    '今年要高质量办好进博会、广交会、服贸会、消博会等重大展会。',
    // Problems narrated.
    '一些干部乱作为、不作为、不善为，一些领域腐败问题依然多发。',
    // The run leads in; the sentence goes on after it.
    '我们要依靠人民、服务人民、造福人民，推动各项工作取得新进展。',
  ])('is not: %s', (text) => {
    expect(quoteScore(text)).toBeLessThan(MIN_SCORE);
  });
});

describe('conditions, then what we shall surely gain', () => {
  it.each([
    '一切相信人民，一切依靠人民，一切为了人民，我们党就能永远立于不败之地。',
    '纪律严明，上下一心，我们党就能从胜利走向新的胜利。',
  ])('is a 金句: %s', (text) => {
    expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('not a bare 就能 after a condition (explanatory prose)', () => {
    expect(quoteScore('只要有几年的稳定收益，就能抵偿前期的全部投入。')).toBeLessThan(MIN_SCORE);
  });
});

describe('a stake judged, then the duty it lays', () => {
  it('is a 金句', () => {
    expect(quoteScore('饮用水安全事关群众健康，必须管得严而又严。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('not a stake told without a duty', () => {
    expect(quoteScore('饮用水安全事关群众健康，各地要加强水源地保护。')).toBeLessThan(MIN_SCORE);
  });
});
