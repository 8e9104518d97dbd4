// Round h20 (history-fixtures/README.md): a line named as a pretext, a withdrawn decision called wrong
// by its title, a withdrawn charge called reactionary, a harm of 不白之冤; and the period's words a
// later memoir recalls (a 1958 work site's resolve, a 1968 决心书, a 1976 oath over paragraphs), which
// hold no listed slogan and are found by their frame. Each case failed on c58e9a9.
import { describe, expect, it } from 'vitest';
import { isCriticisedLine } from '../../../electron/core/knowledge/superseded-lines.js';
import { recalledPeriodSpeech, recalledSentence } from '../../../electron/core/knowledge/recalled-speech.js';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

describe('criticised lines the round found', () => {
  it.each([
    '1974年，江青一伙借“批林批孔”之名，把矛头指向周恩来同志。',
    '所谓“天才论”，是林彪一伙为篡党夺权制造的反动理论。',
    '当时提出的“引蛇出洞”的做法，使许多真心帮助党整风的同志蒙受了不白之冤。',
    '会议作出的《关于以彭德怀同志为首的反党集团的错误的决议》，完全是错误的，1980年代被撤销。',
    '一些同志至今仍把知识分子看作“资产阶级知识分子”，这种“左”的偏见必须彻底清除。',
  ])('%s is no study material', (s) => expect(isCriticisedLine(s)).toBe(true));
  it.each([
    '二人以“望春风”为名联袂办展，共同表达新年来临之际家国同贺的寓意。',
    '任何不带偏见的舆论都公认，回归以来，“一国两制”实践在香港取得了举世公认的成功。',
    '《实践是检验真理的唯一标准》一文，引发了一场全国性的大讨论。',
  ])('%s stays study material', (s) => expect(isCriticisedLine(s)).toBe(false));
});

const recalled = (text: string, sentence: string) => {
  const paragraphs = text.split('\n');
  return recalledSentence(paragraphs, recalledPeriodSpeech(paragraphs), sentence);
};

describe('the period’s words a later text recalls', () => {
  const canal =
    '那个没有回家过年的冬天\n一九五八年冬天，我跟着大队的民工队伍上了青龙岭修水渠。\n' +
    '开工那天，大队长站在石头上，挥着拳头喊：“乡亲们！今年冬天不把这条渠修通，我们就不回家过年！”\n' +
    '那时候，谁也不觉得这话有什么不对。\n“白天干不完，晚上挑灯干！”这是工地上每天都能听到的话。\n' +
    '现在回想起来，干事情必须尊重科学、尊重客观规律。\n“白天干不完，晚上挑灯干！”这是工地上每天都能听到的话。';
  it('a resolve shouted at a 1958 site, with no slogan in it', () =>
    expect(recalled(canal, '今年冬天不把这条渠修通，我们就不回家过年！')).toBe(true));
  it('a saying of the time opening its paragraph, a paragraph on from the year', () =>
    expect(recalledPeriodSpeech(canal.split('\n')).filter((s) => s.paragraph === 4)).toHaveLength(1));
  it('not after the text turns to today (现在回想起来), nor its own reflection', () => {
    expect(recalledPeriodSpeech(canal.split('\n')).some((s) => s.paragraph === 6)).toBe(false);
    expect(recalled(canal, '干事情必须尊重科学、尊重客观规律。')).toBe(false);
  });
  it('a 1976 oath over two paragraphs whose frame ends the paragraph before', () => {
    const oath =
      '一九七六年九月十八日，厂里举行追悼大会。\n主任念到最后，举起拳头领着全场宣誓：\n' +
      '“我们一定要化悲痛为力量，继承遗志！\n“我们一定要今年超额完成国家计划，用实际行动悼念伟大领袖！”\n' +
      '如今四十年过去了。';
    expect(recalled(oath, '我们一定要今年超额完成国家计划，用实际行动悼念伟大领袖！')).toBe(true);
  });
  it('a 1968 决心书 read out, its frame and the line in one sentence', () => {
    const send =
      '一九六八年十二月底，全县第一批知识青年就要出发了。\n' +
      '我们班的团支书念的决心书，我到今天还记得最后一句：“我们坚决扎根农村一辈子，用汗水浇灌大寨花！”';
    expect(recalled(send, '我到今天还记得最后一句：“我们坚决扎根农村一辈子，用汗水浇灌大寨花！')).toBe(true);
  });
  it.each([
    // Today's oath at today's rally.
    '2020年3月，全县脱贫攻坚誓师大会召开。\n县委书记带领全体干部宣誓：“不获全胜，决不收兵！”',
    // A leader's thought a 党史 text cites, and a speaker today.
    '1956年4月，毛泽东同志在中央政治局扩大会议上大声说：“我们一定要努力把党内党外、国内国外的一切积极因素调动起来。”',
    '1956年，厂里建起了第一座高炉。\n队长王伟告诉记者，大家高呼：“我们要把老一辈的精神传下去！”',
    // 理念 is no 念道.
    '1958年建村。\n她在实践中形成了这样的理念：“要让普通居民有主人翁的责任感。”',
  ])('%s is not one', (text) => expect(recalledPeriodSpeech(text.split('\n'))).toEqual([]));
});

describe('current People’s Daily-style articles stay current (probes that tried to make them historical)', () => {
  it.each([
    '甲辰龙年春节将至，各地年味渐浓。\n农历腊月二十三，小年。家家户户贴春联、挂灯笼。\n村党支部书记说，今年村集体经济收入突破百万元。',
    '大寨：从“农业学大寨”到乡村振兴\n上世纪六七十年代，“农业学大寨”运动席卷全国。\n如今的大寨，发展乡村旅游，村民收入大幅增长。',
    '红旗渠精神代代相传\n上世纪60年代，林县人民修建了红旗渠。\n“劈开太行山，漳河穿山来”，当年的豪迈誓言至今回荡在山谷。',
    '一位老党员的“红色账本”\n1966年，他在生产队当会计。\n“那时候讲‘抓革命、促生产’，可账目一分也不能错。”老人笑着说。',
    '知青岁月\n1969年，我们一起到北大荒。\n连长在大会上喊：“大家要扎根边疆，建设边疆！”\n回想起来，那段岁月磨炼了我们的意志。',
    '戊戌变法120年：历史的回响\n戊戌年，维新派推行变法，百日而终。\n历史告诉我们，改革必须立足国情。',
  ])('%s', (text) => {
    expect(statusOfImport(null, text).status).toBe('现行');
    expect(statusOfImport('2024-01-15', text).status).toBe('现行');
  });
});
