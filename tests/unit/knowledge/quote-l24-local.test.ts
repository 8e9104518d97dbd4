// Round local24: the formulas local speeches and meeting reports sound, kept out of 金句 by their
// shape (tests/eval/knowledge/local-docs/l24-*).
import { describe, expect, it } from 'vitest';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';
import { unknownFrames } from '../../../electron/core/knowledge/unknown-frames.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';

describe('a topic and a four-character watchword', () => {
  it('is a slogan', () => {
    expect(isLocalFormula('脱贫攻坚，干字当头。')).toBe(true);
    expect(isLocalFormula('招商引资，项目为王。')).toBe(true);
    expect(isLocalFormula('作风转变，贵在坚持。')).toBe(true);
  });

  it('not a couplet with its own turn', () => {
    expect(isLocalFormula('营商环境没有最好，只有更好。')).toBe(false);
    expect(isLocalFormula('民族要复兴，乡村必振兴。')).toBe(false);
    expect(isLocalFormula('一分部署，九分落实。')).toBe(false);
    // (Where the matter turns is a maxim, judged good in local23 and q24b.)
    expect(isLocalFormula('乡村振兴，关键在人。')).toBe(false);
  });
});

describe('the standard a cadre is held to, the bottom line as a precondition', () => {
  it('is a formula', () => {
    expect(isLocalFormula('清正廉洁是纪检监察干部的立身之本。')).toBe(true);
    expect(isLocalFormula('对党忠诚是党员的基本要求。')).toBe(true);
    expect(isLocalFormula('守牢安全底线，是推动发展的前提。')).toBe(true);
  });

  it('not a thesis', () => {
    expect(isLocalFormula('安全是发展的前提，发展是安全的保障。')).toBe(false);
    expect(isLocalFormula('基层党组织是党执政大厦的地基。')).toBe(false);
  });
});

describe('the rally of the hall', () => {
  it('is a formula', () => {
    expect(isLocalFormula('只要我们撸起袖子加油干，就没有迈不过的坎。')).toBe(true);
    expect(isLocalFormula('事实证明，只要我们团结一心，就一定能够战胜困难。')).toBe(true);
  });

  it('not a condition with its own point', () => {
    expect(isLocalFormula('只有把监督挺在前面，才能防患于未然。')).toBe(false);
    expect(isLocalFormula('干部心里装着群众，群众心里才会装着干部。')).toBe(false);
  });
});

describe('a model’s first-person vow in a 先进事迹 report', () => {
  it('framed at the villagers’ meeting is the model’s, not the villagers’', () => {
    expect(
      unknownFrames('那天，他在村民代表大会上说：“我干这个支书一天，就要为大家办一天事。”', new Set()),
    ).toHaveLength(1);
    expect(unknownFrames('他在群众会上讲：“只要大家肯干，荒山也能变成金山。”', new Set())).toHaveLength(1);
    expect(unknownFrames('村民们说：“我们村的路终于修好了。”', new Set())).toEqual([]);
    expect(unknownFrames('群众说：“干部来了好几趟了。”', new Set())).toEqual([]);
  });

  it('我当这个… names the post he holds, it points back to nothing', () => {
    expect(fragmentReason('我做这个村支书，就是要让大家都过上好日子。')).toBeNull();
    expect(fragmentReason('这个问题必须引起高度重视。')).not.toBeNull();
  });
});

describe('the praise of a model and the call to learn from him', () => {
  it('is a formula', () => {
    expect(isLocalFormula('张某同志用生命践行了共产党员的初心使命。')).toBe(true);
    expect(isLocalFormula('全镇党员干部要以张某同志为榜样，立足岗位作贡献。')).toBe(true);
  });

  it('not the model’s own words', () => {
    expect(isLocalFormula('党员就是一面旗，旗往哪里插，群众就往哪里跟。')).toBe(false);
  });
});
