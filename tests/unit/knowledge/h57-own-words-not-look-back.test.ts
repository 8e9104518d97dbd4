// Round h57 (history-fixtures/labels-h57.json): 1954–64 prose whose own words read as a later writer's look back, and
// evidence of its time the code did not know (first-plan-present.ts): a span counted from one of its years (一九五三年冬季
// 以来, 一年多以来), the period's abstract 历史 words (重大历史意义, 历史发展), its policy 勤俭建国 (not the founding), a year's
// 前后 (not 年前), the idiom 长期以来; the plan's years run (已经执行了两年), the session addressed (本次大会), 计划收购和计划
// 供应, 西藏自治区筹委会 and the farm programme still a draft. 1977's campaign as the centre of the struggle, 极右实质. The
// 1979–85 reports and today's texts with the same words stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the text’s own words are no look back', () => {
  it('a span counted from one of its years or its own reckoning (一九五三年冬季以来, 一年多以来)', () => {
    expect(
      status(
        '在商业的社会主义改造方面，一九五三年冬季以来，国营商业对私营商业采取了排挤过多的做法。一九五三年下半年到现在，国家对粮食、油料、棉花、布匹实行了统购统销。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '一九五〇年六月，美国政府发动了侵略朝鲜的战争，迫使中国人民发动了伟大的抗美援朝运动。美国不得不在一九五三年七月接受停战，但是一年多以来，美国政府仍然拒绝和平解决朝鲜问题。',
      ),
    ).toBe('历史文献');
  });

  it('勤俭建国 is the period’s policy, not the founding; 重大历史意义 and 长期以来 are its own words', () => {
    const leap =
      '我国第一个五年计划的巨大成就给了我们有利条件。只要我们贯彻执行勤俭建国的方针，目前的困难就一定能够克服，一九五八年的国民经济就能够有一个跃进的发展。';
    expect(status(leap)).toBe('历史文献');
    expect(note(leap)).toMatch(/全面建设社会主义时期/);
    expect(
      status(
        '在第一届全国人民代表大会的四年多的任期中间，我们的国家经历了一系列的具有重大历史意义的变化。当一九五四年会议召开的时候，组成农业生产合作社的农户还只占百分之二；现在，一九五八年，农村已经实现了合作化。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '宝成铁路和鹰厦铁路通车，武汉长江大桥建成，实现了我国人民长期以来跨过长江的愿望。目前全国每天有近一亿劳动力参加农田水利的建设，原定一九五七年十月到一九五八年九月底增加灌溉面积的任务可以提前完成。',
      ),
    ).toBe('历史文献');
  });

  it('a year’s 前后 is no 年前 (纲要要求在一九六二年前后达到的目标)', () => {
    expect(
      status(
        '由于人民公社多种经营的大发展，既增加了公社的公共积累，也增加了社员的收入，提前达到了纲要要求在一九六二年前后达到的目标。两年来还普遍开展了群众性的土壤普查。一九五九年农业产值达到七百八十三亿元。',
      ),
    ).toBe('历史文献');
  });
});

describe('evidence of its own time', () => {
  it('the plan’s years run (已经执行了两年), 计划收购和计划供应, 西藏自治区筹委会 by its short name', () => {
    expect(
      status(
        '我国第一个五年计划已经执行了两年。一九五三年和一九五四年两年计划执行的情况，基本上是好的。一九五四年又比一九五三年增长百分之九点四。',
      ),
    ).toBe('历史文献');
    expect(
      status(
        '粮食的计划收购和计划供应的好处何在呢？最近全国人民代表大会的代表从浙江农村视察回来说，农民指出了十二个好处。',
      ),
    ).toBe('历史文献');
    expect(
      status('最近，在西藏自治区筹委会第七次扩大会议上，参加会议的全体代表揭发和批判了反动农奴主集团的活动。'),
    ).toBe('历史文献');
  });

  it('the farm programme a draft for this session to adopt: 1967 its end, not the text’s time', () => {
    expect(
      status(
        '中共中央和国务院建议全国人民代表大会按照一九五六年到一九六七年全国农业发展纲要修正草案的原文，由本次大会予以通过和公布。',
      ),
    ).toBe('历史文献');
  });

  it('1977: the campaign the centre of the struggle, the foes’ line 极右实质', () => {
    const campaign =
      '在当前和今后一个时期内，揭批“四人帮”的斗争，仍然是两个阶级、两条道路斗争的中心。我们要大打一场深入揭批“四人帮”反革命修正主义路线的极右实质的人民战争。';
    expect(status(campaign)).toBe('历史文献');
    expect(note(campaign)).toMatch(/三中全会前/);
  });
});

describe('later texts with the same words stay 现行', () => {
  it('勤俭建国 and 长期以来 today, the sixth plan’s years run, a year counted from in 2019', () => {
    expect(
      status('我们的国家还很穷，一定要大力提倡艰苦奋斗、勤俭建国。目前国家负担的补贴已经很大，今后必须加以控制。'),
    ).toBe('现行');
    expect(status('现在的问题是，要彻底改变长期以来片面强调发展重工业的偏向。目前城乡人民迫切需要耐用消费品。')).toBe(
      '现行',
    );
    expect(status('第六个五年计划已经执行了近两年，一九八一和一九八二两个年度计划执行情况都是良好的。')).toBe('现行');
    expect(status('气候公报显示，2019年全国平均气温较常年偏高0.79摄氏度，为1951年以来第五暖年。')).toBe('现行');
  });

  it('the first plan and its years told as history stay 现行', () => {
    expect(
      status('新中国成立后，修建武汉长江大桥被列入第一个五年计划重点工程项目。1955年7月，武汉长江大桥正式动工建设。'),
    ).toBe('现行');
    expect(
      status('回顾新中国70年的发展史，1952年开始第一个五年计划，1956年实行全面工资改革，职工收入普遍得到提高。'),
    ).toBe('现行');
  });
});
