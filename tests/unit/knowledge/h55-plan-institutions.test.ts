// Round h55 (history-fixtures/labels-h55.json): plain prose of 1954–1964 with no slogan, campaign or foe named,
// dated by the period's institutions spoken of as now (first-plan-present.ts): the commune as the live institution its
// own texts ran, the second plan's years as the text's reckoning, a 1949–59 year's budget or plan as its own, 统购统销
// declared the policy in force, a duty laid on the co-operatives. The 1979–85 texts that still speak of 社队, 各公社
// and 统购派购, and later texts on the same years, stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('the commune as the live institution of 1958–1965', () => {
  it('its consolidation, members’ congress and council as the work of the day', () => {
    const commune =
      '经过近几个月的整社工作，人民公社的管理制度正在逐步健全起来。在最近期间，全国的人民公社都应当召开一次社员代表大会，选举公社的管理机构。';
    expect(status(commune)).toBe('历史文献');
    expect(note(commune)).toMatch(/全面建设社会主义时期/);
  });

  it('its collective strength relied on, and its funds and members’ houses, with no year', () => {
    expect(
      status(
        '我们依靠人民公社的集体力量，迅速恢复和发展了农业生产。现在，我们已经能够依靠自己的力量建设许多工业企业。',
      ),
    ).toBe('历史文献');
    expect(status('在最近几年，公社的资金还是应该主要用于生产性的基本建设，新建社员住宅只能逐步进行。')).toBe(
      '历史文献',
    );
  });

  it('the 1979 report’s communes (各公社、大队和生产队, 群众选举) and a later look back stay 现行', () => {
    expect(
      status(
        '目前我国亿万农民的生产积极性空前高涨。怎样指导农民有计划地用好这笔钱，也是各公社、大队和生产队面前的一个重大课题。不仅农村人民公社的各级领导人员要实行群众选举，工矿企业的基层领导人员也要逐步实行群众选举。',
      ),
    ).toBe('现行');
    expect(status('1958年各地兴办公共食堂，1983年政社分开，人民公社制度退出历史舞台。现在这里是一家乡村民宿。')).toBe(
      '现行',
    );
    // Words the commune kept until 1983 (人民公社制度, 社员代表大会), today's 整社区 and a village's 公共食堂.
    expect(status('要改革人民公社制度，重大问题由社员代表大会讨论决定。现在各地正在试点。')).toBe('现行');
    expect(status('目前，街道整社区推进垃圾分类，村里的公共食堂也办了起来，老人们吃上了热乎饭。')).toBe('现行');
  });
});

describe('the plans and the policies of 1953–1962 as the text’s own', () => {
  it('the second plan’s years as the text’s reckoning, and its first year as this year', () => {
    expect(
      status(
        '第二个五年计划期间的工农业产值，都改以一九五七年的价格计算。因此，同第二个五年各年度相比的时候，就应当按照一九五七年价格计算。',
      ),
    ).toBe('历史文献');
    expect(status('一九五八年是我国第二个五年计划的第一年。这一年的主要任务，是促进农业生产，积极地发展重工业。')).toBe(
      '历史文献',
    );
  });

  it('a year’s budget of the first plan named as this year’s (本年)', () => {
    expect(
      status(
        '１９５６年国家预算支出的任务，是保证优先发展重工业。预算用在经济建设的支出，共占本年支出总数的６４．９６％。',
      ),
    ).toBe('历史文献');
  });

  it('统购统销 declared the policy in force, and a duty laid on the co-operatives', () => {
    expect(status('因此，对于粮食和其他主要生活消费品的统购统销，是我国社会主义经济在分配方面的一项重要政策。')).toBe(
      '历史文献',
    );
    expect(
      status('在努力发展农业生产合作社的同时，仍然必须照顾单干农户的生产积极性，给单干农户以积极的帮助和领导。'),
    ).toBe('历史文献');
  });

  it('the same things in a later voice stay 现行: the reform of 统购派购, its end, a new century’s plan, a memorial', () => {
    expect(
      status('农副产品要有计划地减少统购派购产品的品种和数量，扩大自由购销的范围。要改革农产品的统购派购制度。'),
    ).toBe('现行');
    expect(status('“1984年，国家取消了生猪统购统销政策，各地肉联厂只能自找活路。”一名老员工回忆过往。')).toBe('现行');
    expect(status('统购统销曾是我国计划经济时期的一项重要政策，今年的展览再现了粮票的故事。')).toBe('现行');
    expect(
      status(
        '“一五”计划时期，是我国计划工作建立的重要时期。继“一五”计划之后，他参加了第二个五年计划的编制，现在仍被人们怀念。',
      ),
    ).toBe('现行');
  });
});
