// Round speech57: a turn that opens on a time or a frequency (每逢…/每趟…/那年…/有一次…) is narrative, a frame cut off
// from its words (`国务院政府工作报告提出`) says nothing, and a host's words put in between the turns (`罗建国插话说，`)
// are his (tests/eval/knowledge/quotes-speech57.json). The three rule tests failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { isTimeFirstAccount } from '../../../electron/core/knowledge/local-account.js';
import { isFrameOnly } from '../../../electron/core/knowledge/sentence-fragment.js';

const quotes = (title: string, lines: string[], speakers: { name: string; role: string | null }[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers, occasion: null, date: null, title, type: '会议报道' },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a turn that opens on a time or a frequency', () => {
  it('is no line, in a byline’s turn or one run in (`每逢雨雪天气，我们…`, `每趟车跑下来…`, `那年刚进城，我…`)', () => {
    const out = quotes('基层一线职工代表座谈会发言摘登', [
      '■ 县供电公司线路工 高海波',
      '每逢雨雪天气，我们都要连夜上山巡线抢修。',
      '电网的安全，就是千家万户的安心。',
      '孔德明（市公交公司驾驶员）：每趟车跑下来要两个多小时。车开得稳不稳，乘客心里最有数。',
      '白玉兰（家政服务员）：那年刚进城，我连电梯都不会坐。家政也是手艺活，干好了一样受人尊重。',
    ]);
    expect(out.filter(([, t]) => /^(?:每逢|每趟|那年)/.test(t!))).toEqual([]);
    expect(out).toContainEqual(['高海波', '电网的安全，就是千家万户的安心']);
    expect(out).toContainEqual(['孔德明', '车开得稳不稳，乘客心里最有数']);
  });

  it('reads the opening, not a counted subject (`每一声啼哭，都是…`, `每一个细节…` stay)', () => {
    for (const t of [
      '有一次，一位独居老人出院时拉着我的手。',
      '记得有一年汛期，社区进了半米深的水。',
      '每个夜班，我都要守到天亮。',
    ])
      expect([t, isTimeFirstAccount(t)]).toEqual([t, true]);
    for (const t of [
      '每一声啼哭，都是对我们最好的奖赏。',
      '护理工作没有小事，每一个细节都连着生命。',
      '那种精神永远不会过时。',
    ])
      expect([t, isTimeFirstAccount(t)]).toEqual([t, false]);
  });
});

describe('a frame cut off from its words', () => {
  it('is no line under the speaker who relays a report (s56h-04: `国务院政府工作报告提出`)', () => {
    const out = quotes('省长在临川市调研时强调 扎实做好粮食生产工作', [
      '本报讯 6月10日，省长方振东在临川市调研时强调，种子是农业的“芯片”，种业强了，粮食安全才有底气。',
      '在稻谷良种繁育基地，方振东察看秧苗长势。他指出，国务院政府工作报告提出，“保障粮食安全的要害是种子和耕地。”',
    ]);
    expect(out.filter(([, t]) => isFrameOnly(t!))).toEqual([]);
  });

  it('is told from a thesis ending on a noun (`为民造福是…的本质要求` stays)', () => {
    expect(isFrameOnly('今年政府工作报告提出')).toBe(true);
    expect(isFrameOnly('韩立群强调：')).toBe(true);
    expect(isFrameOnly('为民造福是立党为公、执政为民的本质要求。')).toBe(false);
    expect(isFrameOnly('这是群众的普遍要求')).toBe(false);
    expect(isFrameOnly('有什么困难尽管跟我们讲。')).toBe(false);
  });
});

describe('a host’s words put in between the turns', () => {
  it('are his when marked so (`罗建国插话说，…`), the turn before keeps its own', () => {
    const out = quotes(
      '县委召开民营企业家座谈会',
      [
        '本报讯 9月12日，县委召开民营企业家座谈会，县委书记罗建国主持会议并讲话。',
        '座谈会上，县宏达机械公司董事长程立新说，企业发展最怕的不是困难，而是政策说变就变。',
        '罗建国插话说，政府说话要算数，承诺了的事就要兑现。',
      ],
      [{ name: '罗建国', role: '县委书记' }],
    );
    expect(out).toContainEqual(['罗建国', '政府说话要算数，承诺了的事就要兑现']);
    expect(out.filter(([s, t]) => s === '程立新' && /算数/.test(t!))).toEqual([]);
  });
});
