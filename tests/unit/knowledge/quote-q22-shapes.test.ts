// Round quotes22: shapes general to what the held22 reports missed — necessity by negation across a
// comma (不…，…就没有出路), the only way to an end after a lead of circumstance or of lesson (在…情况下，
// 只有…才能…; 我们深切体会到，只有…), what a thing comes down to (归根到底是), two cases joined by ； under one
// verdict (…，就会失去群众；…，也会失去群众), and 不这样 between commas, which denies the clause just before in the same sentence.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { seriesMembers } from '../../../electron/core/knowledge/semicolon-series.js';
import { quoteScore } from './quote-score.js';

describe('necessity by negation across a comma', () => {
  it('is a thesis (不…，…就没有出路)', () => {
    expect(quoteScore('不坚持深化改革，农村经济就没有出路。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('not a plain report of a way found', () => {
    expect(quoteScore('不少企业经过努力，找到了新的出路。')).toBeLessThan(MIN_SCORE);
  });
});

describe('the only way to an end after a lead', () => {
  it('of circumstance or of a lesson drawn', () => {
    expect(
      quoteScore('在科技竞争日趋激烈的情况下，只有坚持自主创新，才能掌握发展的主动权，在竞争中立于不败之地。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(
      quoteScore('我们深刻认识到，只有始终依靠人民群众，才能把各项事业不断推向前进，赢得更大的胜利。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('not after any long clause (a report of what was done first)', () => {
    expect(
      quoteScore('去年各地增加了大量投入并开展了专项整治，只有少数地方才能按期完成全部整治任务和验收工作。'),
    ).toBeLessThan(MIN_SCORE);
  });
});

describe('what a thing comes down to', () => {
  it('归根到底是 judges like 说到底是', () => {
    expect(styleOf('当今世界各国之间的竞争，归根到底是人才和教育的竞争。').aphorism).toBe(true);
    expect(quoteScore('当今世界各国之间的竞争，归根到底是人才和教育的竞争。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

describe('two cases joined by ； under one verdict', () => {
  const pair = '如果固步自封，不思进取，就会丧失机遇；如果急于求成，草率行事，也会丧失机遇。';
  it('are one saying, each half closing on the same clause', () => {
    expect(seriesMembers(pair)).toHaveLength(2);
    expect(seriesMembers('放任不管，任其发展，是不负责任的；不顾实际，层层加码，也是不负责任的。')).toHaveLength(2);
  });
  it('not two halves that close differently, nor a short common close', () => {
    expect(seriesMembers('固步自封，就会丧失机遇；急于求成，必然出现失误。')).toBeNull();
    expect(seriesMembers('工业生产稳步增长，效益好；农业生产全面丰收，也好。')).toBeNull();
  });
});

describe('不这样 between commas', () => {
  it('denies the clause before it inside the sentence: it points nowhere', () => {
    expect(fragmentReason('发展市场经济，必须尊重价值规律，不这样，经济就没有活力。')).toBeNull();
  });
  it('still points back at a sentence start or before a stop', () => {
    expect(fragmentReason('不这样，经济就没有活力。')).not.toBeNull();
    expect(fragmentReason('我们必须这样，经济才有活力。')).not.toBeNull();
  });
});

// Found in the held-out batch (held22b) after the rules above were measured on it.
describe('第三世界 at a sentence start', () => {
  it('names the countries: no ordinal leading on from a list', () => {
    expect(fragmentReason('第三世界是维护世界和平的重要力量。')).toBeNull();
    expect(fragmentReason('第三，要加强队伍建设。')).not.toBeNull();
    expect(fragmentReason('第二是完善制度。')).not.toBeNull();
  });
});

describe('the only way to an end after a view long held', () => {
  it('我们一向认为，只有…才能… is a thesis', () => {
    expect(
      quoteScore('我们一向认为，只有通过平等协商解决争端，才能够真正维护地区的长期和平与稳定。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
