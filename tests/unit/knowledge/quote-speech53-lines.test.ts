// Round speech53: premiers named in a frame, a text's words relayed or named after them, a 人代会 story's delegates, and
// what an answer or a turn says that is no point (tests/eval/knowledge/quotes-speech53.json). Each rule here failed on
// the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { speakersIn } from '../../../electron/core/knowledge/speakers.js';
import { echoesQuestion } from '../../../electron/core/knowledge/echo-answer.js';
import { isCountedPast } from '../../../electron/core/knowledge/local-account.js';
import { TURN_ASIDE } from '../../../electron/core/knowledge/byline-turns.js';
import { isLocalFormula } from '../../../electron/core/knowledge/speech-formulas.js';

type Type = '讲话' | '文章' | '会议报道';
const quotes = (type: Type, title: string, lines: string[], speaker?: string) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speaker ? [{ name: speaker, role: null }] : [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a premier named in a frame', () => {
  it('speaks his report’s words (温家宝总理在2010年政府工作报告中指出：“……”)', () => {
    const got = quotes('讲话', '在学习会上的发言', [
      '温家宝总理在2010年政府工作报告中指出：“只有一流的教育，才能培养一流人才，建设一流国家。”',
    ]);
    expect(got).toContainEqual(['温家宝', '只有一流的教育，才能培养一流人才，建设一流国家']);
  });

  it('is 李克强 bare, but 李强 only with his post (a common name)', () => {
    expect(speakersIn('李克强在报告中说').map((s) => s.name)).toEqual(['李克强']);
    expect(speakersIn('村民李强说').map((s) => s.name)).toEqual([]);
    expect(speakersIn('李强总理指出').map((s) => s.name)).toEqual(['李强']);
  });
});

describe('a text’s words', () => {
  it('are nobody’s with the report’s year (2018年政府工作报告强调，“……”)', () => {
    const got = quotes('文章', '干字当头 实处着力', [
      '2018年政府工作报告强调，“中国改革发展的一切成就，都是干出来的。”',
    ]);
    expect(got).toContainEqual([null, '中国改革发展的一切成就，都是干出来的']);
  });

  it('are nobody’s when a speech quotes what a report puts forward in marks (党的十七大报告提出，“……”)', () => {
    const got = quotes(
      '讲话',
      '在学习会上的发言',
      ['党的十七大报告提出，“健康是人全面发展的基础，关系千家万户幸福。”'],
      '邵敏',
    );
    expect(got).toContainEqual([null, '健康是人全面发展的基础，关系千家万户幸福']);
  });

  it('are nobody’s, not the relaying speaker’s (郑国华指出，党的十六大报告强调，“……”)', () => {
    const got = quotes('会议报道', '省委理论学习中心组举行集体学习', [
      '6月18日，省委理论学习中心组举行集体学习。省委书记郑国华主持并讲话。',
      '郑国华指出，党的十六大报告强调，“我们党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众。”全省各级党组织要把密切联系群众作为作风建设的重中之重。',
    ]);
    expect(got).toContainEqual([null, '我们党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众']);
    expect(got.filter(([s]) => s === '郑国华').map(([, t]) => t)).not.toContain(
      '我们党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众',
    );
  });

  it('are nobody’s when named after them (“……”政府工作报告中的这句话，…)', () => {
    const got = quotes('文章', '代表热议政府工作报告', [
      '“就业是最大的民生。”政府工作报告中的这句话，让来自企业一线的王丽娟代表深有感触。',
    ]);
    expect(got).toContainEqual([null, '就业是最大的民生']);
  });
});

describe('a story on a 人代会 session', () => {
  const got = quotes('文章', '“说到了我们心坎上”——代表热议政府工作报告', [
    '王丽娟代表说，稳住了就业，就稳住了千家万户的饭碗。',
    '“报告很实在，句句说到老百姓心坎上。”赵立平代表说。',
  ]);
  it('credits its delegates’ words (王丽娟代表说，…)', () => {
    expect(got).toContainEqual(['王丽娟', '稳住了就业，就稳住了千家万户的饭碗']);
  });
  it('offers no praise of the report (报告很实在…)', () => {
    expect(got.map(([, t]) => t)).not.toContain('报告很实在，句句说到老百姓心坎上');
    expect(isLocalFormula('报告提出的目标，既鼓舞人心，又切实可行。')).toBe(false);
  });
});

describe('what an answer or a turn says that is no point', () => {
  it('the main reason named only, or the question’s two-character stem filled in', () => {
    expect(echoesQuestion('主要是审批环节多。', '问：过去企业办事难，难在哪里？')).toBe(true);
    expect(echoesQuestion('靠的是真抓实干。', '问：您认为靠的是什么？')).toBe(true);
    expect(echoesQuestion('主要是审批环节多。', '问：下一步有什么打算。')).toBe(false);
  });

  it('how things were when the speaker came, counted (刚当选那年，…三百块钱)', () => {
    expect(isCountedPast('刚当选那年，村里账上只有三百块钱。')).toBe(true);
    expect(isCountedPast('刚到县里工作时，企业办一个证要跑七八个部门。')).toBe(true);
    // (The speech fixtures label an uncounted one as the speaker's line.)
    expect(isCountedPast('刚来的时候，村民不信任我们。')).toBe(false);
  });

  it('a byline’s self-introduction (我在乡镇工作了十二年，…)', () => {
    expect(TURN_ASIDE.test('我在乡镇工作了十二年，先后在三个乡镇任职。')).toBe(true);
    expect(TURN_ASIDE.test('干部在一线，问题才能解决在一线。')).toBe(false);
  });

  it('what goes wrong in some places, described (一些地方…，看似…，实则…)', () => {
    expect(isLocalFormula('一些地方文山会海、层层加码，看似忙忙碌碌，实则原地打转。')).toBe(true);
    expect(isLocalFormula('有的干部习惯于坐在办公室里听汇报、看材料。')).toBe(false);
  });
});

describe('a feature’s quotation before its speaker', () => {
  it('is the official’s when a manner comes before his verb (……”说起…，村党支部书记钱永红感慨地说。)', () => {
    const got = quotes('文章', '稻田里的新农人', [
      '“过去是靠天吃饭，现在是靠技术吃饭。”说起这些年的变化，村党支部书记钱永红感慨地说。',
    ]);
    expect(got).toContainEqual(['钱永红', '过去是靠天吃饭，现在是靠技术吃饭']);
  });
});
