// 金句 in reports of every decade (the widened labelled set, tests/eval/knowledge): what the older
// 政府工作报告 and 党代会 reports showed to be fragments, narration, task lists or someone else's
// words, and the plainer forms of a thesis they use. Invented sentences of the same shapes.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';

const own = (...texts: string[]) =>
  quoteCandidates({
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    type: '文件',
    speakers: [{ name: '王某某' }],
  }).map((c) => c.text);

describe('sentences that lean on the text around them', () => {
  it.each([
    ['我国又是发展中的社会主义国家。', '又: the second of two statements'],
    ['社会主义还必须有一个特征，就是以集体主义为核心的新风尚。', '还: one more after a list'],
    ['当然，旧的问题解决了，还会有新的问题出来。', 'a concession to the sentence before'],
    ['重在加快完善公共服务体系，促进基本公共服务均等化。', 'a subject-less member of a 重在 series'],
    ['产业结构调整是经济结构调整的重点，要突出以下几个方面。', 'a lead-in to a list'],
    ['我国是统一的多民族国家。', 'a plain statement of the country’s condition'],
  ])('%s (%s)', (text) => {
    expect(fragmentReason(text)).not.toBeNull();
  });

  it('keeps a definition that says more than the country’s condition', () => {
    expect(fragmentReason('我国是人民民主专政的社会主义国家，国家一切权力属于人民。')).toBeNull();
  });

  it('reads a footnote mark as the end of the quotation before it', () => {
    const c = own('恩格斯说过，“任何民族当它还在压迫别的民族时，不能成为自由的民族。”⑧这是颠扑不破的真理。');
    const after = c.filter((t) => t.includes('颠扑不破'));
    expect(after).toEqual(['这是颠扑不破的真理。']);
    expect(fragmentReason(after[0]!)).not.toBeNull();
  });

  it('keeps the thesis after 这再次表明, and 这个 that names a quoted figure', () => {
    expect(own('这再次表明，任何艰难险阻都挡不住人民前进的步伐！')).toEqual(['任何艰难险阻都挡不住人民前进的步伐！']);
    expect(fragmentReason('我们要把社会财富这个“蛋糕”做大，也要把“蛋糕”分好。')).toBeNull();
  });

  it('drops one member of a list of three cut at ；, but keeps the halves of a long couplet', () => {
    const list = own(
      '党提出“两手抓”的方针，强调一手抓改革开放，一手抓打击犯罪；一手抓经济建设，一手抓民主法制；一手抓物质文明，一手抓精神文明。',
    );
    expect(list).toEqual([]);
    const couplet = own(
      '团结统一是我们事业的根本前提，是全国人民共同利益的集中体现；改革创新是我们事业的强大动力，是民族振兴的活力源泉。',
    );
    expect(couplet).toHaveLength(2);
  });
});

describe('narration and task lists', () => {
  it.each([
    '我们在过去六年中取得的伟大胜利是有目共睹的。',
    '过去的一年，是沿着正确道路胜利前进的一年。',
    '“九五”时期经济和社会发展的巨大成就，是克服重重困难取得的，来之不易。',
    '教育改革逐步深入，教育质量有所提高。',
  ])('narration: %s', (text) => {
    expect(styleOf(text).narration).toBe(true);
  });

  it.each([
    '用新思想凝聚共识、汇聚力量，培育和践行核心价值观，加强爱国主义教育。',
    '适应消费升级趋势，破除政策障碍，优化消费环境，维护消费者权益。',
    '决不能单纯追求数量，粗制滥造。',
  ])('task: %s', (text) => {
    expect(styleOf(text).task).toBe(true);
  });

  it('sees no couplet in a condition and an instruction', () => {
    expect(styleOf('有条件的地方，适度撤并乡镇。').couplet).toBe(false);
  });

  it.each([
    // A judgement and its consequence, 发展 as a subject, 创新 as a subject.
    '国家安全是安邦定国的重要基石，维护国家安全是全国各族人民根本利益所在。',
    '发展需要和平，和平离不开发展。',
    '实践没有止境，创新也没有止境。',
  ])('no task: %s', (text) => {
    expect(styleOf(text).task).toBe(false);
  });

  it('counts no judgement in an instruction or a classification', () => {
    expect(styleOf('要继续贯彻科学技术是第一生产力的指导思想，提高全民族的科技意识。').aphorism).toBe(false);
    expect(styleOf('国家计划是宏观调控的重要手段之一。').aphorism).toBe(false);
  });
});

describe('the plainer forms of a thesis', () => {
  it.each([
    '任何艰难险阻都挡不住中国人民胜利前进的步伐！',
    '在任何情况下，我们永远不称霸。',
    '不普及和提高教育，国家不可能强盛。',
    '廉政建设要靠教育，更要靠法制。',
    '国家发展、民族振兴，不仅需要强大的经济力量，更需要强大的文化力量。',
  ])('a categorical assertion: %s', (text) => {
    expect(styleOf(text).pattern).toBe(true);
  });

  it('takes 越来越 for a trend, not for 越…越', () => {
    expect(styleOf('我国森林面积小，水土流失严重，生态平衡的状况越来越差。').pattern).toBe(false);
  });

  it('hears 回环 and a word said twice in one short clause', () => {
    expect(styleOf('发展需要和平，和平离不开发展。').echo).toBe(true);
    expect(styleOf('振兴经济首先要振兴科技。').echo).toBe(true);
  });
});

describe('someone else’s words a report does not mark', () => {
  const candidate = (text: string) =>
    ({ paragraph: 0, start: 0, end: text.length, text, speaker: '江泽民', source: 'own' }) as const;

  it('credits 邓小平’s words from the 南方谈话 to him', () => {
    expect(creditSaying(candidate('右可以葬送社会主义，“左”也可以葬送社会主义。')).speaker).toBe('邓小平');
  });

  it('takes the reporter’s name off a sentence built on them', () => {
    expect(creditSaying(candidate('“左”带有革命色彩，拿大帽子吓唬人，好像越“左”越革命。')).speaker).toBeNull();
  });
});
