// Forms found by diagnosing why the fresh set's hand-picked 金句 were missed (quotes14): the size of
// the whole people said as 中国人, short things set apart by commas and judged together, a sure
// outcome a little longer; and, against outputs judged not good that kept picks out of a full quota,
// a case named then what to do with it, and one clause setting a means to a work. Invented sentences
// of the shapes the reports use.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { clausesOf, styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { isTask } from '../../../electron/core/knowledge/sentence-tasks.js';
import { quoteScore } from './quote-score.js';

const task = (text: string) => isTask(text, clausesOf(text));

describe('the size of the whole people', () => {
  it('is no statistic when said as 中国人', () => {
    expect(fragmentReason('让14亿多中国人吃饱饭始终是头等大事，任何时候都不能放松。')).toBeNull();
    expect(quoteScore('让14亿多中国人吃饱饭始终是头等大事，任何时候都不能放松。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('still leaves people reached a statistic', () => {
    expect(fragmentReason('新型农村合作医疗惠及8亿多中国人口以外的9亿多人次。')).toBe('含统计数字');
  });
});

describe('short things set apart by commas and judged together', () => {
  it('is a judgement, not an instruction, even when the first opens on an instruction verb', () => {
    const text = '完善的法律制度，有效的监督体系，都是依法治国不可或缺的重要保障。';
    expect(task(text)).toBe(false);
    expect(styleOf(text).aphorism).toBe(true);
  });

  it('does not take a long clause before 都是 for a thing listed', () => {
    expect(styleOf('过去几年我们在各个方面做了大量扎实细致的工作，都是为了让群众满意。').aphorism).toBe(false);
  });
});

describe('a sure outcome', () => {
  it('may say what follows in up to sixteen characters', () => {
    expect(quoteScore('开放的中国大市场，必将为世界各国企业提供更多发展机遇。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('is not a long condition of one year’s finance', () => {
    expect(quoteScore('只要我们的工作做得好，就一定能够把客观存在的增收节支的可能性变为现实。')).toBeLessThan(
      MIN_SCORE,
    );
  });
});

describe('instructions that had been taken for 金句', () => {
  it.each(['一时难以解决的，要努力创造条件逐步加以解决。', '违反财经纪律的，都要依法严肃处理。'])(
    'a case named, then what to do with it: %s',
    (text) => {
      expect(task(text)).toBe(true);
    },
  );

  it('keeps a judgement before a duty out of that rule', () => {
    expect(task('榜样的力量是无穷的，要让更多先进典型走到台前。')).toBe(false);
  });

  it('reads one clause setting a means to a work as an instruction', () => {
    expect(task('以体制创新推动科技创新。')).toBe(true);
    expect(quoteScore('以机制创新带动管理创新。', true)).toBeLessThan(MIN_SCORE);
  });
});
