// Round a23 (an audit on newspaper pieces a learner imports: speeches, commentaries, meeting stories,
// features on people): the lines of a feature or a report that came out as 金句 and teach nothing.
// Every sentence is written for the test in the shapes seen.
import { describe, expect, it } from 'vitest';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { fillReportQuotes } from '../../../electron/core/knowledge/report-fill.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';

describe('a23: a feature’s narration of one person', () => {
  it('one person named before, a person introduced, a lead on 甚至: none stands alone', () => {
    for (const s of [
      '在工作中，他始终冲在最前面。',
      '平日里，她总是把群众的事放在心上。',
      '李明是某县医院的一名护士。',
      '王女士是张医生接诊的一名患者。',
      '甚至许多素不相识的人也记得他，不是因为他的职务，而是因为他做的实事。',
    ])
      expect(fragmentReason(s), s).not.toBeNull();
  });

  it('a quoted term defined is a gloss', () => {
    expect(fragmentReason('“夜市”，就是城市在夜间开放的集市，既可以是老街巷，也可以是新商圈。')).not.toBeNull();
  });

  it('keeps sayings about people in general', () => {
    for (const s of ['哪里有困难，哪里就有共产党员的身影。', '每一名党员都是一面旗帜。', '人民是历史的创造者。'])
      expect(fragmentReason(s), s).toBeNull();
  });
});

describe('a23: a report’s fill', () => {
  const fill = (texts: string[]) =>
    fillReportQuotes(
      [],
      quoteCandidates({
        paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
        type: '会议报道',
        speakers: [],
      }),
      3000,
    ).map((q) => q.text);

  it('leaves out a guest’s bare pledge, the result told, difficulties owned and the world’s situation', () => {
    const got = fill([
      '国务院副总理王建华会见某国议长李维。',
      '李维表示，将积极推动两国关系改善和发展。',
      '王建华强调，经过艰苦卓绝努力，我们有力扭转了局势，维护了人民生命安全。',
      '王建华指出，在肯定成绩的同时，也清醒看到面临的困难和问题。',
      '王建华说，当今国际形势正在发生深刻复杂演变，不稳定因素增多。',
    ]);
    expect(got.filter((t) => /将积极推动|经过艰苦卓绝|在肯定成绩|当今国际形势/.test(t))).toEqual([]);
  });
});
