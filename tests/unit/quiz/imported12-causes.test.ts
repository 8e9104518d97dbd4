// Causes found by judging a twelfth draw of questions from documents a user imports (the pages, Word/PDF
// papers and speech fixtures of round 18, tests/eval/knowledge/questions-imported12.json) and an eleventh
// library draw (questions-outside11.json): a report's frame announcing what follows (现将…报告如下，请予评议),
// a record's fields (应到党员：28人　实到党员：25人), and blanks another standard word fills as well (全力, 带头
// 苦干 — 实干, 生命和热血 — 鲜血, 乡亲们 — 村民, 萌芽状态 — 阶段, 高度负责的精神 — 态度). The texts are written for
// these tests in the shapes of local reports, minutes, news items and government work reports.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { localPlan, restatedOrVow, saysNothing } from '../../../electron/core/quiz/quote-worth.js';
import { hanChars as han } from '../../../electron/core/text/normalize.js';
import { quotedUses } from '../../../electron/core/knowledge/quoted-uses.js';
import { sentenceAskable } from '../../../electron/core/quiz/number-stem.js';

const only = (target: string) => (w: string) => (w === target ? 0 : 60);
const blanked = (text: string, target: string) => keyBlanks(text, 3, only(target)).map((b) => b.text);

describe('a frame or a form is nothing to study', () => {
  it('a report announcing what follows (现将…报告如下，请予评议) says nothing', () => {
    expect(
      saysNothing('根据县委统一安排，现将本人2024年度履行岗位职责和党风廉政建设责任情况报告如下，请予评议。'),
    ).toBe(true);
    expect(saysNothing('现将有关事项通知如下。')).toBe(true);
  });

  it('guard: a line that reports what was done is no frame', () => {
    expect(saysNothing('全年共报告安全生产事故隐患1200余条，整改率达到98%。')).toBe(false);
  });

  it('a record’s fields (应到党员：28人　实到党员：25人) hold no figure to learn', () => {
    expect(sentenceAskable('应到党员：28人　实到党员：25人')).toBe(false);
    expect(sentenceAskable('会议应到委员：15人 实到委员：13人')).toBe(false);
  });

  it('guard: a sentence with a colon and a figure is asked', () => {
    expect(sentenceAskable('截至去年底：全县所有行政村集体经济收入均超过10万元。')).toBe(true);
  });
});

describe('blanks another standard word fills as well', () => {
  it('a degree of effort (古城区将【全力】打造…): 着力, 倾力 fit', () => {
    expect(blanked('古城区将全力打造全国知名的文化旅游目的地。', '全力')).not.toContain('全力');
  });

  it('what is done by example (带头【苦干】): 实干 fits', () => {
    expect(blanked('村两委班子要团结一心、带头苦干，把群众紧紧凝聚在党组织周围。', '苦干')).not.toContain('苦干');
  });

  it('one of a pair of like nouns the segmenter tags vn (用【生命】和热血, 用生命和【热血】): 鲜血 fits', () => {
    expect(blanked('一代代共产党人用生命和热血书写了对党的忠诚。', '热血')).not.toContain('热血');
  });

  it('people in the plural (【乡亲们】既拿租金又拿工资): 村民, 群众 fit', () => {
    expect(blanked('土地流转后，乡亲们既拿租金又拿工资，日子越过越红火。', '乡亲们')).not.toContain('乡亲们');
  });

  it('a stage word (把问题解决在萌芽【状态】): 阶段 fits', () => {
    expect(blanked('各级领导干部要带头深入一线、现场办公，把问题解决在萌芽状态。', '状态')).not.toContain('状态');
  });

  it('the manner a frame asks (以…高度负责的【精神】): 态度 fits', () => {
    const line = '我们一定要以对国家和人民高度负责的精神，采取更加有力的措施，切实解决存在的问题。';
    expect(blanked(line, '精神')).not.toContain('精神');
  });

  it('guard: a word after a verb led by example, a singular people word, a place and a spirit not framed by 以 keep their blank', () => {
    expect(blanked('党员干部要带头学习党章，做尊崇党规的模范。', '党章')).toContain('党章');
    expect(blanked('土地流转后，村民既拿租金又拿工资，日子越过越红火。', '村民')).toContain('村民');
    expect(blanked('各级领导干部要深入一线，把矛盾化解在基层。', '基层')).toContain('基层');
    expect(blanked('要发扬钉钉子的精神，一张蓝图绘到底。', '精神')).toContain('精神');
  });
});

describe('a line whose opening judgement another document says word for word', () => {
  const bodies = (other: string) =>
    new Map([
      ['r:16', han('党内民主是党的生命，对人民民主具有重要的示范和带动作用。要以保障党员民主权利为根本。')],
      ['r:17', han(other)],
    ]);
  const line = '党内民主是党的生命，对人民民主具有重要的示范和带动作用。';

  it('is asked neither which document nor which year (党内民主是党的生命 in the 十七大 too)', () => {
    expect(restatedOrVow(line, 'r:16', bodies('党内民主是党的生命。要以扩大党内民主带动人民民主。'))).toBe(true);
  });

  it('guard: an opening no other document says, or a one-clause line, is its own', () => {
    expect(restatedOrVow(line, 'r:16', bodies('要以扩大党内民主带动人民民主。'))).toBe(false);
    expect(restatedOrVow('党内民主是党的生命。', 'r:16', bodies('发展党内民主，积极推进人民民主。'))).toBe(false);
  });
});

describe('held-out causes (imported12h, outside11h)', () => {
  it('a quality after a degree word (采取更加【有力】的措施): 有效 fits', () => {
    expect(blanked('采取更加有力的措施，切实解决存在的问题。', '有力')).not.toContain('有力');
  });

  it('a blank the segmenter cut before a suffix (每一名【网格】员) is half a word', () => {
    expect(blanked('我们要让每一名网格员都成为政策的宣传员、民情的收集员、矛盾的调解员。', '网格')).not.toContain(
      '网格',
    );
  });

  it('a district announcing what it will do (古城区将全力打造…) is a local plan', () => {
    expect(localPlan('古城区将全力打造全国知名的文化旅游目的地。')).toBe(true);
    expect(localPlan('临江市今年将实施城市更新项目46个。')).toBe(true);
  });

  it('guard: a national resolve on 将 and a quality not after a degree word keep theirs', () => {
    expect(localPlan('我国将继续实施积极的财政政策。')).toBe(false);
    expect(blanked('要采取更加有力的措施，坚决遏制重特大事故发生。', '特大事故')).toContain('特大事故');
  });
});

describe('the subject of a change of state (【村子】干净了，住着舒心)', () => {
  it('is any place the document tells of: 村庄, 环境 fit', () => {
    expect(blanked('村子干净了，住着舒心，游客也愿意来。', '村子')).not.toContain('村子');
  });

  it('guard: a subject before a verb keeps its blank', () => {
    expect(blanked('道路平整了，村民出行方便了。', '村民')).toContain('村民');
  });
});

describe('a subject said only to have a quality (【榜样】的力量是无穷的)', () => {
  it('is no key: 人民, 群众 fit as well', () => {
    expect(blanked('榜样的力量是无穷的。', '榜样')).not.toContain('榜样');
  });

  it('guard: a subject given a predicate noun keeps its blank', () => {
    expect(blanked('纪律是带电的高压线。', '纪律')).toContain('纪律');
  });
});

describe('what people are heard to say, where a thing is set, a description in quotation marks', () => {
  it('听到群众的【真心话】: 心声, 呼声 fit', () => {
    expect(blanked('只有走进田间地头，才能听到群众的真心话。', '真心话')).not.toContain('真心话');
  });

  it('把支部建在【网格】上: 小区, 楼栋 fit', () => {
    expect(blanked('我们把支部建在网格上，让党旗在每一个小区高高飘扬。', '网格')).not.toContain('网格');
  });

  it('用“一步一景、一街一史”来形容老街 is a description, not a formulation', () => {
    const uses = quotedUses(['黄建中用“一步一景、一街一史”来形容老街的独特魅力。']);
    expect(uses.get('一步一景、一街一史')?.named).toBe(true);
  });

  it('guard: what is set there and what is heard keep their blank', () => {
    expect(blanked('坚持把支部建在连上，是我军的重要传统。', '支部')).toContain('支部');
    expect(blanked('只有走进田间地头，才能听到群众的真心话。', '群众')).toContain('群众');
  });
});
