// Round h19 (history-fixtures/README.md): the 1953–1955 texts' own calls (the general line's task, the
// first five-year plan, the 肃反) date an undated text to the founding years; the period's groups quoted
// doing what they did, a withdrawn charge called a wrong case, and the 1958 and 1966 lines a memoir
// quotes from a speech are no study material. Each case failed on bc4070c.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';
import { isCriticisedLine, isSupersededLine } from '../../../electron/core/knowledge/superseded-lines.js';

const early = (text: string) => {
  const s = statusOfImport(null, text);
  return [s.status, /新中国成立初期/.test(s.statusNote ?? '')];
};

describe('the years of the general line and the first plan in their own voice', () => {
  it('a 1953 提纲 that warns of 右倾或“左”倾 is historical (that pair is no later verdict)', () =>
    expect(
      early(
        '这条总路线应是照耀我们各项工作的灯塔，各项工作离开它，就要犯右倾或“左”倾的错误。' +
          '全党和全国人民要团结起来，为完成国家在过渡时期的总任务，为实现第一个五年计划而斗争。',
      ),
    ).toEqual(['历史文献', true]));
  it('a 1955 肃反 editorial naming the charge as its own is historical', () =>
    expect(early('胡风反革命集团的揭露，再一次说明了这一点。我们必须坚决肃清一切暗藏的反革命分子。')).toEqual([
      '历史文献',
      true,
    ]));
  it('a 1954 统购统销 speech (held out) is historical', () =>
    expect(
      early('有些富裕农民囤积粮食，这是资本主义自发势力的表现。让我们团结起来，为胜利完成第一个五年计划而奋斗！'),
    ).toEqual(['历史文献', true]));
  it('a later text naming them, or judging the years as “左”倾, stays current', () => {
    expect(statusOfImport(null, '1953年，党提出过渡时期总路线。1957年，第一个五年计划超额完成。').status).toBe('现行');
    expect(
      statusOfImport(
        null,
        '当时号召为完成国家在过渡时期的总任务而斗争，各地为实现第一个五年计划掀起热潮。后来的工作犯了“左”倾错误。',
      ).status,
    ).toBe('现行');
  });
});

describe('the period’s groups quoted doing what they did', () => {
  it.each([
    '1967年1月，“造反派”夺取县委领导权，县委、县人委工作陷于瘫痪。',
    '1967年3月，鄉內「造反派」奪取公社黨委領導權，公社幹部多被揪鬥。',
    '全县各中学先后成立“红卫兵”组织，冲击县委机关，揪斗领导干部。',
    '此后，两派“造反派”组织为争夺权力，多次发生武斗。',
    '1967年夏，一支“造反兵团”冲进县档案馆，把大批历史档案烧毁。',
  ])('%s is no study material', (s) => expect(isCriticisedLine(s)).toBe(true));
  it.each(['粉碎“四人帮”，全县人民集会游行，热烈庆祝。', '“红卫兵”一词最早是中学生组织的名称。'])(
    '%s stays study material',
    (s) => expect(isCriticisedLine(s)).toBe(false),
  );
});

describe('a charge or verdict the Party withdrew', () => {
  it.each([
    '1955年，把胡风等人的文艺思想问题定为“胡风反革命集团”，是一起错案，1980年予以平反。',
    '全县有一百二十余人被错划为“右派分子”，1979年后全部改正。',
    '林彪、江青一伙强加给刘少奇同志的“叛徒、内奸、工贼”的罪名，完全是诬陷。',
    '所谓刘少奇同志“执行了一条资产阶级反动路线”，根本不能成立。',
  ])('%s is no study material', (s) => expect(isCriticisedLine(s)).toBe(true));
  it('a case word further on judges nothing quoted', () =>
    expect(isCriticisedLine('从推进“证照分离”全覆盖，到加大涉企业家产权错案甄别纠正工作力度。')).toBe(false));
  it('the charge is no answer', () => expect(isSupersededLine('胡风反革命集团')).toBe(true));
});

describe('a period speech a memoir quotes at length', () => {
  it.each([
    '党中央号召我们鼓足干劲，力争上游，多快好省地建设社会主义！',
    '今年我们公社要放一颗亩产万斤的大卫星！',
    '“钢铁元帅升帐了，家家户户都要献铁献锅！',
    '“谁反对毛泽东思想，我们就砸烂谁的狗头！',
    '那时候我们真信，共产主义就在眼前。',
    '走资本主义道路的当权派已经被我们揪出来了！',
    '1958年9月，全县组织三万余人上山“大炼钢铁”。',
    '1958年10月，各社刮起“共产风”，大办公共食堂。',
  ])('%s is no study material', (s) => expect(isCriticisedLine(s)).toBe(true));
  it('the words of today’s calls stay study material', () => {
    expect(isCriticisedLine('全县上下鼓足干劲、力争上游，奋力推进乡村振兴。')).toBe(false);
    expect(isCriticisedLine('苦战三年，全县贫困村全部脱贫出列。')).toBe(false);
  });
});

describe('the period’s organ of power, found reading the questions of the set', () => {
  it('a 大事记 line on a 革命委员会 is asked nothing (a question blanked 保卫组 of its sections)', () => {
    expect(isCriticisedLine('1968年3月，县革命委员会成立，下设政工组、生产组、办事组、保卫组。')).toBe(true);
    expect(isCriticisedLine('1974年，“造反派”头头借机冲击县革委会。')).toBe(true);
  });
  it('民革’s full name and the 发展改革委 stay study material', () => {
    expect(isCriticisedLine('中国国民党革命委员会是参加中国共产党领导的多党合作的民主党派。')).toBe(false);
    expect(isCriticisedLine('国家发展改革委会同有关部门采取有力措施，确保市场供应稳定。')).toBe(false);
  });
});

describe('a 大事记 of the period’s years that tells their redress', () => {
  const chronicle =
    '大事记（1967—1969年）\n1968年3月，县革命委员会成立。\n1969年春，县革命委员会开展斗批改，一批干部受到错误批判，1978年后均予平反。';
  it('is later than the plenum, though its period words are unquoted', () =>
    expect(statusOfImport(null, chronicle).status).toBe('现行'));
  it('but a period text planning a redress is not', () =>
    expect(
      statusOfImport(null, '在英明领袖华主席为首的党中央领导下，深入揭批查，争取1979年底以前把冤假错案平反完毕。')
        .status,
    ).toBe('历史文献'));
});

describe('a quotation over paragraphs (found by a probe beyond the labelled files)', () => {
  const memoir =
    '父亲的笔记本\n父亲的笔记本里抄着公社革委会主任在誓师大会上的讲话：\n“我们要以阶级斗争为纲，狠抓革命大批判！\n' +
    '“一定要把我们公社建设成为红彤彤的大学校！”\n如今翻看这个笔记本，我更懂得了实事求是的可贵。';
  it('is the speech it copies out, not the memoir’s own voice', () =>
    expect(statusOfImport(null, memoir).status).toBe('现行'));
  it('while the text around it still speaks in its own voice', () =>
    expect(
      statusOfImport(
        null,
        '最高指示：\n“要斗私，批修。\n“抓革命，促生产。”\n全县革命委员会要狠抓斗批改，把无产阶级文化大革命进行到底。',
      ).status,
    ).toBe('历史文献'));
});
