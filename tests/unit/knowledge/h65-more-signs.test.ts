// Round h65 (history-fixtures/labels-h65.json): undated 1954–77 prose with a sign the code missed
// (period-wording.ts, early-period-wording.ts, late-mao-wording.ts, single-sign.ts, present-year.ts): the Cultural
// Revolution's campaigns at hand, the 四大矛盾, the neighbours' old foes, the year a text counts as now, the Soviet
// bastion of peace, the 改造's foes, the 三结合, the chairman's line of a field, and h64's open misses (a watchword as
// the reading of the world, the Soviet leaders paired, the 八字宪法, the plan as the struggle at hand). 1979–2020 texts
// with the same words stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const CR = /文化大革命/;
const NEUTRAL = /1978年12月以前/;

describe('the Cultural Revolution’s campaigns as the work at hand', () => {
  it.each([
    '已经清理得差不多了的单位，应当根据毛主席对斗、批、改各个阶段的指示，抓紧其他各项工作。',
    '凡是革命大联合还不够巩固的地方，应当帮助广大革命群众实行按系统、按行业的联合。',
    '刘少奇还继续散布反动谬论，妄图腐蚀和瓦解我们的党。我们应当继续开展革命大批判，彻底肃清它的恶劣影响。',
    '党内如果没有矛盾和解决矛盾的斗争，党的生命也就停止了。这是今后进行整党建党的根本指导思想。',
    '大字报更多了，好象燎原烈火。亿万群众炮打刘少奇资产阶级司令部的战斗，轰轰烈烈地展开了。',
  ])('%s', (text) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(CR);
  });
});

describe('1959–78 words that take a second sign', () => {
  it('the 四大矛盾 with 帝、修、反: before the plenum, no more; 1981’s 帝国主义、社会帝国主义封锁 alone stays', () => {
    const four =
      '当代的世界存在着四大矛盾：被压迫民族同帝国主义、社会帝国主义的矛盾。如果帝、修、反把第三次世界大战强加在世界人民头上，那只会推动全世界人民起来革命。';
    expect(note(four)).toMatch(NEUTRAL);
    expect(
      status('我国长期处于被帝国主义、社会帝国主义封锁的状态，因而在吸取国外的先进技术方面，受到很大的限制。'),
    ).toBe('现行');
  });

  it('印度反动政府 beside 沙俄帝国主义, and the chairman’s thought as a red banner beside the revolution carried through', () => {
    expect(
      note(
        '由于印度反动政府继承英帝国主义的侵略政策，破坏了中印边界谈判。中苏边界问题，是沙俄帝国主义对中国的侵略造成的。',
      ),
    ).toMatch(NEUTRAL);
    expect(note('我们各级领导机关，高举毛泽东思想的革命红旗，就一定能够把各个战线的社会主义革命进行到底。')).toMatch(
      NEUTRAL,
    );
  });
});

describe('the year a text counts as now', () => {
  it('a span to now and the state’s anniversary this year date an undated text (the 1956–66 note)', () => {
    expect(note('从一九五九年到现在的五年的事实进一步证明，社会主义革命是推动我国社会前进的伟大动力。')).toMatch(
      /全面建设社会主义时期/,
    );
    expect(
      note('我们的国家在今年十月一日将渡过它的光荣的十周年。当我们回顾十年来的发展的时候，我们都充满了信念。'),
    ).toMatch(/全面建设社会主义时期/);
  });

  it('an anniversary recalled, or one of today, names no present of those years', () => {
    expect(status('父母在1959年元月有了我这个长子，当年适逢新中国成立十周年，遂取名“建国”。')).toBe('现行');
    expect(status('1959年5月，为迎接新中国成立10周年，傅抱石和关山月接受了为人民大会堂创作巨幅中国画的任务。')).toBe(
      '现行',
    );
    expect(status('今年是新中国成立70周年，是全面建成小康社会的关键之年。')).toBe('现行');
  });
});

describe('1954–59 prose: the Soviet alliance and the 改造 as its own', () => {
  it('the Soviet bastion of peace and the friendship called eternal (the founding years’ note)', () => {
    const ally =
      '我國同偉大的和平堡壘蘇聯已經締結了友好同盟互助條約。我們把這種友誼寫在憲法序言裡，正是說明了中蘇友誼是永久的，牢不可破的。';
    expect(note(ally)).toMatch(/新中国成立初期/);
    expect(status('尼中两国始终相互信任、相互尊重，尼中友谊牢不可破，像海一样深。')).toBe('现行');
  });

  it('不法资产阶级分子 resisting the 改造; the plan as the struggle at hand', () => {
    expect(note('例如不法資産階級分子採取種種方法，抗拒和破壞社會主義改造。')).toMatch(/新中国成立初期/);
    const plan =
      '在实现五年计划的斗争中，全国工人阶级发挥积极性和创造性，不断地提高劳动生产率和降低成本，具有首要的意义。';
    expect(note(plan)).toMatch(/新中国成立初期/);
  });

  it('the Leap with its year beside the 八字宪法 (the Leap’s note); today’s 土、肥、水、种、膜 stays', () => {
    expect(
      note('一九五八年的农业大跃进，提供了土、肥、水、种、密、保、管、工八个方面的增产技术措施的丰富经验。'),
    ).toMatch(/大跃进/);
    expect(status('要充分利用现有旱作节水农业技术；针对土、肥、水、种、膜等核心要素开展关键技术攻关。')).toBe('现行');
  });

  it('the east wind in its marks as the reading of the world now, beside the camp’s enemy (the 1956–66 note)', () => {
    const wind = '国际形势中的主流仍然是 “东风压倒西风”。我们反对以美国为首的帝国主义集团的侵略政策和战争政策。';
    expect(note(wind)).toMatch(/全面建设社会主义时期/);
    expect(status('我们党的队伍的主流仍然是纯洁和强有力的。当前世界的主题仍然是“和平与发展”。')).toBe('现行');
  });
});

describe('1966–78 words alone', () => {
  it('老、中、青三结合, the chairman’s line of a field, the Soviet leaders paired: before the plenum, no more', () => {
    expect(note('搞好领导班子的整顿和建设，要注意老、中、青三结合。')).toMatch(NEUTRAL);
    expect(note('建立一个充分体现毛主席的无产阶级教育路线的无产阶级教育制度，是光荣而艰巨的任务。')).toMatch(NEUTRAL);
    expect(note('列宁同德帝国主义签订布列斯特条约，属于前一种；列宁的判徒赫鲁晓夫、勃列日涅夫干的是后一种。')).toMatch(
      NEUTRAL,
    );
  });

  it('2019’s “三结合” of 1971 told by a witness and 老中青三代歌唱家 stay', () => {
    expect(
      status('在1971年第一条浮法玻璃生产线建成投产的展板前，有人讲起当年的故事：建立起“三结合”领导小组，协同攻关。'),
    ).toBe('现行');
    expect(status('郭兰英、张也、周旋老中青三代歌唱家，用经典歌曲《我的祖国》表达祝福。')).toBe('现行');
  });
});
