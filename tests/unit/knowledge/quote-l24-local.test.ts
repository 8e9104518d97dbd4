// Round local24: the formulas local speeches and meeting reports sound, kept out of 金句 by their
// shape (tests/eval/knowledge/local-docs/l24-*).
import { describe, expect, it } from 'vitest';
import { isSpeechFormula } from '../../../electron/core/knowledge/speech-formulas.js';

describe('a topic and a four-character watchword', () => {
  it('is a slogan', () => {
    expect(isSpeechFormula('脱贫攻坚，干字当头。')).toBe(true);
    expect(isSpeechFormula('招商引资，项目为王。')).toBe(true);
    expect(isSpeechFormula('基层治理，关键在人。')).toBe(true);
    expect(isSpeechFormula('作风转变，贵在坚持。')).toBe(true);
  });

  it('not a couplet with its own turn', () => {
    expect(isSpeechFormula('营商环境没有最好，只有更好。')).toBe(false);
    expect(isSpeechFormula('民族要复兴，乡村必振兴。')).toBe(false);
    expect(isSpeechFormula('一分部署，九分落实。')).toBe(false);
  });
});

describe('the standard a cadre is held to, the bottom line as a precondition', () => {
  it('is a formula', () => {
    expect(isSpeechFormula('清正廉洁是纪检监察干部的立身之本。')).toBe(true);
    expect(isSpeechFormula('对党忠诚是党员的基本要求。')).toBe(true);
    expect(isSpeechFormula('守牢安全底线，是推动发展的前提。')).toBe(true);
  });

  it('not a thesis', () => {
    expect(isSpeechFormula('安全是发展的前提，发展是安全的保障。')).toBe(false);
    expect(isSpeechFormula('基层党组织是党执政大厦的地基。')).toBe(false);
  });
});

describe('the rally of the hall', () => {
  it('is a formula', () => {
    expect(isSpeechFormula('只要我们撸起袖子加油干，就没有迈不过的坎。')).toBe(true);
    expect(isSpeechFormula('事实证明，只要我们团结一心，就一定能够战胜困难。')).toBe(true);
  });

  it('not a condition with its own point', () => {
    expect(isSpeechFormula('只有把监督挺在前面，才能防患于未然。')).toBe(false);
    expect(isSpeechFormula('干部心里装着群众，群众心里才会装着干部。')).toBe(false);
  });
});
