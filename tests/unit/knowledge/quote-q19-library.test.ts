// What a random draw of the shipped library's 金句 (round quotes19, quotes-library19.json) showed as not
// good: instructions that open on a verb no list held, duties whose every clause is one more task, rules
// of a plan, the size of a task with a tail, a report's verdict on its own policy, an event hailed, a
// plan's feature pointed at, and a saying of 邓小平's inside a report's sentence. Invented sentences in
// the library's shapes.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE } from '../../../electron/core/knowledge/quote-rank.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

describe('instructions and rules are no 金句', () => {
  it.each([
    '采取切实有效的办法，加快乡镇企业的发展。',
    '严肃税收纪律，严格税收征管。',
    '多途径增加农民收入，不断缩小城乡收入差距。',
    '各级干部要牢固树立群众观点，深入基层，了解民情。',
    '农田建设要因地制宜，注重实效，山区着重修梯田，平原着重修水渠。',
    '必须大力加强质量的监督，继续提高产品的合格率。',
  ])('%s', (text) => {
    expect(styleOf(text).task).toBe(true);
    expect(quoteScore(text, true)).toBeLessThan(MIN_SCORE);
  });

  it('a rule binding whoever it names, or forbidding any pretext', () => {
    expect(styleOf('未经省级政府批准，任何单位和个人都无权占用耕地。').task).toBe(true);
    expect(styleOf('已关闭的小煤矿，绝不能以任何理由重新开采。').task).toBe(true);
    expect(quoteScore('已关闭的小煤矿，绝不能以任何理由重新开采。', true)).toBeLessThan(MIN_SCORE);
  });

  it('a duty whose second clause forbids stays a principle', () => {
    expect(styleOf('必须坚持改革开放的基本国策，决不能有丝毫动摇。').task).toBe(false);
  });
});

describe('verdicts, events and features are no 金句', () => {
  it('the size of a task with a clause saying it takes effort or is wished for', () => {
    expect(quoteScore('彻底解决城市交通问题，是一项长期而艰巨的任务，需要持之以恒的努力。', true)).toBeLessThan(
      MIN_SCORE,
    );
    expect(quoteScore('建设节约型机关是一项持久而又紧迫的任务，是群众的殷切期盼。', true)).toBeLessThan(MIN_SCORE);
  });

  it("a report's verdict on its own policy and its results", () => {
    expect(quoteScore('实行稳健货币政策是完全正确的，取得的效果是显著的。', true)).toBe(-Infinity);
  });

  it('a verdict that goes on to say why stays a judgement', () => {
    expect(quoteScore('“一国两制”方针是正确的，具有强大的生命力。', true)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('an event hailed and a plan’s feature pointed at', () => {
    expect(quoteScore('澳门回归祖国是中华民族的盛事，也是举世瞩目的一件大事。', true)).toBe(-Infinity);
    expect(quoteScore('着重于调整产业结构，这是七五计划的一个突出特点。', true)).toBe(-Infinity);
  });
});

describe("邓小平's words inside a report's sentence", () => {
  it('take the speaker off', () => {
    const q = creditSaying({
      paragraph: 0,
      start: 0,
      end: 40,
      text: '稳定是发展的前提，也是改革的保障，解决中国所有问题的关键要靠自己的发展。',
      speaker: '王某某',
      source: 'own',
    });
    expect(q.speaker).toBeNull();
  });
});

describe('what the held-out reports (held19) credited wrongly', () => {
  const own = (text: string) => ({
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    speaker: '王某某',
    source: 'own' as const,
  });

  it("邓小平's 只有社会主义才能救中国… said unmarked is his", () => {
    expect(creditSaying(own('只有社会主义才能救中国，只有社会主义才能发展中国。')).speaker).toBe('邓小平');
  });

  it('an idiom in common use is nobody’s', () => {
    expect(creditSaying(own('机不可失，时不我待。')).speaker).toBeNull();
    expect(creditSaying(own('治则兴，乱则衰。')).speaker).toBeNull();
  });
});

describe('what the held-out reports (held19) offered as not good', () => {
  it('the steps of a work listed after 首先要', () => {
    expect(styleOf('进行城市更新，首先要全面摸底，合理规划，选准片区，细致论证，决不能仓促上马。').task).toBe(true);
    // (a thesis of two clauses stays: 治国先治吏，首先要…)
    expect(styleOf('兴国必先兴教，首先要尊师。').task).toBe(false);
  });

  it('who bears what, clause by clause', () => {
    expect(styleOf('省属学校由省级财政负担，市属学校由市级财政负担。').task).toBe(true);
  });

  it('an instruction opening on 转变', () => {
    expect(styleOf('各级机关要进一步转变作风，转变工作方式，提高办事效率。').task).toBe(true);
  });

  it('which side of a whole a thing is, and a topic introduced', () => {
    expect(styleOf('体育事业是社会事业的重要方面。').aphorism).toBe(false);
    expect(styleOf('食品安全是当前群众普遍关心的一个问题。').aphorism).toBe(false);
    expect(styleOf('环境保护是全人类共同关心的问题。').aphorism).toBe(true);
  });
});
