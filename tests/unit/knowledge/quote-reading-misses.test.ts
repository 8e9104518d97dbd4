// Sentences the 金句 rules misread, found on the reports labelled by hand (quotes-handpicked.json,
// "set": "fresh"): 这样 that compares instead of pointing back (我们这样一个人口大国), the size of
// the whole people taken for a statistic (14亿人), a plain statement the next sentence turns
// against (…是好的。但…), two figures in one sentence, the size of a task said with a pair of
// words (伟大而艰巨的), and a bare verb as subject (克服的根本办法). Invented sentences of the
// shapes the reports use.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { MIN_SCORE, scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

/** Score of each sentence of one paragraph of a 文件 (null: no 金句 however it is worded). */
function paragraphScores(text: string): Map<string, number | null> {
  const cands = quoteCandidates({ paragraphs: [{ kind: 'p', text }], type: '文件', speakers: [{ name: '王某某' }] });
  return new Map(cands.map((c) => [c.text, scoreCandidate(c)?.score ?? null]));
}

describe('这样 after the country or the speaker compares, it points nowhere', () => {
  it.each([
    '我们这样一个人口大国，必须把饭碗牢牢端在自己手上。',
    '在中国这样一个发展中大国建设现代化，是前无古人的事业。',
    '像我们这样的大党，更要从严管党治党。',
  ])('stands alone: %s', (text) => {
    expect(fragmentReason(text)).toBeNull();
  });

  it.each(['这样的做法必须坚决纠正。', '只有这样，才能赢得群众的信任。', '坚持这样做，改革就一定能够成功。'])(
    'still leans on the text before: %s',
    (text) => {
      expect(fragmentReason(text)).not.toBeNull();
    },
  );
});

describe('the size of the whole people is not a statistic', () => {
  it.each([
    '解决好吃饭问题始终是头等大事，我们完全有能力保障好14亿人的粮食安全。',
    '让十四亿多人口共同富裕，是一项前无古人的事业。',
    '在一个近13亿人口的国家办好教育，关系民族的未来。',
  ])('%s', (text) => {
    expect(fragmentReason(text)).toBeNull();
    expect(styleOf(text).dated).toBe(false);
  });

  it.each([
    // People reached or counted are a statistic, as is any other figure beside the population.
    '基本医疗保险覆盖13.5亿人，织就了世界上最大的社会保障网。',
    '社会养老保险覆盖9亿多人，参保率稳步提高。',
    '全年接待游客4亿人次。',
    '14亿人的粮食产量达到6.9亿吨。',
  ])('a count stays a statistic: %s', (text) => {
    expect(fragmentReason(text)).toBe('含统计数字');
  });
});

describe('a plain statement the next sentence turns against is conceded', () => {
  it('leaves the concession out and keeps a form of its own', () => {
    const scores = paragraphScores(
      '城乡差距是长期形成的历史问题。但在新的条件下，它必须加快缩小。' +
        '离开了规划，建设会乱，管理也会乱。但是，规划也不能代替市场。' +
        '农业是国民经济的基础。',
    );
    expect(scores.get('城乡差距是长期形成的历史问题。')).toBeNull();
    expect(scores.get('离开了规划，建设会乱，管理也会乱。')).toBeGreaterThanOrEqual(MIN_SCORE);
    // The same plain statement without a turn after it is judged as before.
    expect(scores.get('农业是国民经济的基础。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('takes 然而 and 不过 for a turn too, not a sentence merely following', () => {
    for (const turn of ['然而', '不过'])
      expect(paragraphScores(`城市是经济发展的中心。${turn}农村仍是短板。`).get('城市是经济发展的中心。')).toBeNull();
    expect(
      paragraphScores('城市是经济发展的中心。农村也要加快发展。').get('城市是经济发展的中心。'),
    ).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

describe('two figures in one sentence', () => {
  it.each(['让科技成为一池活水，更好地浇灌县域经济之树。', '各县都要扛稳耕地保护责任，共同把饭碗端得更牢。'])(
    'make a 金句: %s',
    (text) => {
      expect(styleOf(text).metaphors).toBeGreaterThanOrEqual(2);
      expect(quoteScore(text)).toBeGreaterThanOrEqual(MIN_SCORE);
    },
  );

  it('one figure in an ordinary sentence does not', () => {
    expect(styleOf('要把饭碗端在自己手上，稳定粮食播种面积。').metaphors).toBe(1);
    expect(quoteScore('要把饭碗端在自己手上，稳定粮食播种面积。')).toBeLessThan(MIN_SCORE);
  });
});

describe('how great or hard a task is, said with a pair of words', () => {
  it.each(['我们肩负的任务是伟大而艰巨的。', '建设美丽乡村是一项长期而艰巨的任务。', '我们的任务是光荣而艰巨的。'])(
    'is no judgement: %s',
    (text) => {
      expect(styleOf(text).aphorism).toBe(false);
      expect(quoteScore(text, true)).toBeLessThan(MIN_SCORE);
    },
  );

  it('a judgement of what the task is still is one', () => {
    expect(styleOf('建设美丽乡村是全面建设现代化国家的必由之路。').aphorism).toBe(true);
    expect(styleOf('各国的前途命运是息息相关的。').aphorism).toBe(true);
  });
});

describe('a bare verb as the subject', () => {
  it.each(['克服的根本办法，是面向实际，面向群众，面向未来。', '解决的关键在于落实责任。'])(
    'names the ill told before: %s',
    (text) => {
      expect(fragmentReason(text)).toBe('指代上文，不能单独成立');
    },
  );

  it('a verb with its object is a subject of its own', () => {
    expect(fragmentReason('克服形式主义的根本办法，是面向实际，面向群众。')).toBeNull();
  });
});

// Found reading the library's 金句 (lead, stop 40): 主要措施是：一要大力增加投入。 was offered as a
// saying of the 2008 report; it is the first item of a numbered list.
describe("a list's lead-in with its first item is no saying", () => {
  it.each(['主要措施是：一要大力增加投入。', '今年要抓好三件事：一是稳增长。', '做好这项工作，一要加强领导。'])(
    'half of a list: %s',
    (text) => {
      expect(fragmentReason(text)).toBe('引出下文，不能单独成立');
    },
  );
  it.each(['统一是中华民族的根本利益所在。', '发展经济，首先要解放思想。'])('stands alone: %s', (text) => {
    expect(fragmentReason(text)).toBeNull();
  });
});

// Found by history19 (h19-07, a 党史 question paper): the 解析 line of an item was offered as a 金句
// with its label, and a question then blanked the label.
describe("a quiz paper's explanation is no saying", () => {
  it('gives no candidate for a line opening on 解析：', () => {
    const text = '解析：土地改革的完成，彻底废除了封建土地所有制，农民成为土地的主人。';
    expect(paragraphScores(text).size).toBe(0);
  });
});
