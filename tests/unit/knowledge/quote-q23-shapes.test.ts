// Round quotes22b (held23): shapes general to what the 1983, 1987 and 1988 reports missed — an activity
// judged by what it closes on (…，是…的基本条件 / 的关键 / 的核心 / 共同利益) is a thesis, not a task;
// 所以我们说， only draws a conclusion; 这一代人 and 那种…的想法 point back to nothing.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { weightyClose } from '../../../electron/core/knowledge/weighty-predicates.js';
import { quoteScore, scored } from './quote-score.js';

describe('an activity judged by what the sentence closes on', () => {
  it('is a judgement, not an instruction (的关键, 的核心, 基本条件, 共同利益)', () => {
    for (const t of [
      '进一步落实人才政策，充分调动他们的积极性，是加强文化建设的关键。',
      '深化企业改革，增强企业特别是大中型企业的活力，是整个经济体制改革的核心。',
      '保持收支平衡，是整个经济稳定发展的基本条件。',
    ]) {
      const f = styleOf(t);
      expect(f.task).toBe(false);
      expect(f.aphorism).toBe(true);
    }
    expect(quoteScore('加强民族团结，维护祖国统一，是全国各民族的共同利益。')).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('only when the predicate closes the sentence, with one copula', () => {
    expect(weightyClose('加强基础设施建设，作为发展经济的重要条件，各地都要抓紧。')).toBe(false);
    expect(weightyClose('机构改革，精兵简政，是政治体制改革的紧迫任务，也是加快现代化建设的重要条件。')).toBe(false);
    expect(styleOf('加强基础设施建设，改善投资环境，扩大对外开放。').task).toBe(true);
  });
});

describe('所以我们说， before a judgement', () => {
  it('is a lead left off: the judgement after it is the candidate', () => {
    const c = scored('所以我们说，重视思想政治工作是我们的优良传统，也是做好一切工作的有力保证。');
    expect(c.some((x) => x.text.startsWith('重视') && x.score > -Infinity)).toBe(true);
  });
  it('a bare 所以， keeps its lead (the consequence of the sentence before)', () => {
    const c = scored('所以，政治体制改革的关键首先是党政分开。');
    expect(c.some((x) => x.text.startsWith('政治') && x.score > -Infinity)).toBe(false);
  });
});

describe('words that look back but point nowhere', () => {
  it('这一代人 is the living generation', () => {
    expect(
      fragmentReason('国家的统一，民族的振兴，是全中国各族人民的共同心愿，是历史赋予我们这一代人的光荣使命。'),
    ).toBeNull();
    expect(fragmentReason('这一代表团昨天到达北京。')).not.toBeNull();
  });
  it('那种 before a view spelled out in full', () => {
    expect(fragmentReason('那种希望不花费什么力气就能把改革推向成功的想法，是不现实的。')).toBeNull();
    expect(fragmentReason('那种做法是错误的。')).not.toBeNull();
  });
});

describe('work told as done over a period (work-records.ts)', () => {
  it('a measure taken again and again, a span of past work opened on, a first change made', () => {
    expect(styleOf('国家多次提高教师工资标准，改善教师工作和生活条件。').narration).toBe(true);
    expect(styleOf('经过前几年的改革，逐步扩大企业自主权，初步改变统购包销的局面。').narration).toBe(true);
    expect(quoteScore('国家多次提高教师工资标准，改善教师工作和生活条件。')).toBeLessThan(MIN_SCORE);
  });
  it('not a thesis that names effort to come (经过努力可以达到的)', () => {
    expect(styleOf('我们要争取的速度，必须是经过努力可以达到的、扎扎实实的速度。').narration).toBe(false);
  });
});

describe('这 after a lead and its colon', () => {
  it('points back to what was told', () => {
    expect(fragmentReason('我们认为：这只看到事情的一面，没有看到事情的另一面。')).not.toBeNull();
    expect(fragmentReason('我们认为：改革是社会主义制度的自我完善。')).toBeNull();
  });
});

describe('principles laid down in the form of a rule (principles.ts)', () => {
  it('are no instruction and clear the minimum', () => {
    for (const t of [
      '政府该管的事一定要管好，不该管的事坚决不管。',
      '绝不能以牺牲环境和浪费资源为代价求得一时的经济发展。',
      '农业事关全局，决不能因为连续几年丰收，农产品供给充足而放松农业。',
    ]) {
      expect(styleOf(t).task).toBe(false);
      expect(quoteScore(t)).toBeGreaterThanOrEqual(MIN_SCORE);
    }
    expect(styleOf('农业事关全局，决不能因为连续几年丰收而放松农业。').narration).toBe(false);
  });
  it('not a task list whose clauses merely start alike', () => {
    expect(styleOf('加强农业基础，决不能放松粮食生产。').task).toBe(true);
    expect(quoteScore('今年要管好用好各项资金，不该花的钱坚决不花。')).toBeLessThan(MIN_SCORE);
  });
});

describe('如果… with its own consequence (就会, 就将, 就不能)', () => {
  it('is a whole conditional, not half a sentence', () => {
    expect(fragmentReason('如果不积极进行改革，坐失良机，就会失去群众；操之过急，草率从事，也会失去群众。')).toBeNull();
  });
  it('a condition whose consequence follows in the next sentence is still half of one', () => {
    expect(fragmentReason('如果各地都能按照规划去做，工作会有很大改进。')).not.toBeNull();
  });
});

describe('what is told of one year or one moment (work-records.ts)', () => {
  it('a sentence opening on the year it tells, or on the lead to a problem, is no 金句', () => {
    expect(fragmentReason('去年，国家财政出现一些赤字，银行信贷也出现一些差额。')).not.toBeNull();
    expect(fragmentReason('更值得注意的是，固定资产投资的结构很不合理。')).not.toBeNull();
    expect(fragmentReason('过去一年，困难比预料的多，结果比预想的好。')).toBeNull();
  });
  it('a topic everyone cares about is introduced, not judged', () => {
    expect(styleOf('中美、中苏关系，是大家关心的问题。').aphorism).toBe(false);
  });
});
